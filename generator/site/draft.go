package site

import (
	"slices"
	"strings"

	"policysite/generator/notice"
)

// This file marks the pages of a draft notice (issue 11): a notice whose
// content leaves facts the GDPR requires not stated. Its pages carry a
// banner and noindex, list the gaps, stay out of the sitemap, and say
// "not stated" where a fact would be: never a zero value or a catalog
// sentence standing in for it.

// notStated is the sentence that replaces a fact the content does not
// state, with what is being asked when the content says.
func (b *builder) notStated(g *notice.Gap) string {
	if g.Ask != "" {
		return b.t("draft.not-stated.ask", g.AskIn(b.lang))
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
		out = append(out, Gap{Label: b.gapLabel(in, g), Field: g.Path, Article: b.cite(g.Article), Text: b.notStated(&g)})
	}
	return out
}

// gapLabelKey returns the catalog key of the label of the fact key on
// the page, or "" when it has none.
func gapLabelKey(key string) string {
	switch key {
	case "dpo", "transfers", "recipients", "retention", "withdraw", "laws", "subjects", "categories",
		"requirement", "automated", "effective", "version", "controller":
		return "notice." + key
	case "privacy_contact", "legal_basis", "legitimate_interests", "approved_by", "consent_covers":
		return "notice." + strings.ReplaceAll(key, "_", "-")
	case "sources", "data_from":
		return "notice.source"
	case "areas":
		return "notice.video.areas"
	case "address", "phone", "email", "web", "reg_no":
		return "field." + strings.ReplaceAll(key, "_", "-")
	}
	return ""
}

// gapLabel names the fact of gap g of in in words: its label on the page
// and, for a purpose's fact, the purpose's name.
func (b *builder) gapLabel(in *notice.Institution, g notice.Gap) string {
	label := g.Key
	if key := gapLabelKey(g.Key); key != "" {
		label = b.t(key)
	}
	if id, ok := strings.CutPrefix(g.Path, "purposes["); ok {
		id, _, _ = strings.Cut(id, "]")
		for _, p := range in.Purposes {
			if p.ID == id {
				return label + " — " + b.text(p.Name)
			}
		}
	}
	if strings.HasPrefix(g.Path, "defaults.") {
		// Stated once, in the common section, or else under the one
		// purpose that takes it.
		if !slices.Contains(in.CommonKeys(), g.Key) {
			for _, p := range in.Purposes {
				if p.Inherits(g.Key) {
					return label + " — " + b.text(p.Name)
				}
			}
		}
		return label + " — " + b.t("notice.common")
	}
	if strings.HasPrefix(g.Path, "controller.") {
		return b.t("notice.controller") + ": " + label
	}
	return label
}
