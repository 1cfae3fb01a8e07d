package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"policysite/generator/notice"
)

// sharedVideoID is the id of the shared video-surveillance purpose.
const sharedVideoID = "video-surveillance"

// tree is a whole synthetic content tree, ready to be written. Its
// records are the content model as the loader would return it: each
// institution's purposes resolved, a shared purpose's use a copy of it
// with Shared set, and every controller's File where it is written.
type tree struct {
	site         *notice.Site
	controllers  []*notice.Controller // sorted by id
	shared       []*notice.Purpose
	institutions []*notice.Institution
	archive      []*notice.Institution // earlier versions, self-contained
}

// langs are the languages of the synthetic site.
func langs() []string { return []string{"lv", "en"} }

// baseURL is where the synthetic site is served.
const baseURL = "https://privatums.example.lv/"

// purposesPer is how many purposes each institution has.
const purposesPer = 12

// generate makes the content tree of n institutions from seed. Each
// institution depends only on the seed and its index, not on n.
func generate(n int, seed uint64) *tree {
	t := &tree{site: siteDoc()}
	ls := langs()
	ps := places()
	usedCtl := map[string]bool{}
	g0 := &textGen{r: rand.New(rand.NewPCG(seed, 1<<62)), vocab: newWords()}
	t.shared = append(t.shared, sharedVideo(g0, ls))
	for i := 0; i < n; i++ {
		g := &textGen{r: rand.New(rand.NewPCG(seed, uint64(i))), vocab: newWords()}
		pl := ps[i%len(ps)]
		ctl := municipality(pl)
		in := institution(g, i, pl, ls, t.shared[0])
		if in.Controller == nil {
			in.Controller = ctl
			if !usedCtl[ctl.ID] {
				usedCtl[ctl.ID] = true
				t.controllers = append(t.controllers, ctl)
			}
		}
		if i%10 == 0 {
			t.archive = append(t.archive, archiveOf(g, in, ls))
		}
		t.institutions = append(t.institutions, in)
	}
	return t
}

// siteDoc is the site.yaml of the synthetic site.
func siteDoc() *notice.Site {
	return &notice.Site{
		Title:           notice.Text{"lv": "Privātuma paziņojumi", "en": "Privacy notices"},
		BaseURL:         baseURL,
		Languages:       langs(),
		DefaultLanguage: "lv",
		Authority: notice.Authority{
			Name:    notice.Text{"lv": "Datu valsts inspekcija", "en": "Data State Inspectorate"},
			Address: "Elijas iela 17, Rīga, LV-1050",
			Phone:   "+371 67223131",
			Email:   "pasts@dvi.gov.lv",
			Web:     "https://www.dvi.gov.lv/",
		},
		Accessibility: notice.Accessibility{
			Status:   "partial",
			Assessed: date("2025-09-01"),
			Method:   notice.Text{"lv": "Pašnovērtējums ar automātiskiem rīkiem un manuālu pārbaudi.", "en": "Self-assessment with automated tools and a manual review."},
			Email:    "piekluvesprasibas@example.lv",
			Issues:   []notice.Text{{"lv": "Daži PDF dokumenti nav pilnībā pieejami ekrāna lasītājiem.", "en": "Some PDF documents are not fully accessible to screen readers."}},
		},
	}
}

// date parses a YYYY-MM-DD date written in this program.
func date(s string) notice.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return notice.Date{Time: t}
}

// municipality is the controller of the institutions in pl, written in
// controllers/.
func municipality(pl place) *notice.Controller {
	id := "pasvaldiba-" + pl.slug
	return &notice.Controller{
		ID:      id,
		Name:    notice.Text{"lv": pl.lv + " novada pašvaldība", "en": pl.en + " Municipality"},
		RegNo:   fmt.Sprintf("9000%07d", len(pl.slug)*104729%9999999),
		Address: "Pils iela 1, " + pl.en + ", LV-" + fmt.Sprint(3000+len(pl.slug)*7),
		Phone:   "+371 64" + fmt.Sprintf("%06d", len(pl.lv)*12345%1000000),
		Email:   "dome@" + pl.slug + ".example.lv",
		Web:     "https://www." + pl.slug + ".example.lv/",
		File:    "controllers/" + id + ".yaml",
	}
}

