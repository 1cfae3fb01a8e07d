package notice

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Rename is a public body's name known to have changed: a current notice
// still naming Old names a body that no longer exists. The built-in rule
// pack (renamed.yaml) lists the Latvian municipalities merged in the 2021
// administrative-territorial reform and renamed state bodies; site.yaml's
// renamed: adds to it.
type Rename struct {
	Old    string // the former name
	New    string // the name of the body that exists now
	Since  Date   // when the change took effect
	Change string // "renamed" or "merged"
	Source string // optional: the act or reform behind it
}

//go:embed renamed.yaml
var renamedPack []byte

// rulePack is the form of renamed.yaml.
type rulePack struct {
	Merged struct {
		Since  string              `yaml:"since"`
		Source string              `yaml:"source"`
		Forms  []string            `yaml:"forms"`
		Into   map[string][]string `yaml:"into"`
	} `yaml:"merged"`
	Renamed []struct {
		Old    string `yaml:"old"`
		New    string `yaml:"new"`
		Since  string `yaml:"since"`
		Source string `yaml:"source"`
	} `yaml:"renamed"`
}

// BuiltinRenames returns the built-in rule pack of changed names, sorted
// by old name.
func BuiltinRenames() []Rename {
	var p rulePack
	if err := yaml.Unmarshal(renamedPack, &p); err != nil {
		panic("notice: renamed.yaml: " + err.Error())
	}
	var out []Rename
	since := mustDate(p.Merged.Since)
	for into, olds := range p.Merged.Into {
		for _, old := range olds {
			for _, form := range p.Merged.Forms {
				out = append(out, Rename{Old: fmt.Sprintf(form, old), New: fmt.Sprintf(form, into), Since: since, Change: "merged", Source: p.Merged.Source})
			}
		}
	}
	for _, r := range p.Renamed {
		out = append(out, Rename{Old: r.Old, New: r.New, Since: mustDate(r.Since), Change: "renamed", Source: r.Source})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Old < out[j].Old })
	return out
}

func mustDate(s string) Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic("notice: renamed.yaml: " + err.Error())
	}
	return Date{t}
}

// sameName reports whether two names are the same, ignoring letter case
// and runs of spaces.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// checkRenamed warns when the name at key of the record decoded from n,
// in any language, is one the rules know to have changed. Archived
// versions keep the name as it was.
func (d *decoder) checkRenamed(n *yaml.Node, path string, name Text) {
	if d.archived() || n == nil {
		return
	}
	at := childNode(n, "name")
	if at == nil {
		return
	}
	for _, lang := range sortedKeys(name) {
		for _, r := range d.renames {
			if !sameName(name[lang], r.Old) {
				continue
			}
			verb := "was renamed"
			if r.Change == "merged" {
				verb = "was merged into"
			}
			src := ""
			if r.Source != "" {
				src = " (" + r.Source + ")"
			}
			if v := childNode(at, lang); v != nil {
				at = v
			}
			d.warnf(at, join(path, "name"), "%q %s %s on %s%s; a current notice names the body that exists now", name[lang], verb, r.New, r.Since, src)
			return
		}
	}
}

// childNode returns the value of key in the mapping n, or nil.
func childNode(n *yaml.Node, key string) *yaml.Node {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return resolve(n.Content[i+1])
		}
	}
	return nil
}

// renameFields are the fields of an entry of site.yaml's renamed: list.
func renameFields() []Field {
	return []Field{
		value("old", KindString, Structural, "", "The former name, as a notice may still write it.", "Old"),
		value("new", KindString, Structural, "", "The name of the body that exists now.", "New"),
		value("since", KindDate, Structural, "", "When the change took effect.", "Since"),
		{Key: "change", Kind: KindEnum, Values: []string{"renamed", "merged"}, Tier: Optional, Default: "renamed", Go: "Change",
			Doc: "Whether the body was renamed or merged into the new one."},
		value("source", KindString, Optional, "", "The act or reform behind the change.", "Source"),
	}
}
