// Package i18n holds the built-in bilingual catalog: the headings,
// legal-basis explanations, rights and standard sentences that every
// notice, sign and form shares. The wording is written once here, in
// Latvian and English, and a site may override any entry.
package i18n

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// entry is one built-in catalog text in the two built-in languages.
type entry struct{ key, lv, en string }

// builtin returns every built-in entry. Each file of the package
// contributes its own part.
func builtin() []entry {
	var all []entry
	for _, part := range [][]entry{modelTexts(), noticeTexts(), signTexts(), formTexts()} {
		all = append(all, part...)
	}
	return all
}

// BuiltinLanguages are the languages the built-in catalog is written in.
func BuiltinLanguages() []string { return []string{"lv", "en"} }

// Keys returns every built-in key, sorted.
func Keys() []string {
	var keys []string
	for _, e := range builtin() {
		keys = append(keys, e.key)
	}
	sort.Strings(keys)
	return keys
}

// Catalog looks texts up by language and key. It is read-only once made
// and safe for concurrent use.
type Catalog struct {
	texts map[string]map[string]string // key → lang → text
}

// New returns the built-in catalog with overrides applied. Overrides map
// a key to its text per language; they may replace built-in keys and
// supply languages the built-in catalog lacks.
func New(overrides map[string]map[string]string) *Catalog {
	c := &Catalog{texts: map[string]map[string]string{}}
	for _, e := range builtin() {
		c.texts[e.key] = map[string]string{"lv": e.lv, "en": e.en}
	}
	for key, byLang := range overrides {
		m := c.texts[key]
		if m == nil {
			m = map[string]string{}
			c.texts[key] = m
		}
		for lang, s := range byLang {
			m[lang] = s
		}
	}
	return c
}

// Missing returns, sorted, the keys that have no text in lang.
func (c *Catalog) Missing(lang string) []string {
	var out []string
	for key, m := range c.texts {
		if m[lang] == "" {
			out = append(out, key)
		}
	}
	sort.Strings(out)
	return out
}

// Lookup returns the text of key in lang and whether there is one.
func (c *Catalog) Lookup(lang, key string) (string, bool) {
	s, ok := c.texts[key][lang]
	return s, ok && s != ""
}

// T returns the text of key in lang, formatted with args as by
// fmt.Sprintf when args are given. A missing text yields "[key]" so
// that it shows in review; renderers that must not print it check with
// Lookup or Missing first.
func (c *Catalog) T(lang, key string, args ...any) string {
	s, ok := c.Lookup(lang, key)
	if !ok {
		return "[" + key + "]"
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Plural returns the form of a counted noun for n in lang: key+".one"
// or key+".other". Latvian uses the singular for numbers ending in 1
// except 11 (1, 21, 101 gads; 11 gadi); English only for 1.
func (c *Catalog) Plural(lang, key string, n int) string {
	one := n == 1
	if lang == "lv" {
		one = n%10 == 1 && n%100 != 11
	}
	if one {
		return c.T(lang, key+".one")
	}
	return c.T(lang, key+".other")
}

// Period returns a retention period such as "10 gadi" or "1 month".
func (c *Catalog) Period(lang string, n int, unit string) string {
	return strconv.Itoa(n) + "\u00a0" + c.Plural(lang, "unit."+unit, n)
}

// Date returns a calendar date for people in lang: "20.11.2026." or
// "20 November 2026", by the catalog's date.format, which gets the year,
// the month's name, the day and the month's number, in that order.
func (c *Catalog) Date(lang string, t time.Time) string {
	month := c.T(lang, "month."+strconv.Itoa(int(t.Month())))
	return c.T(lang, "date.format", t.Year(), month, t.Day(), int(t.Month()))
}

// List joins items as a sentence list in lang: "a, b un c" / "a, b and c".
func (c *Catalog) List(lang string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + c.T(lang, "word.and") + " " + items[len(items)-1]
}
