package i18n

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// files holds the built-in catalogs, one file per language, named by its
// ISO 639 code: catalog/lv.yaml, catalog/en.yaml, catalog/ru.yaml.
//
//go:embed catalog/*.yaml
var files embed.FS

// langFile is one built-in catalog file.
type langFile struct {
	Plural string            `yaml:"plural"` // a rule of plural.go
	Texts  map[string]string `yaml:"texts"`  // key → text
}

// builtin parses the built-in catalog files, by language. The files are
// part of the program and their tests; a file that does not parse is a
// programming error and panics.
func builtin() map[string]langFile {
	entries, err := files.ReadDir("catalog")
	if err != nil {
		panic(err)
	}
	out := make(map[string]langFile, len(entries))
	for _, e := range entries {
		lang := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		f, err := parseFile(e.Name())
		if err != nil {
			panic(err)
		}
		out[lang] = f
	}
	return out
}

// parseFile reads catalog/name strictly: unknown fields, a rule that
// plural.go does not know and empty texts are errors.
func parseFile(name string) (langFile, error) {
	var f langFile
	data, err := files.ReadFile(path.Join("catalog", name))
	if err != nil {
		return f, err
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("i18n: catalog/%s: %w", name, err)
	}
	if pluralRule(f.Plural) == nil {
		return f, fmt.Errorf("i18n: catalog/%s: unknown plural rule %q", name, f.Plural)
	}
	for k, s := range f.Texts {
		if s == "" {
			return f, fmt.Errorf("i18n: catalog/%s: %s: empty text", name, k)
		}
	}
	return f, nil
}

// BuiltinLanguages are the languages with a built-in catalog, sorted.
func BuiltinLanguages() []string {
	_, _, langs := Describe()
	return langs
}

// Keys returns, sorted, every key that each language of a site needs a
// text for: the keys of the built-in catalogs except the plural forms
// that only some languages have (OptionalKeys).
func Keys() []string {
	keys, _, _ := Describe()
	return keys
}

// OptionalKeys returns, sorted, the plural forms a language may have
// beyond .one and .other: stem.zero, stem.two, stem.few and stem.many for
// every counted noun. Catalog.Plural falls back to stem.other when the
// form a number asks for is missing.
func OptionalKeys() []string {
	_, optional, _ := Describe()
	return optional
}

// Describe returns Keys, OptionalKeys and BuiltinLanguages, reading the
// built-in files once.
func Describe() (keys, optional, langs []string) {
	return describe(builtin())
}

func describe(files map[string]langFile) (keys, optional, langs []string) {
	required, extra := map[string]bool{}, map[string]bool{}
	for lang, f := range files {
		langs = append(langs, lang)
		for k := range f.Texts {
			if !optionalForm(k) {
				required[k] = true
			}
		}
	}
	for k := range required {
		if stem, ok := strings.CutSuffix(k, ".other"); ok {
			for _, c := range optionalCategories() {
				extra[stem+"."+c] = true
			}
		}
	}
	sort.Strings(langs)
	return sortedSet(required), sortedSet(extra), langs
}

// optionalCategories are the CLDR plural categories a counted noun need
// not have a form for.
func optionalCategories() []string { return []string{"zero", "two", "few", "many"} }

// optionalForm reports whether key is a plural form of an optional
// category.
func optionalForm(key string) bool {
	for _, c := range optionalCategories() {
		if strings.HasSuffix(key, "."+c) {
			return true
		}
	}
	return false
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
