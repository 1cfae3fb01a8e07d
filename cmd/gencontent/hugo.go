package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// labels are the headings of the Hugo pages, per language.
func labels() map[string]map[string]string {
	return map[string]map[string]string{
		"lv": {
			"summary": "Kopsavilkums", "purpose": "Nolūks", "basis": "Tiesiskais pamats",
			"retention": "Glabāšanas termiņš", "subjects": "Datu subjekti", "categories": "Datu kategorijas",
			"sources": "Datu avoti", "recipients": "Saņēmēji", "transfers": "Nodošana trešajām valstīm",
			"requirement": "Vai dati jāsniedz", "interests": "Leģitīmās intereses", "areas": "Novērotās vietas",
			"rights": "Jūsu tiesības", "exercise": "Kā izmantot tiesības", "security": "Drošība",
			"cookies": "Sīkdatnes", "contacts": "Kontakti", "controller": "Pārzinis", "dpo": "Datu aizsardzības speciālists",
			"none": "Dati netiek nodoti uz trešajām valstīm.", "version": "Versija", "effective": "Spēkā no",
			"complaint":  "Jums ir tiesības iesniegt sūdzību Datu valsts inspekcijā, Elijas iela 17, Rīga, LV-1050, pasts@dvi.gov.lv.",
			"rightsText": "Jums ir tiesības piekļūt saviem datiem, lūgt tos labot vai dzēst, ierobežot apstrādi un iebilst pret to. Ja apstrāde balstīta uz piekrišanu, jūs varat to jebkurā laikā atsaukt; tas neietekmē iepriekš veiktās apstrādes likumību. Datus, ko sniedzāt ar piekrišanu vai līguma dēļ, varat saņemt mašīnlasāmā formātā.",
		},
		"en": {
			"summary": "Summary", "purpose": "Purpose", "basis": "Legal basis",
			"retention": "Retention", "subjects": "Data subjects", "categories": "Categories of data",
			"sources": "Sources", "recipients": "Recipients", "transfers": "Transfers to third countries",
			"requirement": "Must the data be provided", "interests": "Legitimate interests", "areas": "Monitored areas",
			"rights": "Your rights", "exercise": "How to exercise your rights", "security": "Security",
			"cookies": "Cookies", "contacts": "Contacts", "controller": "Controller", "dpo": "Data protection officer",
			"none": "The data are not transferred to third countries.", "version": "Version", "effective": "Effective from",
			"complaint":  "You have the right to lodge a complaint with the Data State Inspectorate, Elijas iela 17, Rīga, LV-1050, pasts@dvi.gov.lv.",
			"rightsText": "You have the right to access your data, ask for them to be corrected or erased, restrict processing and object to it. Where processing is based on consent, you can withdraw it at any time without affecting the lawfulness of earlier processing. Data you provided under consent or a contract can be given to you in a machine-readable format.",
		},
	}
}

// writeHugo writes the current notice of every institution in t as a
// Markdown page per language under dir/content, in Hugo's
// <name>.<lang>.md form, with the same text as the content tree.
func writeHugo(t *tree, dir string) error {
	lb := labels()
	for _, in := range t.institutions {
		for _, l := range t.site.Languages {
			name := filepath.Join(dir, "content", in.ID+"."+l+".md")
			if err := writeFile(name, []byte(hugoPage(in, t, l, lb[l]))); err != nil {
				return err
			}
		}
	}
	return nil
}

// hugoPage is the Markdown page of in's notice in lang l.
func hugoPage(in institutionFile, t *tree, l string, lb map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %s\n---\n\n", in.Name[l]+" — "+in.Document.Title[l], in.Document.Effective)
	fmt.Fprintf(&b, "%s. %s: %s. %s: %s.\n\n", in.Document.IssuedUnder[l], lb["version"], in.Document.Version, lb["effective"], in.Document.Effective)
	ps := resolve(in, t.shared)
	fmt.Fprintf(&b, "## %s\n\n| %s | %s | %s |\n|---|---|---|\n", lb["summary"], lb["purpose"], lb["basis"], lb["retention"])
	for _, p := range ps {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s |\n", p.Name[l], p.ID, bases(p), retentionText(p, l))
	}
	for _, p := range ps {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\n", p.Name[l], p.Description[l])
		fmt.Fprintf(&b, "**%s:** %s", lb["basis"], bases(p))
		for _, bs := range p.LegalBasis {
			for _, lw := range bs.Laws {
				fmt.Fprintf(&b, "; %s", lw[l])
			}
		}
		b.WriteString("\n\n")
		if p.LegitimateInterests != nil {
			fmt.Fprintf(&b, "**%s:** %s\n\n", lb["interests"], p.LegitimateInterests[l])
		}
		fmt.Fprintf(&b, "**%s:** %s\n\n**%s:**\n\n%s\n\n", lb["subjects"], p.Subjects[l], lb["categories"], p.Categories[l])
		if p.Sources != nil {
			fmt.Fprintf(&b, "**%s:** %s\n\n", lb["sources"], p.Sources[l])
		}
		fmt.Fprintf(&b, "**%s:** %s\n\n", lb["recipients"], p.Recipients[l])
		if ts, ok := p.Transfers.([]transfer); ok {
			for _, tr := range ts {
				fmt.Fprintf(&b, "**%s:** %s (%s). %s\n\n", lb["transfers"], tr.To[l], tr.Safeguard, tr.Details[l])
			}
		} else {
			fmt.Fprintf(&b, "**%s:** %s\n\n", lb["transfers"], lb["none"])
		}
		fmt.Fprintf(&b, "**%s:** %s\n\n", lb["retention"], retentionText(p, l))
		if p.Requirement != nil && p.Requirement.Consequence != nil {
			fmt.Fprintf(&b, "**%s:** %s\n\n", lb["requirement"], p.Requirement.Consequence[l])
		}
		if p.Video != nil {
			fmt.Fprintf(&b, "**%s:**\n\n", lb["areas"])
			for _, a := range p.Video.Areas {
				fmt.Fprintf(&b, "- %s\n", a[l])
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "\n## %s\n\n%s\n\n%s\n\n", lb["rights"], lb["rightsText"], lb["complaint"])
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", lb["exercise"], in.Exercise[l])
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", lb["security"], in.Security[l])
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", lb["cookies"], in.Cookies[l])
	for _, s := range in.Sections {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", s.Title[l], s.Body[l])
	}
	fmt.Fprintf(&b, "## %s\n\n%s, %s, %s, %s\n\n", lb["contacts"], in.Name[l], in.Address, in.Phone, in.Email)
	if in.DPO != nil {
		fmt.Fprintf(&b, "%s: %s, %s\n", lb["dpo"], in.DPO.Email, in.DPO.Phone)
	}
	return b.String()
}

// bases lists a purpose's legal basis codes with their Art 6(1) points.
func bases(p purpose) string {
	var s []string
	for _, b := range p.LegalBasis {
		s = append(s, "GDPR 6(1) "+b.Basis)
	}
	return strings.Join(s, ", ")
}

// retentionText is a purpose's retention in words.
func retentionText(p purpose, l string) string {
	r := p.Retention
	if r == nil {
		return ""
	}
	s := fmt.Sprintf("%d %s", r.Period, r.Unit)
	if r.From != nil {
		s += " " + r.From[l]
	}
	if r.Criteria != nil {
		s += "; " + r.Criteria[l]
	}
	return s
}