// sharedVideo is the shared video-surveillance purpose of purposes/.
func sharedVideo(g *textGen, ls []string) *notice.Purpose {
	return &notice.Purpose{
		ID:   sharedVideoID,
		Name: notice.Text{"lv": "Videonovērošana", "en": "Video surveillance"},
		// The description is printed on every warning sign: short enough
		// for an A5 sign in both languages at 24 pt.
		Description: notice.Text{
			"lv": "Iestāde novēro ieejas un gaiteņus drošības nolūkā.",
			"en": "The institution monitors entrances and corridors for safety.",
		},
		// Public task only: a public authority cannot rely on legitimate
		// interests for its tasks (Article 6(1), last subparagraph), and
		// the sign has room for one basis.
		Bases: []notice.Basis{
			{Code: notice.PublicTask, Laws: []notice.Text{{"lv": "Pašvaldību likums", "en": "Law on Local Governments"}}},
		},
		Subjects:   notice.Text{"lv": "Personas, kas atrodas novērotajā teritorijā.", "en": "People in the monitored area."},
		Categories: notice.Text{"lv": "- videoattēls\n- ieraksta datums un laiks", "en": "- video image\n- date and time of the recording"},
		DataFrom:   "subject",
		Recipients: notice.Text{
			"lv": "Valsts policija un tiesa pēc pamatota pieprasījuma; [Datu valsts inspekcija](https://www.dvi.gov.lv/).",
			"en": "The State Police and courts on a justified request; the [Data State Inspectorate](https://www.dvi.gov.lv/).",
		},
		Transfers:   []notice.Transfer{},
		Retention:   notice.Retention{Period: 30, Unit: "days", From: notice.Text{"lv": "no ieraksta brīža", "en": "from the time of recording"}},
		Requirement: notice.Requirement{Kind: "voluntary"},
		Video: &notice.Video{Areas: []notice.Text{
			{"lv": "Ēkas ieejas", "en": "Building entrances"},
			{"lv": "Gaiteņi", "en": "Corridors"},
		}},
		File: "purposes/" + sharedVideoID + ".yaml",
	}
}

