package notice

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"

	"go.yaml.in/yaml/v3"
)

// PresetPrefix starts the id of a preset where a purpose uses one:
// {use: preset/cctv}.
const PresetPrefix = "preset/"

// langKey is a key of a text mapping: a language code.
var langKey = regexp.MustCompile(`^[a-z]{2,3}$`)

// LoadPresets decodes the presets in fsys, one purpose per .yaml file at
// its root, for a site in langs: a text's languages that the site does
// not have are left out, and a language the site has but a preset lacks
// is an error of that preset. Presets are checked as far as a purpose can
// be on its own: the fields a preset leaves out (such as a retention no
// law fixes) are required where the preset is used. Errors name the
// files as preset/<file>.
func LoadPresets(fsys fs.FS, langs []string) ([]*Purpose, ErrorList) {
	drafts, errs := loadPresets(fsys, &loader{langs: langs, tab: newTables()})
	var out []*Purpose
	for _, pd := range drafts {
		out = append(out, pd.p)
	}
	return out, errs
}

// loadPresets decodes the presets of fsys with the languages, catalogs,
// glyphs and tables of base. Every preset with an id is returned, sorted
// by id; those with errors carry the first in unusable.
func loadPresets(fsys fs.FS, base *loader) ([]*purposeDraft, ErrorList) {
	l := &loader{fsys: fsys, prefix: "preset", langs: base.langs, cats: base.cats, glyphs: base.glyphs, tab: base.tab}
	var all ErrorList
	var out []*purposeDraft
	for _, p := range l.yamlFiles(".", &all) {
		var errs ErrorList
		root, d := l.readTo(p, &errs)
		if root != nil {
			keepLanguages(root, l.langs)
			if pd := d.purpose(root, "", nil); pd != nil && pd.p.ID != "" {
				pd.p.Digest, pd.p.path = d.digest, path.Join(l.prefix, p)
				if len(errs) > 0 {
					errs.Sort()
					pd.unusable = errs[0].Error()
				}
				out = append(out, pd)
			}
		}
		all = append(all, errs...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].p.ID < out[j].p.ID })
	all.Sort()
	return out, all
}

// addPresets makes the presets of fsys usable in the tree as
// preset/<id>; a preset the site cannot use (one lacking a site
// language) is refused where it is used, with its first error.
func (t *Tree) addPresets(fsys fs.FS) {
	drafts, _ := loadPresets(fsys, t.l)
	for _, pd := range drafts {
		if t.shared[PresetPrefix+pd.p.ID] == nil {
			t.shared[PresetPrefix+pd.p.ID] = pd
			t.digests[pd.p.path] = pd.p.Digest
		}
	}
}

// keepLanguages removes, from every text mapping under n (one whose keys
// are all language codes), the languages not in langs.
func keepLanguages(n *yaml.Node, langs []string) {
	if n.Kind == yaml.MappingNode && len(n.Content) > 0 {
		isText := true
		for i := 0; i < len(n.Content); i += 2 {
			isText = isText && langKey.MatchString(n.Content[i].Value) && n.Content[i+1].Kind == yaml.ScalarNode
		}
		if isText {
			kept := n.Content[:0]
			for i := 0; i+1 < len(n.Content); i += 2 {
				if contains(langs, n.Content[i].Value) {
					kept = append(kept, n.Content[i], n.Content[i+1])
				}
			}
			n.Content = kept
			return
		}
	}
	for _, c := range n.Content {
		keepLanguages(c, langs)
	}
}

// presetUse reports a use of preset id that the tree cannot satisfy.
func presetUse(id string, sp *purposeDraft) string {
	if sp != nil {
		return fmt.Sprintf("the preset %q cannot be used on this site (%s): write the purpose in full, or in purposes/", id, sp.unusable)
	}
	return fmt.Sprintf("no preset %q; `policysite presets` lists the built-in presets", id)
}

// IsID reports whether s is a valid id of an institution, controller or
// purpose: a URL slug of at most 64 characters.
func IsID(s string) bool { return slugRE.MatchString(s) && len(s) <= 64 }
