package notice

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Catalogs is what the loader needs to know of the catalog of standard
// texts (package i18n), given to it as data so that the model does not
// depend on the presentation: which keys site.yaml's catalog: may set,
// and which languages have a built-in catalog. A site may declare a
// language with a built-in catalog, or any other language for which its
// catalog: gives a text for every one of Keys.
type Catalogs struct {
	Keys     []string // keys every site language needs a text for
	Optional []string // further keys catalog: may set (plural forms only some languages have)
	Builtin  []string // languages with a complete built-in catalog
}

// missing returns the keys of c that have no text in lang, neither built
// in nor among the site's overrides.
func (c Catalogs) missing(lang string, over map[string]Text) []string {
	if contains(c.Builtin, lang) {
		return nil
	}
	var out []string
	for _, k := range c.Keys {
		if over[k][lang] == "" {
			out = append(out, k)
		}
	}
	return out
}

// catalogText decodes one catalog: entry of site.yaml: a text in one or
// more of the site languages. Unlike a Text of the content it need not
// give every language, as the others keep their built-in text; a
// language without a built-in catalog gets its texts this way.
func (d *decoder) catalogText(f *fields, key string) Text {
	n := resolve(f.vals[key])
	path := join(f.path, key)
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		d.errorf(n, path, "expected text in one or more languages, such as {%s}, found a plain value", langExample(d.langs))
		return nil
	}
	known := d.langs
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Kind == yaml.ScalarNode && !contains(known, k.Value) {
				d.errorf(k, join(path, k.Value), "unknown language %q; the site languages are %s", k.Value, strings.Join(d.langs, ", "))
				known = append(known[:len(known):len(known)], k.Value)
			}
		}
	}
	lf := d.mapping(n, path, known...)
	if lf == nil {
		return nil
	}
	t := Text{}
	for _, lang := range d.langs {
		if lf.vals[lang] != nil {
			if s := d.str(lf, lang); s != "" {
				t[lang] = s
			}
		}
	}
	if len(n.Content) == 0 {
		d.errorf(n, path, "give the text in at least one site language")
	}
	return t
}
