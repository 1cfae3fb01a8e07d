package i18n

import (
	"strconv"
	"strings"
)

// This file writes GDPR citations for people. The schema and the rules
// cite articles in one short English form ("Art 7(3)", "Art 13(1)(b)",
// "Art 37(1)(a), Art 13(1)(b)", "Arts 45-49", "Art 21(2)–(3)"), which is
// parsed once (ParseCitation) and written in each language by the
// catalog's cite.* patterns: "VDAR 13. panta 1. punkta b) apakšpunkts",
// "GDPR Article 13(1)(b)", "подпункт b) пункта 1 статьи 13 GDPR".
//
// The patterns, per language:
//
//	cite.gdpr                   the regulation around the whole list: "VDAR %s"
//	cite.article(s)             an article, or several: "%[1]s pants"
//	cite.paragraph(s)           a paragraph of it, or several: "%[1]s panta %[2]s punkts"
//	cite.point(s)               a point of a paragraph, or several: "%[1]s panta %[2]s punkta %[3]s apakšpunkts"
//	cite.number.article         how an article's number is written: "%s."
//	cite.number.paragraph       a paragraph's: "%s." (English "(%s)")
//	cite.number.point           a point's letter: "%s)" (English "(%s)")
//	cite.range                  a span of three or more: "%s–%s"
//
// Two neighbours (2 and 3, a and b) are written as a pair joined by
// word.and ("2. un 3. punkts"), a longer span with cite.range ("45.–49.
// pants"); several citations are joined as a list (Catalog.List) inside
// one cite.gdpr. A citation of another text (the ePrivacy Directive, EDPB
// guidelines) does not parse and is written as it is.

// Citation is a parsed GDPR citation: one or more references, in the
// order given.
type Citation []Ref

// Ref is one reference to a provision of the GDPR: an article and,
// when given, its paragraph and the paragraph's point. Only the deepest
// level given may be a span.
type Ref struct {
	Article, Paragraph, Point Span
}

// Span is one number or letter (To empty), or an inclusive span of them.
type Span struct {
	From, To string
}

// depth returns how many levels r gives: 1 (article), 2 (paragraph) or
// 3 (point).
func (r Ref) depth() int {
	switch {
	case r.Point.From != "":
		return 3
	case r.Paragraph.From != "":
		return 2
	}
	return 1
}

// ParseCitation parses the short English form of a GDPR citation: "Art
// N", "Art N(p)", "Art N(p)(x)", a span at the deepest level ("Arts
// 45-49", "Art 21(2)–(3)", "Art 13(1)(a)–(c)", with a hyphen or an en
// dash), and lists of them separated by ", ". It reports false for
// anything else, such as "ePrivacy Directive Art 5(3)".
func ParseCitation(s string) (Citation, bool) {
	var out Citation
	for _, part := range strings.Split(s, ", ") {
		r, ok := parseRef(part)
		if !ok {
			return nil, false
		}
		out = append(out, r)
	}
	return out, len(out) > 0
}

// parseRef parses one reference of ParseCitation.
func parseRef(s string) (Ref, bool) {
	var r Ref
	rest, ok := strings.CutPrefix(s, "Arts ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "Art "); !ok {
			return r, false
		}
	}
	n := leading(rest, isDigit)
	if n == "" {
		return r, false
	}
	r.Article.From, rest = n, rest[len(n):]
	levels := []*Span{&r.Article, &r.Paragraph, &r.Point}
	last := levels[0]
	for i, is := range []func(byte) bool{isDigit, isLower} {
		v, after, ok := parened(rest, is)
		if !ok {
			break
		}
		last, rest = levels[i+1], after
		last.From = v
	}
	if rest == "" {
		return r, true
	}
	dash, ok := strings.CutPrefix(rest, "–")
	if !ok {
		if dash, ok = strings.CutPrefix(rest, "-"); !ok {
			return r, false
		}
	}
	is := isDigit
	if last == &r.Point {
		is = isLower
	}
	if last == &r.Article {
		last.To, rest = leading(dash, is), ""
		return r, last.To != "" && len(last.To) == len(dash)
	}
	v, after, ok := parened(dash, is)
	if !ok || after != "" {
		return r, false
	}
	last.To = v
	return r, true
}

// parened cuts "(v)" from the start of s, where every byte of v is is.
func parened(s string, is func(byte) bool) (v, rest string, ok bool) {
	in, ok := strings.CutPrefix(s, "(")
	if !ok {
		return "", s, false
	}
	v = leading(in, is)
	rest, ok = strings.CutPrefix(in[len(v):], ")")
	if !ok || v == "" {
		return "", s, false
	}
	return v, rest, true
}

// leading returns the longest prefix of s whose bytes are all is.
func leading(s string, is func(byte) bool) string {
	i := 0
	for i < len(s) && is(s[i]) {
		i++
	}
	return s[:i]
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// Cite returns the GDPR citation s, in the short English form that
// ParseCitation reads, written for people in lang: "Art 13(1)(b)" is
// "VDAR 13. panta 1. punkta b) apakšpunkts" in Latvian. A citation that
// does not parse is returned as it is.
func (c *Catalog) Cite(lang, s string) string {
	cit, ok := ParseCitation(s)
	if !ok {
		return s
	}
	return c.FormatCitation(lang, cit)
}

// FormatCitation writes cit for people in lang (see Cite).
func (c *Catalog) FormatCitation(lang string, cit Citation) string {
	parts := make([]string, len(cit))
	for i, r := range cit {
		parts[i] = c.ref(lang, r)
	}
	return c.T(lang, "cite.gdpr", c.List(lang, parts))
}

// ref writes one reference of a citation in lang.
func (c *Catalog) ref(lang string, r Ref) string {
	levels := []struct {
		span Span
		name string
	}{{r.Article, "article"}, {r.Paragraph, "paragraph"}, {r.Point, "point"}}[:r.depth()]
	args := make([]any, len(levels))
	for i, l := range levels {
		args[i] = c.span(lang, "cite.number."+l.name, l.span)
	}
	key := "cite." + levels[len(levels)-1].name
	if levels[len(levels)-1].span.To != "" {
		key += "s"
	}
	return c.T(lang, key, args...)
}

// span writes s with the number pattern key: a pair of neighbours joined
// by word.and, a longer span by cite.range.
func (c *Catalog) span(lang, key string, s Span) string {
	from := c.T(lang, key, s.From)
	if s.To == "" {
		return from
	}
	to := c.T(lang, key, s.To)
	if next(s.From) == s.To {
		return c.List(lang, []string{from, to})
	}
	return c.T(lang, "cite.range", from, to)
}

// next returns the number or letter after v: "3" after "2", "b" after
// "a"; "" when there is none.
func next(v string) string {
	if n, err := strconv.Atoi(v); err == nil {
		return strconv.Itoa(n + 1)
	}
	if len(v) == 1 && v[0] < 'z' {
		return string(v[0] + 1)
	}
	return ""
}
