// Package i18n holds the catalog of standard texts: the headings,
// legal-basis explanations, rights and standard sentences that every
// notice, sign and form shares. The wording is data, one embedded file
// per language (catalog/lv.yaml, catalog/en.yaml, catalog/ru.yaml), each
// a flat map of key to text with the language's plural rule; a site may
// override any entry and supply whole languages in site.yaml.
package i18n

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Catalog looks texts up by language and key. It is read-only once made
// and safe for concurrent use.
type Catalog struct {
	texts  map[string]map[string]string // key → lang → text
	plural map[string]string            // lang → plural rule, for the built-in languages
	keys   []string                     // Keys
}

// New returns the built-in catalog with overrides applied. Overrides map
// a key to its text per language; they may replace built-in keys and
// supply languages the built-in catalog lacks.
func New(overrides map[string]map[string]string) *Catalog {
	files := builtin()
	c := &Catalog{texts: map[string]map[string]string{}, plural: map[string]string{}}
	c.keys, _, _ = describe(files)
	for lang, f := range files {
		c.plural[lang] = f.Plural
		for key, s := range f.Texts {
			c.set(key, lang, s)
		}
	}
	for key, byLang := range overrides {
		for lang, s := range byLang {
			c.set(key, lang, s)
		}
	}
	return c
}

func (c *Catalog) set(key, lang, s string) {
	m := c.texts[key]
	if m == nil {
		m = map[string]string{}
		c.texts[key] = m
	}
	m[lang] = s
}

// Missing returns, sorted, the keys of Keys that have no text in lang.
func (c *Catalog) Missing(lang string) []string {
	var out []string
	for _, key := range c.keys {
		if c.texts[key][lang] == "" {
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

// PluralCategory returns the CLDR plural category of the count n in
// lang: "zero", "one", "two", "few", "many" or "other". A built-in
// language uses the rule its file names; another language the rule of
// its code, or English's when plural.go has none.
func (c *Catalog) PluralCategory(lang string, n int) string {
	name, ok := c.plural[lang]
	if !ok {
		name = lang
	}
	rule := pluralRule(name)
	if rule == nil {
		rule = english
	}
	return rule(n)
}

// Plural returns the form of the counted noun key for n in lang: the
// text of key+"."+category (see PluralCategory), or of key+".other" when
// the language spells that category as the other one. Latvian: 1, 21
// gads; 11, 20 gadi. Russian: 1 год, 2 года, 5 лет.
func (c *Catalog) Plural(lang, key string, n int) string {
	if s, ok := c.Lookup(lang, key+"."+c.PluralCategory(lang, n)); ok {
		return s
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
