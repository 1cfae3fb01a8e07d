package diff

import (
	"strings"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// Value is an old or new value of a changed field, kept so that it can be
// shown in any site language: readable text per language, a
// language-neutral value (an e-mail, a number), catalog keys (a legal
// basis, a right), a retention period, or a list of such values.
type Value struct {
	Text   notice.Text // text in each language
	Plain  string      // a language-neutral value
	Key    string      // a catalog key, such as "basis.consent"
	Args   []any       // the arguments of Key's text, if it has any
	Period int         // with Unit: a retention period
	Unit   string
	Date   notice.Date // a calendar date
	List   []Value     // several values, shown as a list
}

// IsZero reports whether v holds nothing.
func (v Value) IsZero() bool {
	return v.Text.IsZero() && v.Plain == "" && v.Key == "" && v.Period == 0 && v.Date.IsZero() && len(v.List) == 0
}

// In returns v as text in lang.
func (v Value) In(cat *i18n.Catalog, lang string) string {
	var parts []string
	if s := strings.TrimSpace(v.Text.In(lang)); s != "" {
		parts = append(parts, s)
	}
	if v.Plain != "" {
		parts = append(parts, v.Plain)
	}
	if v.Key != "" {
		parts = append(parts, cat.T(lang, v.Key, v.Args...))
	}
	if v.Period > 0 {
		parts = append(parts, cat.Period(lang, v.Period, v.Unit))
	}
	if !v.Date.IsZero() {
		parts = append(parts, cat.Date(lang, v.Date.Time))
	}
	if len(v.List) > 0 {
		var items []string
		for _, it := range v.List {
			if s := it.In(cat, lang); s != "" {
				items = append(items, s)
			}
		}
		parts = append(parts, strings.Join(items, "; "))
	}
	return strings.Join(parts, " — ")
}

// langs adds the languages of v's texts, and of its list's, to set.
func (v Value) langs(set map[string]bool) {
	for l := range v.Text {
		set[l] = true
	}
	for _, it := range v.List {
		it.langs(set)
	}
}

// text returns a Value of readable text.
func text(t notice.Text) Value { return Value{Text: t} }

// plain returns a Value of language-neutral text.
func plain(s string) Value { return Value{Plain: s} }

// key returns a Value shown by its catalog text.
func key(k string) Value { return Value{Key: k} }

// texts returns a list of readable texts.
func texts(ts []notice.Text) Value {
	v := Value{}
	for _, t := range ts {
		v.List = append(v.List, text(t))
	}
	return v
}

// contact returns a contact as one value: its name, role, e-mail, phone
// and address.
func contact(c *notice.Contact) Value {
	if c == nil {
		return Value{}
	}
	v := Value{Text: c.Role}
	var ps []string
	for _, s := range []string{c.Name, c.Email, c.Phone, c.Address} {
		if s != "" {
			ps = append(ps, s)
		}
	}
	v.Plain = strings.Join(ps, ", ")
	return v
}

// transfer returns a transfer as one value: where to and its safeguard.
func transfer(t notice.Transfer) Value {
	return Value{List: []Value{text(t.To), key("safeguard." + t.Safeguard)}}
}

// equalText reports whether a and b hold the same text in every language.
func equalText(a, b notice.Text) bool {
	if a.IsZero() && b.IsZero() {
		return true
	}
	for k, s := range a {
		if strings.TrimSpace(b[k]) != strings.TrimSpace(s) {
			return false
		}
	}
	for k, s := range b {
		if strings.TrimSpace(a[k]) != strings.TrimSpace(s) {
			return false
		}
	}
	return true
}

// equalTexts reports whether two lists of texts are the same.
func equalTexts(a, b []notice.Text) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equalText(a[i], b[i]) {
			return false
		}
	}
	return true
}

// textKey is a text as one string, the same for equal texts, to match
// list items across versions.
func textKey(t notice.Text) string {
	langs := make([]string, 0, len(t))
	for l := range t {
		langs = append(langs, l)
	}
	sortStrings(langs)
	var b strings.Builder
	for _, l := range langs {
		b.WriteString(l + "\x00" + strings.TrimSpace(t[l]) + "\x00")
	}
	return b.String()
}