// institution makes institution i in place pl. A private institution
// (every tenth, from the sixth) has an inline controller and a privacy
// contact instead of a DPO; the others leave Controller for the caller.
func institution(g *textGen, i int, pl place, ls []string, shared *notice.Purpose) *notice.Institution {
	k := kinds()[i%len(kinds())]
	id := fmt.Sprintf("%s-%04d", k.slug, i+1)
	domain := id + ".example.lv"
	phone := fmt.Sprintf("+371 67%06d", (i*7919+123457)%1000000)
	eff := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(600))
	var recipients notice.Text // the institution's defaults
	in := &notice.Institution{
		ID:      id,
		Name:    notice.Text{"lv": pl.lv + " " + k.lv + " Nr. " + fmt.Sprint(i+1), "en": pl.en + " " + k.en + " No. " + fmt.Sprint(i+1)},
		RegNo:   fmt.Sprintf("4%010d", (i*15485863+1)%10000000000),
		Address: fmt.Sprintf("Skolas iela %d, %s, LV-%d", 1+i%97, pl.en, 1000+i%4000),
		Phone:   phone,
		Email:   "info@" + domain,
		Web:     "https://" + domain + "/",
		Public:  true,
		DPO: &notice.Contact{
			Role:  notice.Text{"lv": "Personas datu aizsardzības speciālists", "en": "Data protection officer"},
			Phone: fmt.Sprintf("+371 29%06d", (i*104729+7)%1000000),
			Email: "dpo@" + domain,
		},
		Document: notice.Document{
			Title:       notice.Text{"lv": "Privātuma politika", "en": "Privacy policy"},
			IssuedUnder: notice.Text{"lv": "Izdota saskaņā ar Vispārīgās datu aizsardzības regulas 13. un 14. pantu", "en": "Issued under Articles 13 and 14 of the General Data Protection Regulation"},
			ApprovedBy:  notice.Text{"lv": "Ar direktora rīkojumu", "en": "By order of the head"},
			Effective:   notice.Date{Time: eff},
			Version:     "1",
		},
		Exercise: func() notice.Text {
			recipients = perLang(ls, func(l string) string { return g.sentences(l, 2, true) })
			return perLang(ls, func(l string) string { return g.sentences(l, 1, true) + "\n\n" + g.list(l, 3) })
		}(),
		Security: perLang(ls, func(l string) string { return g.sentences(l, 3, true) }),
		Cookies:  perLang(ls, func(l string) string { return g.sentences(l, 2, true) }),
		File:     "institutions/" + id + ".yaml",
		Sections: []notice.Section{{
			ID:    "changes",
			Title: notice.Text{"lv": "Politikas grozījumi", "en": "Changes to this policy"},
			Body:  perLang(ls, func(l string) string { return g.sentences(l, 2, true) }),
		}},
	}
	if i%10 == 5 {
		in.Public = false
		in.Name = notice.Text{"lv": "Privātā " + k.lv + " \"" + pl.lv + " gaisma\"", "en": "Private " + k.en + " \"" + pl.en + " Light\""}
		in.Controller = &notice.Controller{
			File:    in.File,
			ID:      "sia-" + id,
			Name:    notice.Text{"lv": "SIA \"" + pl.en + " izglītība " + fmt.Sprint(i+1) + "\"", "en": "SIA \"" + pl.en + " izglītība " + fmt.Sprint(i+1) + "\""},
			RegNo:   fmt.Sprintf("5%010d", (i*32452843+3)%10000000000),
			Address: in.Address,
			Phone:   phone,
			Email:   "birojs@" + domain,
		}
		in.DPO = nil
		in.PrivacyContact = &notice.Contact{
			Role:  notice.Text{"lv": "Datu aizsardzības kontaktpersona", "en": "Data protection contact"},
			Email: "privatums@" + domain,
		}
	}
	if i%10 == 0 {
		in.Document.Version = "2"
		in.Document.Changes = perLang(ls, func(l string) string { return g.sentences(l, 1, false) })
	}
	hasVideo := i%3 == 0
	n := purposesPer
	if hasVideo {
		n--
	}
	pk := purposeKinds()
	// The institution's defaults, as a municipality's schools write
	// them: the recipients, no transfers and no automated decisions, for
	// every purpose that does not say otherwise.
	in.Defaults = &notice.Defaults{Keys: []string{"recipients", "transfers", "automated"}}
	in.Defaults.Recipients, in.Defaults.Transfers = recipients, []notice.Transfer{}
	for j := 0; j < n; j++ {
		p := ownPurpose(g, pk[(i+j)%len(pk)], i, ls)
		if p.Recipients == nil {
			p.Recipients = recipients
			p.FromDefaults = append(p.FromDefaults, "recipients")
		}
		if p.Transfers == nil {
			p.Transfers = []notice.Transfer{}
			p.FromDefaults = append(p.FromDefaults, "transfers")
		}
		p.FromDefaults = append(p.FromDefaults, "automated") // none
		in.Purposes = append(in.Purposes, p)
	}
	if hasVideo {
		use := *shared
		use.Shared, use.File = shared.ID, in.File
		use.Video = &notice.Video{Areas: []notice.Text{
			{"lv": "Ieeja no " + capitalize(g.word("lv")) + " puses", "en": "Entrance on the " + g.word("en") + " side"},
			{"lv": "Sporta zāle", "en": "Gym"},
			{"lv": "Pagalms", "en": "Yard"},
		}}
		in.Purposes = append(in.Purposes, &use)
	}
	return in
}

