package i18n

import (
	"strings"
	"testing"
	"time"
)

// TestBuiltinComplete checks that every built-in catalog file has a text
// for every key and no key that Keys and OptionalKeys do not know, and
// that a language whose rule has more than one and other spells every
// category it needs.
func TestBuiltinComplete(t *testing.T) {
	known := map[string]bool{}
	for _, k := range append(Keys(), OptionalKeys()...) {
		known[k] = true
	}
	c := New(nil)
	langs := BuiltinLanguages()
	if strings.Join(langs, " ") != "en lv ru" {
		t.Errorf("BuiltinLanguages = %v", langs)
	}
	for lang, f := range builtin() {
		if m := c.Missing(lang); len(m) > 0 {
			t.Errorf("%s: %d keys missing: %v", lang, len(m), m)
		}
		for k := range f.Texts {
			if !known[k] {
				t.Errorf("%s: unknown key %s", lang, k)
			}
		}
	}
	for _, stem := range []string{"unit.days", "unit.weeks", "unit.months", "unit.years"} {
		for _, form := range []string{"one", "few", "many", "other"} {
			if _, ok := c.Lookup("ru", stem+"."+form); !ok {
				t.Errorf("ru: no %s.%s", stem, form)
			}
		}
	}
}

// TestPlural checks the CLDR categories and the forms they pick.
func TestPlural(t *testing.T) {
	c := New(nil)
	for _, tt := range []struct {
		lang string
		n    int
		cat  string
		want string
	}{
		{"lv", 0, "zero", "0\u00a0dienas"},
		{"lv", 1, "one", "1\u00a0diena"},
		{"lv", 2, "other", "2\u00a0dienas"},
		{"lv", 11, "zero", "11\u00a0dienas"},
		{"lv", 21, "one", "21\u00a0diena"},
		{"lv", 111, "zero", "111\u00a0dienas"},
		{"en", 1, "one", "1\u00a0day"},
		{"en", 21, "other", "21\u00a0days"},
		{"ru", 1, "one", "1\u00a0день"},
		{"ru", 2, "few", "2\u00a0дня"},
		{"ru", 5, "many", "5\u00a0дней"},
		{"ru", 11, "many", "11\u00a0дней"},
		{"ru", 12, "many", "12\u00a0дней"},
		{"ru", 21, "one", "21\u00a0день"},
		{"ru", 22, "few", "22\u00a0дня"},
		{"ru", 30, "many", "30\u00a0дней"},
		{"ru", 111, "many", "111\u00a0дней"},
	} {
		if got := c.PluralCategory(tt.lang, tt.n); got != tt.cat {
			t.Errorf("PluralCategory(%s, %d) = %s, want %s", tt.lang, tt.n, got, tt.cat)
		}
		if got := c.Period(tt.lang, tt.n, "days"); got != tt.want {
			t.Errorf("Period(%s, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
	if got := c.Period("ru", 75, "years"); got != "75\u00a0лет" {
		t.Errorf("75 years in ru = %q", got)
	}
	if got := c.Period("ru", 3, "months"); got != "3\u00a0месяца" {
		t.Errorf("3 months in ru = %q", got)
	}
}

// TestSuppliedLanguage checks that overrides can supply a whole language
// and that it counts by the rule of its code.
func TestSuppliedLanguage(t *testing.T) {
	over := map[string]map[string]string{}
	for _, k := range Keys() {
		over[k] = map[string]string{"lt": "lt:" + k}
	}
	over["unit.days.few"] = map[string]string{"lt": "dienos"}
	c := New(over)
	if m := c.Missing("lt"); len(m) > 0 {
		t.Fatalf("lt missing %v", m)
	}
	if got := c.Period("lt", 3, "days"); got != "3\u00a0dienos" {
		t.Errorf("3 days in lt = %q", got)
	}
	if got := c.Period("lt", 11, "days"); got != "11\u00a0lt:unit.days.other" {
		t.Errorf("11 days in lt = %q", got)
	}
	if got := c.PluralCategory("xx", 2); got != "other" {
		t.Errorf("a language without a rule counts as English: %q", got)
	}
	if m := New(nil).Missing("lt"); len(m) != len(Keys()) {
		t.Errorf("lt without overrides lacks %d keys, want %d", len(m), len(Keys()))
	}
}

// TestDateAndList checks the dates and lists of the three languages.
func TestDateAndList(t *testing.T) {
	c := New(nil)
	d := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{"lv": "20.11.2026.", "en": "20 November 2026", "ru": "20 ноября 2026 г."} {
		if got := c.Date(lang, d); got != want {
			t.Errorf("Date(%s) = %q, want %q", lang, got, want)
		}
	}
	if got := c.List("ru", []string{"а", "б", "в"}); got != "а, б и в" {
		t.Errorf("List(ru) = %q", got)
	}
}
