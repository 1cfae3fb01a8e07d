package site

import "policysite/generator/notice"

// This file marks the pages of a draft notice (issue 11): a notice whose
// content leaves facts the GDPR requires not stated. Its pages carry a
// banner and noindex, list the gaps, stay out of the sitemap, and say
// "not stated" where a fact would be: never a zero value or a catalog
// sentence standing in for it.

// notStated is the sentence that replaces a fact the content does not
// state, with what is being asked when the content says.
func (b *builder) notStated(g *notice.Gap) string {
	if g.Ask != "" {
		return b.t("draft.not-stated.ask", g.Ask)
	}
	return b.t("draft.not-stated")
}

// notStatedOf maps each fact of u to the sentence saying it is not
// stated; nil when every fact is stated.
func (b *builder) notStatedOf(u notice.Unknowns) map[string]string {
	var m map[string]string
	for i := range u {
		if m == nil {
			m = map[string]string{}
		}
		m[u[i].Key] = b.notStated(&u[i])
	}
	return m
}

// draft marks the page p of a draft: the banner and noindex.
func (b *builder) draft(p *Page) {
	p.Draft = b.t("draft.banner")
	p.NoIndex = true
}

// gaps lists the gaps of the institution in for its draft page.
func (b *builder) gaps(in *notice.Institution) []Gap {
	var out []Gap
	for _, g := range in.Gaps() {
		out = append(out, Gap{Field: g.Path, Article: g.Article, Text: b.notStated(&g)})
	}
	return out
}
