package jsonld

import (
	"time"

	"policysite/generator/notice"
)

// text is a text in both fixture languages.
func text(lv, en string) notice.Text { return notice.Text{"lv": lv, "en": en} }

// fixture is a notice that exercises every legal basis, every Art 9(2)
// condition, every right, every transfer safeguard, automated decisions,
// a purpose's own DPO and every retention form.
func fixture() (*notice.Site, *notice.Institution) {
	site := &notice.Site{
		BaseURL:         "https://example.lv/",
		Languages:       []string{"lv", "en"},
		DefaultLanguage: "lv",
		Authority:       notice.Authority{Name: text("Datu valsts inspekcija", "Data State Inspectorate"), Email: "pasts@dvi.gov.lv"},
	}
	in := &notice.Institution{
		ID:         "fixture",
		Name:       text("Iestāde", "Institution"),
		Address:    "Iela 1, Rīga",
		Phone:      "+371 60000000",
		Email:      "info@example.lv",
		Controller: &notice.Controller{ID: "ctrl", Name: text("Pārzinis", "Controller"), RegNo: "90000000000", Email: "ctrl@example.lv"},
		DPO:        &notice.Contact{Name: "Anna Bērziņa", Role: text("DAS", "DPO"), Email: "das@example.lv"},
		Public:     true,
		Document:   notice.Document{Title: text("Paziņojums", "Notice"), Effective: notice.Date{Time: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}, Version: "3"},
	}
	units := notice.RetentionUnits()
	for i, code := range notice.BasisCodes() {
		p := &notice.Purpose{
			ID:         "basis-" + code,
			Name:       text("Mērķis "+code, "Purpose "+code),
			Bases:      []notice.Basis{{Code: code, Laws: []notice.Text{text("Likums", "Law")}}},
			Subjects:   text("Personas", "People"),
			Categories: text("Vārds", "Name"),
			DataFrom:   []string{"subject", "others", "both"}[i%3],
			Sources:    text("Reģistrs", "Register"),
			Recipients: text("Neviens", "Nobody"),
			Retention:  notice.Retention{Period: i + 1, Unit: units[i%len(units)], From: text("no beigām", "from the end")},
		}
		if code == notice.LegitimateInterests {
			p.LegitimateInterests = text("Drošība", "Security")
		}
		in.Purposes = append(in.Purposes, p)
	}
	for l := 'a'; l <= 'j'; l++ {
		in.Purposes = append(in.Purposes, &notice.Purpose{
			ID:         "special-" + string(l),
			Name:       text("Īpašie "+string(l), "Special "+string(l)),
			Bases:      []notice.Basis{{Code: notice.PublicTask}},
			Special:    &notice.SpecialCategories{Data: text("Veselība", "Health"), Condition: string(l), Laws: []notice.Text{text("Likums 9", "Law 9")}},
			Subjects:   text("Pacienti", "Patients"),
			Categories: text("Veselības dati", "Health data"),
			DataFrom:   "subject",
			Recipients: text("Ārsti", "Doctors"),
			Retention:  notice.Retention{Criteria: text("Kamēr vajag", "While needed")},
		})
	}
	var transfers []notice.Transfer
	for _, s := range notice.SafeguardCodes() {
		transfers = append(transfers, notice.Transfer{To: text("ASV", "USA"), Safeguard: s, Details: text("Līgums", "Contract")})
	}
	in.Purposes = append(in.Purposes, &notice.Purpose{
		ID:         "automated",
		Name:       text("Profilēšana", "Profiling"),
		Bases:      []notice.Basis{{Code: notice.Consent}, {Code: notice.Contract}},
		Subjects:   text("Klienti", "Customers"),
		Categories: text("Pirkumi", "Purchases"),
		DataFrom:   "subject",
		Recipients: text("Apstrādātājs", "Processor"),
		Transfers:  transfers,
		Retention:  notice.Retention{Period: 2, Unit: "weeks", Criteria: text("Vai beigām", "Or the end")},
		Automated:  &notice.Automated{Logic: text("Punkti", "Scores"), Consequences: text("Atlaide", "Discount")},
		DPO:        &notice.Contact{Email: "cits@example.lv", Phone: "+371 61111111"},
	})
	// The purpose constructs of issue 11: processors, direct marketing,
	// children, publicly accessible sources, the part resting on consent.
	yes, no := true, false
	in.Purposes = append(in.Purposes, &notice.Purpose{
		ID:              "marketing",
		Name:            text("Piedāvājumi", "Offers"),
		Bases:           []notice.Basis{{Code: notice.Consent}, {Code: notice.LegitimateInterests}},
		ConsentCovers:   text("E-pasta piedāvājumi", "Offers by e-mail"),
		DirectMarketing: true,
		Children:        &notice.Children{ConsentBy: "both", Age: 13},
		Subjects:        text("Klienti", "Customers"),
		Categories:      text("E-pasts", "E-mail"),
		DataFrom:        "both",
		Sources:         text("Uzņēmumu reģistrs", "Register of Enterprises"),
		SourcesPublic:   &yes,
		Recipients:      text("Apstrādātāji", "Processors"),
		Processors: &notice.Processors{
			Categories: text("IT pakalpojumu sniedzēji", "IT service providers"),
			Named:      []notice.Processor{{Name: "SIA Piemērs", Role: text("sūta e-pastus", "sends the e-mails")}},
		},
		Retention: notice.Retention{Period: 1, Unit: "years"},
	}, &notice.Purpose{
		ID:            "registers",
		Name:          text("Reģistri", "Registers"),
		Bases:         []notice.Basis{{Code: notice.LegalObligation, Laws: []notice.Text{text("Likums", "Law")}}},
		Subjects:      text("Personas", "People"),
		Categories:    text("Vārds", "Name"),
		DataFrom:      "others",
		Sources:       text("Iestādes", "Authorities"),
		SourcesPublic: &no,
		Recipients:    text("Neviens", "Nobody"),
		Retention:     notice.Retention{Period: 5, Unit: "years"},
	})
	return site, in
}
