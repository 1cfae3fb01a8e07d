package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// writeHugo writes the current notice of every institution in t as a
// Markdown page per language under dir/content, in Hugo's
// <name>.<lang>.md form. A page holds the content's text and, from the
// built-in catalog, the same headings and standard wording as a
// policysite notice page, so that both tools build pages of about the
// same size.
func writeHugo(t *tree, dir string) error {
	cat := i18n.New(nil)
	for _, in := range t.institutions {
		for _, l := range t.site.Languages {
			name := filepath.Join(dir, "content", in.ID+"."+l+".md")
			if err := writeFile(name, []byte(hugoPage(in, t, l, cat))); err != nil {
				return err
			}
		}
	}
	return nil
}

// hugoPage is the Markdown page of in's notice in lang l.
func hugoPage(in *notice.Institution, t *tree, l string, cat *i18n.Catalog) string {
	T := func(key string, args ...any) string { return cat.T(l, key, args...) }
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("---\ntitle: %q\ndate: %s\n---\n\n", in.Document.Title[l]+" — "+in.Name[l], in.Document.Effective.String())
	p("%s\n\n%s %s · %s %s\n\n", T("notice.intro", in.Name[l]), T("notice.effective"), in.Document.Effective.String(),
		T("notice.version"), in.Document.Version)
	sections := []string{"notice.summary", "notice.purposes", "notice.rights", "notice.complaint",
		"notice.contacts", "notice.security", "notice.cookies", "notice.history"}
	p("## %s\n\n", T("notice.contents"))
	for _, s := range sections {
		p("- %s\n", T(s))
	}

	ps := in.Purposes
	p("\n## %s\n\n%s\n\n| %s | %s | %s |\n|---|---|---|\n", T("notice.summary"), T("notice.summary.caption"),
		T("notice.purpose"), T("notice.legal-basis"), T("notice.retention"))
	for _, pp := range ps {
		var names []string
		for _, bs := range pp.Bases {
			names = append(names, T("basis."+bs.Code))
		}
		p("| [%s](#%s) | %s | %s |\n", pp.Name[l], pp.ID, strings.Join(names, "; "), cat.Period(l, pp.Retention.Period, pp.Retention.Unit))
	}

	p("\n## %s\n", T("notice.purposes"))
	has := map[string]bool{}
	for _, pp := range ps {
		// Each purpose's facts are a definition list, as on a policysite
		// page (Hugo's goldmark has the definition-list extension on).
		p("\n### %s\n\n%s\n\n", pp.Name[l], pp.Description[l])
		var basis []string
		for _, bs := range pp.Bases {
			basis = append(basis, fmt.Sprintf("%s (%s). %s", T("basis."+bs.Code), T("basis.article", notice.BasisPoint(bs.Code)), T("basis."+bs.Code+".explain")))
			if len(bs.Laws) > 0 {
				var laws []string
				for _, lw := range bs.Laws {
					laws = append(laws, "- "+lw[l])
				}
				basis = append(basis, T("notice.laws")+":\n\n"+strings.Join(laws, "\n"))
			}
		}
		dd(&b, T("notice.legal-basis"), strings.Join(basis, "\n\n"))
		if pp.LegitimateInterests != nil {
			dd(&b, T("notice.legitimate-interests"), pp.LegitimateInterests[l])
		}
		if s := pp.Special; s != nil {
			letter := s.Condition
			dd(&b, T("notice.special"), fmt.Sprintf("%s\n\n%s (%s)", s.Data[l], T("art9."+letter), T("art9.article", letter)))
		}
		dd(&b, T("notice.subjects"), pp.Subjects[l])
		dd(&b, T("notice.categories"), pp.Categories[l])
		source := T("datafrom." + pp.DataFrom)
		if pp.Sources != nil {
			source += "\n\n" + pp.Sources[l]
		}
		dd(&b, T("notice.source"), source)
		dd(&b, T("notice.recipients"), pp.Recipients[l])
		transfers := T("transfers.none")
		if len(pp.Transfers) > 0 {
			var list []string
			for _, tr := range pp.Transfers {
				list = append(list, fmt.Sprintf("- %s: %s. %s", tr.To[l], T("safeguard."+tr.Safeguard), tr.Details[l]))
			}
			transfers = strings.Join(list, "\n")
		}
		dd(&b, T("notice.transfers"), transfers)
		dd(&b, T("notice.retention"), cat.Period(l, pp.Retention.Period, pp.Retention.Unit))
		if pp.Retention.From != nil {
			dd(&b, T("notice.retention.from"), pp.Retention.From[l])
		}
		dd(&b, T("notice.requirement"), T("requirement."+pp.Requirement.Kind))
		if pp.Requirement.Consequence != nil {
			dd(&b, T("notice.consequence"), pp.Requirement.Consequence[l])
		}
		dd(&b, T("notice.automated"), T("automated.none"))
		if pp.Video != nil {
			var areas []string
			for _, a := range pp.Video.Areas {
				areas = append(areas, "- "+a[l])
			}
			dd(&b, T("notice.video.areas"), strings.Join(areas, "\n"))
		}
		var rs []string
		for _, r := range pp.Rights() {
			has[r] = true
			rs = append(rs, fmt.Sprintf("- [%s](#right-%s)", T("right."+r), r))
		}
		dd(&b, T("notice.purpose-rights"), strings.Join(rs, "\n"))
	}

	p("\n## %s\n\n%s\n\n", T("notice.rights"), T("notice.rights.intro"))
	for _, r := range notice.RightCodes() {
		if has[r] {
			p("### %s\n\n%s\n\n", T("right."+r), T("right."+r+".explain"))
		}
	}
	p("### %s\n\n%s\n\n%s\n\n", T("notice.exercise"), T("notice.exercise.standard"), in.Exercise[l])
	a := t.site.Authority
	p("## %s\n\n%s\n\n%s, %s, %s, %s, %s\n\n", T("notice.complaint"), T("notice.complaint.text"),
		a.Name[l], a.Address, a.Phone, a.Email, a.Web)
	p("## %s\n\n### %s\n\n%s, %s, %s, %s\n\n", T("notice.contacts"), T("notice.institution"), in.Name[l], in.Address, in.Phone, in.Email)
	c := in.Controller
	p("### %s\n\n%s, %s, %s, %s\n\n", T("notice.controller"), c.Name[l], c.Address, c.Phone, c.Email)
	if in.DPO != nil {
		p("### %s\n\n%s, %s, %s\n\n", T("notice.dpo"), in.DPO.Role[l], in.DPO.Email, in.DPO.Phone)
	}
	if in.PrivacyContact != nil {
		p("### %s\n\n%s, %s\n\n", T("notice.privacy-contact"), in.PrivacyContact.Role[l], in.PrivacyContact.Email)
	}
	p("## %s\n\n%s\n\n## %s\n\n%s\n\n", T("notice.security"), in.Security[l], T("notice.cookies"), in.Cookies[l])
	for _, s := range in.Sections {
		p("## %s\n\n%s\n\n", s.Title[l], s.Body[l])
	}
	p("## %s\n\n%s %s · %s %s\n", T("notice.history"), T("notice.effective"), in.Document.Effective.String(),
		T("notice.version"), in.Document.Version)
	return b.String()
}

// dd writes one term of a Markdown definition list with its definition,
// indenting the definition's further lines to keep them inside it.
func dd(b *strings.Builder, term, def string) {
	fmt.Fprintf(b, "%s\n:   %s\n\n", term, strings.ReplaceAll(def, "\n", "\n    "))
}
