package notice

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// purposeDraft is a purpose being assembled from a shared purpose, its
// own fields and the institution's defaults.
type purposeDraft struct {
	p    *Purpose
	d    *decoder // of the file where the purpose is written
	node *yaml.Node
	path string
	set  map[string]bool // fields given, by key
	// unusable is, for a preset the site cannot use, its first error.
	unusable string
}

// purpose decodes a purpose at path. It may be a use of a shared
// purpose with overrides, except where shared is nil: in a shared purpose
// itself and in an archived version, which must be self-contained.
func (d *decoder) purpose(n *yaml.Node, path string, shared map[string]*purposeDraft) *purposeDraft {
	spec := d.tab.purpose
	if id := peekID(n); path != "" && id != "" {
		path = path[:lastBracket(path)] + "[" + id + "]"
	}
	f := d.mapping(n, path, d.tab.purposeKeys...)
	if f == nil {
		return nil
	}
	pd := &purposeDraft{p: &Purpose{}, d: d, node: f.node, set: map[string]bool{}}
	setDefaults(spec, reflect.ValueOf(pd.p).Elem())
	if f.has("use") && shared == nil {
		if path == "" {
			d.errorf(f.keys["use"], "use", "a shared purpose cannot use another")
		} else {
			d.errorf(f.keys["use"], join(path, "use"), "an archived version must be self-contained: write the purpose in full, not with use")
		}
		return nil
	}
	if f.has("use") {
		id, _ := d.scalar(f.vals["use"], join(path, "use"))
		if sp := shared[id]; sp != nil && sp.unusable == "" {
			pd.p = usedAt(sp.p, path)
			for k := range sp.set {
				pd.set[k] = true
			}
		} else if strings.HasPrefix(id, PresetPrefix) {
			d.errorf(f.vals["use"], join(path, "use"), "%s", presetUse(strings.TrimPrefix(id, PresetPrefix), sp))
			return nil
		} else if id != "" {
			msg := fmt.Sprintf("no shared purpose with id %q in purposes/", id)
			if s := nearest(id, sortedKeys(shared)); s != "" {
				msg += "; did you mean " + s + "?"
			}
			d.errorf(f.vals["use"], join(path, "use"), "%s", msg)
			return nil
		}
		pd.p.Shared = id
	}
	p := pd.p
	p.File = d.file
	pd.path = path
	for k := range f.vals {
		pd.set[k] = true
	}
	// The fields given replace those of the shared purpose; the required
	// ones are checked by checkPurpose, after the shared purpose and the
	// defaults.
	d.fill(f, spec, reflect.ValueOf(p).Elem())
	if f.has("legal_basis") && len(resolve(f.vals["legal_basis"]).Content) == 0 {
		d.errorf(f.vals["legal_basis"], join(path, "legal_basis"), "list at least one legal basis")
	}
	return pd
}

// usedAt returns a copy of the shared purpose sp as the purpose at path
// uses it: its gaps, its own and its legal bases', are named by that
// purpose (purposes[cctv].requirement, not requirement), so that the
// check report and the draft's list of gaps say which purpose lacks the
// fact; they keep their position in the shared file, where it is
// written.
func usedAt(sp *Purpose, path string) *Purpose {
	cp := *sp
	cp.Unknown = sp.Unknown.under(path)
	cp.Bases = append([]Basis(nil), sp.Bases...)
	for i := range cp.Bases {
		cp.Bases[i].Unknown = cp.Bases[i].Unknown.under(path)
	}
	return &cp
}

// peekID returns the id (or else the shared id used) of a purpose
// mapping, to name it in error messages; "" when it has none.
func peekID(n *yaml.Node) string {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		return ""
	}
	id := ""
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		val := v.Value
		if k.Value == "use" {
			val = strings.TrimPrefix(val, PresetPrefix)
		}
		if v.Kind != yaml.ScalarNode || !slugRE.MatchString(val) {
			continue
		}
		if k.Value == "id" {
			return val
		}
		if k.Value == "use" {
			id = val
		}
	}
	return id
}

// lastBracket returns the index of the last "[" in path, or len(path).
func lastBracket(path string) int {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '[' {
			return i
		}
	}
	return len(path)
}

func joinCodes(codes []string) string {
	s := ""
	for i, c := range codes {
		if i > 0 {
			s += ", "
		}
		s += c
	}
	return s
}

// applyDefaults fills the fields the purpose does not set from the
// institution's defaults, and records their keys in FromDefaults.
func (pd *purposeDraft) applyDefaults(df *fields) {
	p := reflect.ValueOf(pd.p).Elem()
	for _, fl := range pd.d.tab.defaults {
		if !pd.set[fl.Key] && df.has(fl.Key) {
			to := p.FieldByName(fl.Go)
			if fl.Unknown && isUnknown(df.vals[fl.Key]) {
				to.Set(reflect.Zero(to.Type()))
				pd.d.gap(p, fl, join("defaults", fl.Key), df.vals[fl.Key], pd.d.unknown(df.vals[fl.Key], join("defaults", fl.Key)))
				pd.set[fl.Key] = true
				pd.p.FromDefaults = append(pd.p.FromDefaults, fl.Key)
				continue
			}
			if v, ok := pd.d.value(df, fl, to.Type()); ok {
				to.Set(v)
			}
			pd.set[fl.Key] = true
			pd.p.FromDefaults = append(pd.p.FromDefaults, fl.Key)
		}
	}
}