// ownPurpose makes a purpose of kind k written in full.
func ownPurpose(g *textGen, k purposeKind, i int, ls []string) *notice.Purpose {
	withList := g.r.IntN(3) == 0
	items := 4 + g.r.IntN(3)
	p := &notice.Purpose{
		ID:       k.id,
		Name:     notice.Text{"lv": k.lv, "en": k.en},
		DataFrom: "subject",
		// Transfers nil: the institution's defaults (none), unless set.
		Description: perLang(ls, func(l string) string {
			s := g.sentences(l, 2, true)
			if withList {
				s += "\n\n" + g.list(l, 3)
			}
			return s
		}),
		Subjects:   perLang(ls, func(l string) string { return capitalize(g.phrase(l, 3+g.r.IntN(3))) }),
		Categories: perLang(ls, func(l string) string { return g.list(l, items) }),
		Retention: notice.Retention{
			Period: 1 + g.r.IntN(10),
			Unit:   []string{"months", "years"}[g.r.IntN(2)],
			From:   perLang(ls, func(l string) string { return g.phrase(l, 4) }),
		},
	}
	b := notice.Basis{Code: k.basis}
	if k.law >= 0 {
		lw := laws()[k.law]
		b.Laws = []notice.Text{{"lv": lw.lv, "en": lw.en}}
	}
	p.Bases = []notice.Basis{b}
	if k.basis == "legitimate-interests" {
		p.LegitimateInterests = perLang(ls, func(l string) string { return g.sentences(l, 1, true) })
	}
	if k.basis == "consent" {
		// How to withdraw consent (GDPR Art 7(3)): without it the notice
		// is a draft, and a build publishes only complete notices.
		p.Withdraw = notice.Text{
			"lv": "Piekrišanu var jebkurā brīdī atsaukt, rakstot iestādei.",
			"en": "Consent may be withdrawn at any time by writing to the institution.",
		}
	}
	if k.special != "" {
		p.Special = &notice.SpecialCategories{
			Data:      notice.Text{"lv": "Veselības dati", "en": "Health data"},
			Condition: strings.TrimSuffix(strings.TrimPrefix(k.special, "9(2)("), ")"),
		}
	}
	if k.dataFrom != "" {
		p.DataFrom = k.dataFrom
		p.Sources = perLang(ls, func(l string) string {
			return g.sentences(l, 1, false) + " [" + map[string]string{"lv": "Valsts izglītības informācijas sistēma", "en": "State Education Information System"}[l] + "](https://www.viis.gov.lv/)"
		})
	}
	switch k.basis {
	case "consent", "legitimate-interests":
		p.Requirement = notice.Requirement{Kind: "voluntary"}
	case "contract":
		p.Requirement = notice.Requirement{Kind: "contractual", Consequence: perLang(ls, func(l string) string { return g.sentences(l, 1, false) })}
	default:
		p.Requirement = notice.Requirement{Kind: "statutory", Consequence: perLang(ls, func(l string) string { return g.sentences(l, 1, false) })}
	}
	if g.r.IntN(3) == 0 {
		p.Recipients = perLang(ls, func(l string) string { return g.sentences(l, 1, true) + "\n\n" + g.list(l, 2) })
	}
	if k.id == "website" && i%7 == 3 {
		p.Transfers = []notice.Transfer{{
			To:        notice.Text{"lv": "Amerikas Savienotās Valstis", "en": "United States"},
			Safeguard: "adequacy-decision",
			Details:   notice.Text{"lv": "ES un ASV datu privātuma regulējums", "en": "EU-U.S. Data Privacy Framework"},
		}}
	}
	return p
}

// archiveOf makes the previous version of in: self-contained, with the
// controller inline and every purpose in full, effective a year or more
// before the current one.
func archiveOf(g *textGen, in *notice.Institution, ls []string) *notice.Institution {
	a := *in
	a.Archived = true
	a.Document.Effective = notice.Date{Time: in.Document.Effective.AddDate(-1, 0, -g.r.IntN(365))}
	a.Document.Version = "1"
	a.Document.Changes = nil
	// The old version had one purpose fewer and other wording; its
	// purposes are written in full.
	a.Purposes = nil
	for _, p := range in.Purposes[1:] {
		full := *p
		full.Shared = ""
		a.Purposes = append(a.Purposes, &full)
	}
	a.Security = perLang(ls, func(l string) string { return g.sentences(l, 2, false) })
	return &a
}

// textBytes counts the bytes of readable text in lang in an institution's
// current notice, as a measure of the page's size.
func textBytes(in *notice.Institution, lang string) int {
	n := len(in.Name[lang]) + len(in.Exercise[lang]) + len(in.Security[lang]) + len(in.Cookies[lang])
	for _, s := range in.Sections {
		n += len(s.Title[lang]) + len(s.Body[lang])
	}
	for _, p := range in.Purposes {
		n += len(p.Name[lang]) + len(p.Description[lang]) + len(p.LegitimateInterests[lang]) +
			len(p.Subjects[lang]) + len(p.Categories[lang]) + len(p.Sources[lang]) + len(p.Recipients[lang])
		for _, b := range p.Bases {
			for _, l := range b.Laws {
				n += len(l[lang])
			}
		}
		n += len(p.Retention.From[lang]) + len(p.Retention.Criteria[lang])
		n += len(p.Requirement.Consequence[lang])
		if p.Video != nil {
			for _, a := range p.Video.Areas {
				n += len(a[lang])
			}
		}
	}
	return n
}
