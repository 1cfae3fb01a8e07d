package notice

import (
	"net/url"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// loadSite reads site.yaml. The site's languages are read first, so that
// every text after them is checked against them.
func (l *loader) loadSite() *Site {
	// Without a readable site.yaml, texts are checked in Latvian and
	// English, the languages of the example content.
	s := &Site{Languages: []string{"lv", "en"}, DefaultLanguage: "lv"}
	l.langs = s.Languages
	root, d := l.read("site.yaml")
	if root == nil {
		return s
	}
	spec := d.tab.site
	f := d.mapping(root, "", keys(spec)...)
	if f == nil {
		return s
	}
	d.requireFields(f, spec, reflect.ValueOf(s).Elem())
	langNodes := map[string]*yaml.Node{}
	if f.has("languages") {
		var langs []string
		d.list(f, "languages", func(i int, n *yaml.Node, p string) {
			v, ok := d.scalar(n, p)
			if !ok {
				return
			}
			switch {
			case !langRE.MatchString(v):
				d.errorf(n, p, "%q is not a language code: use a two- or three-letter ISO 639 code such as lv or en", v)
			case contains(langs, v):
				d.errorf(n, p, "language %q is listed twice", v)
			default:
				langs = append(langs, v)
				langNodes[v] = n
			}
		})
		if len(langs) == 0 {
			d.errorf(f.vals["languages"], "languages", "list at least one language")
		} else {
			s.Languages = langs
			l.langs = langs
			d.langs = langs
		}
	}
	if def := d.str(f, "default_language"); def != "" {
		if !contains(s.Languages, def) {
			d.errorf(f.vals["default_language"], "default_language", "%q is not one of the site languages (%s)", def, strings.Join(s.Languages, ", "))
		} else {
			s.DefaultLanguage = def
		}
	}
	if !contains(s.Languages, s.DefaultLanguage) {
		s.DefaultLanguage = s.Languages[0]
	}
	// The languages are known: the rest is checked against them.
	d.fill(f, spec, reflect.ValueOf(s).Elem())
	l.renames = append(l.renames, s.Renamed...)
	if u, err := url.Parse(s.BaseURL); err == nil && (u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(s.BaseURL, "#")) {
		d.errorf(f.vals["base_url"], "base_url", "%q has a query or fragment: write the address of the site's root, such as https://privatums.example.lv/", s.BaseURL)
	}
	if s.BaseURL != "" && !strings.HasSuffix(s.BaseURL, "/") {
		s.BaseURL += "/"
	}
	s.Catalog = map[string]Text{}
	if cn := f.vals["catalog"]; cn != nil {
		keys := append(append([]string(nil), l.cats.Keys...), l.cats.Optional...)
		if cf := d.mapping(cn, "catalog", keys...); cf != nil {
			for _, k := range sortedKeys(cf.vals) {
				if t := d.catalogText(cf, k); len(t) > 0 {
					s.Catalog[k] = t
				}
			}
		}
	}
	// Every site language needs every catalog text: from a built-in
	// catalog or, for other languages, from catalog:.
	for _, lang := range s.Languages {
		if missing := l.cats.missing(lang, s.Catalog); len(missing) > 0 {
			at := f.node
			if n := langNodes[lang]; n != nil {
				at = n
			} else if n := f.vals["languages"]; n != nil {
				at = resolve(n)
			}
			d.errorf(at, "languages", "no catalog for %s: there is no built-in one (built in: %s) and catalog: lacks %d of its %d keys (first: %s)", langName(lang), strings.Join(l.cats.Builtin, ", "), len(missing), len(l.cats.Keys), missing[0])
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
