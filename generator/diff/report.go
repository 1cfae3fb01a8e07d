package diff

import (
	"strings"
	"unicode/utf8"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// maxValue is how many characters of a value a change line shows.
const maxValue = 160

// Line returns the change as one line in lang, such as
// "[fundamental] Retention period (Video surveillance) changed: 14 days → 30 days".
func (ch Change) Line(cat *i18n.Catalog, lang string) string {
	label := cat.T(lang, ch.Label)
	if name := strings.TrimSpace(ch.Within.In(lang)); name != "" && ch.Label != "notice.purpose" {
		label += " (" + name + ")"
	} else if ch.Of != "" && ch.Of != ch.Label {
		label += " (" + cat.T(lang, ch.Of) + ")"
	}
	old, new := short(ch.Old.In(cat, lang)), short(ch.New.In(cat, lang))
	if ch.Kind == Changed && old == new {
		// The change is in another language only: show it there, so
		// that the line does not read "X changed: A → A".
		if l, o, n := changedIn(cat, ch.Old, ch.New); l != "" {
			old, new = old+" ("+l+": "+o+")", new+" ("+l+": "+n+")"
		}
	}
	var s string
	switch ch.Kind {
	case Added:
		s = cat.T(lang, "diff.added", label, new)
	case Removed:
		s = cat.T(lang, "diff.removed", label, old)
	default:
		s = cat.T(lang, "diff.changed", label, old, new)
	}
	return "[" + cat.T(lang, ch.Class.Key()) + "] " + s
}

// changedIn returns the first language (in alphabetical order) in which
// old and new read differently, with both values in it; "" when they
// read the same in every language their texts have.
func changedIn(cat *i18n.Catalog, old, new Value) (lang, o, n string) {
	langs := map[string]bool{}
	old.langs(langs)
	new.langs(langs)
	sorted := make([]string, 0, len(langs))
	for l := range langs {
		sorted = append(sorted, l)
	}
	sortStrings(sorted)
	for _, l := range sorted {
		if o, n := short(old.In(cat, l)), short(new.In(cat, l)); o != n {
			return l, o, n
		}
	}
	return "", "", ""
}

// short collapses white space (but not a no-break space) in s and cuts it to maxValue characters.
func short(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }), " ")
	if utf8.RuneCountInString(s) <= maxValue {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:maxValue-1])) + "…"
}

// Lines returns a line per change, in lang: the fundamental changes
// first, each class in notice order.
func (c Changes) Lines(cat *i18n.Catalog, lang string) []string {
	out := make([]string, 0, len(c.List))
	for _, class := range []Class{Fundamental, Editorial} {
		for _, ch := range c.List {
			if ch.Class == class {
				out = append(out, ch.Line(cat, lang))
			}
		}
	}
	return out
}

// Summary returns the counts of fundamental and editorial changes, a
// line each, in lang; the first says that fundamental changes need
// advance notice.
func (c Changes) Summary(cat *i18n.Catalog, lang string) []string {
	f, e := c.Count()
	first := cat.T(lang, "diff.summary.no-fundamental")
	if f > 0 {
		first = cat.T(lang, "diff.summary.fundamental", f)
	}
	return []string{first, cat.T(lang, "diff.summary.editorial", e)}
}

// RequiresLines returns what the changes require, in lang: the signs to
// reprint and to take down, named by their purposes in new and old, and
// whether staff must sign the attestation again.
func (c Changes) RequiresLines(cat *i18n.Catalog, lang string, old, new *notice.Institution) []string {
	var out []string
	if len(c.Requires.Signs) > 0 {
		out = append(out, cat.T(lang, "diff.signs", cat.List(lang, purposeNames(new, c.Requires.Signs, lang))))
	} else {
		out = append(out, cat.T(lang, "diff.signs.none"))
	}
	if len(c.Requires.Withdraw) > 0 {
		out = append(out, cat.T(lang, "diff.withdraw", cat.List(lang, purposeNames(old, c.Requires.Withdraw, lang))))
	}
	if c.Requires.Resign {
		out = append(out, cat.T(lang, "diff.resign"))
	} else {
		out = append(out, cat.T(lang, "diff.resign.none"))
	}
	return out
}

// purposeNames returns the names of the purposes ids of in, in lang,
// each followed by its id.
func purposeNames(in *notice.Institution, ids []string, lang string) []string {
	var out []string
	for _, id := range ids {
		name := id
		if in != nil {
			for _, p := range in.Purposes {
				if p.ID == id && strings.TrimSpace(p.Name.In(lang)) != "" {
					name = strings.TrimSpace(p.Name.In(lang)) + " (" + id + ")"
				}
			}
		}
		out = append(out, name)
	}
	return out
}

// Report returns a readable report of the changes from old to new in
// lang: a heading, a line per change, the counts, the signs to reprint
// and whether staff must sign again.
func Report(cat *i18n.Catalog, lang string, old, new *notice.Institution, c Changes) string {
	var b strings.Builder
	b.WriteString(cat.T(lang, "diff.heading", new.Name.In(lang), version(cat, lang, "diff.from", old), version(cat, lang, "diff.to", new)) + "\n\n")
	if c.Empty() {
		b.WriteString(cat.T(lang, "diff.none") + "\n")
	}
	for _, l := range c.Lines(cat, lang) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n")
	for _, l := range append(c.Summary(cat, lang), c.RequiresLines(cat, lang, old, new)...) {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// version names a version by its effective date and label, with the
// catalog phrase key+".dated" (the version in force from DATE), or
// key+".undated" for a version in force that states no date: key is
// diff.from or diff.to, as the languages inflect the two differently.
func version(cat *i18n.Catalog, lang, key string, in *notice.Institution) string {
	s := cat.T(lang, key+".undated")
	if in.Document.Effective.Dated() {
		s = cat.T(lang, key+".dated", cat.Date(lang, in.Document.Effective.Time))
	}
	if in.Document.Version != "" {
		s += " (" + cat.T(lang, "notice.version") + " " + in.Document.Version + ")"
	}
	return s
}
