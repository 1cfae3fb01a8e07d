package pdf

import (
	"strings"
	"testing"
	"time"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// The fixtures are Go values, independent of the YAML loader.

func tx(lv, en string) notice.Text { return notice.Text{"lv": lv, "en": en} }

func testSite() *notice.Site {
	return &notice.Site{
		Title:           tx("Privātuma paziņojumi", "Privacy notices"),
		BaseURL:         "https://privatums.example.lv/",
		Languages:       []string{"lv", "en"},
		DefaultLanguage: "lv",
		Authority: notice.Authority{
			Name:    tx("Datu valsts inspekcija", "Data State Inspectorate"),
			Address: "Elijas iela 17, Rīga, LV-1050",
			Phone:   "+371 67223131",
			Email:   "pasts@dvi.gov.lv",
			Web:     "https://www.dvi.gov.lv",
		},
	}
}

func testMaker(t testing.TB) *Maker {
	t.Helper()
	m, err := New(testSite(), i18n.New(nil))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func date(s string) notice.Date {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return notice.Date{Time: d}
}

func babite() *notice.Controller {
	return &notice.Controller{
		ID:      "babites-novada-pasvaldiba",
		Name:    tx("Babītes novada pašvaldība", "Babīte Municipality"),
		RegNo:   "90000028870",
		Address: "Centra iela 4, Piņķi, Babītes pagasts, Babītes novads, LV-2107",
		Phone:   "+371 67914650",
		Email:   "dome@babite.lv",
		Web:     "https://www.babite.lv",
	}
}

func videoPurpose() *notice.Purpose {
	return &notice.Purpose{
		ID:          "video-surveillance",
		Name:        tx("Videonovērošana", "Video surveillance"),
		Description: tx("Telpu un teritorijas **videonovērošana**.", "Video surveillance of the *premises* and grounds."),
		Bases:       []notice.Basis{{Code: notice.PublicTask, Laws: []notice.Text{tx("Pašvaldību likums", "Local Government Law")}}},
		Subjects:    tx("Personas, kas atrodas videonovērošanas zonā", "People in the area under video surveillance"),
		Categories:  tx("Videoieraksts ar personas attēlu.", "Video recording of the person's image."),
		Recipients:  tx("Pārziņa pilnvaroti darbinieki.", "Staff authorised by the controller."),
		Retention:   notice.Retention{Period: 14, Unit: "days", From: tx("no ieraksta brīža", "from the time of recording")},
		Requirement: notice.Requirement{Kind: "voluntary"},
		Video: &notice.Video{Areas: []notice.Text{
			tx("Iestādes ēkas ieejas un teritorija", "The institution's building entrances and grounds"),
		}},
	}
}

// saimite is a preschool with one video-surveillance purpose.
func saimite() *notice.Institution {
	return &notice.Institution{
		ID:         "saimite",
		Name:       tx("Babītes novada pirmsskolas izglītības iestāde „Saimīte”", "Babīte Municipality preschool “Saimīte”"),
		RegNo:      "4401901570",
		Address:    "Jūrmalas iela 14A, Piņķi, Babītes pagasts, LV-2107",
		Phone:      "+371 67914444",
		Email:      "saimite@babite.lv",
		Controller: babite(),
		DPO: &notice.Contact{
			Name:  "Jānis Ķirsis",
			Role:  tx("Datu aizsardzības speciālists", "Data protection officer"),
			Phone: "+371 67914651",
			Email: "das@babite.lv",
		},
		Public: true,
		Document: notice.Document{
			Title:     tx("Personas datu apstrādes noteikumi", "Personal data processing rules"),
			Effective: date("2024-09-01"),
			Version:   "2",
		},
		Rules: &notice.Rules{
			Title:       tx("Iekšējie personas datu apstrādes noteikumi", "Internal rules on processing personal data"),
			IssuedUnder: tx("rīkojums Nr. 1-5/12", "Order No. 1-5/12"),
			Date:        date("2024-08-30"),
			ApprovedBy:  tx("vadītāja Ilze Ērgle", "Head Ilze Ērgle"),
		},
		Purposes: []*notice.Purpose{
			{
				ID:    "pupils",
				Name:  tx("Izglītojamo uzskaite", "Records of pupils"),
				Bases: []notice.Basis{{Code: notice.LegalObligation}},
			},
			videoPurpose(),
		},
	}
}

// shop is a private controller without a DPO, with two video purposes
// that differ in retention and basis.
func shop() *notice.Institution {
	v1 := videoPurpose()
	v1.ID = "cctv-shop"
	v1.Name = tx("Veikala zāles videonovērošana", "Video surveillance of the shop floor")
	v1.Bases = []notice.Basis{{Code: notice.LegitimateInterests}}
	v1.LegitimateInterests = tx("Īpašuma aizsardzība un **zādzību** novēršana; skatīt [noteikumus](https://example.lv/noteikumi).",
		"Protecting property and preventing *theft*; see [the rules](https://example.lv/rules).")
	v1.Video = &notice.Video{Areas: []notice.Text{tx("Tirdzniecības zāle", "Shop floor"), tx("Kases", "Tills")}, Phone: "+371 20000000"}
	v2 := videoPurpose()
	v2.ID = "cctv-yard"
	v2.Name = tx("Pagalma un stāvvietas videonovērošana", "Video surveillance of the yard and car park")
	v2.Retention = notice.Retention{Period: 1, Unit: "months", From: tx("no ieraksta brīža", "from the time of recording")}
	v2.Bases = []notice.Basis{{Code: notice.LegitimateInterests}}
	v2.LegitimateInterests = v1.LegitimateInterests
	v2.Transfers = []notice.Transfer{{To: tx("Amerikas Savienotās Valstis", "United States"), Safeguard: "standard-contractual-clauses"}}
	v2.Video = &notice.Video{Areas: []notice.Text{tx("Pagalms un stāvvieta", "Yard and car park")}}
	return &notice.Institution{
		ID:      "zvaigzne",
		Name:    tx("SIA „Zvaigzne”", "SIA “Zvaigzne”"),
		Address: "Brīvības iela 1, Rīga, LV-1010",
		Phone:   "+371 67000000",
		Email:   "info@zvaigzne.example.lv",
		Controller: &notice.Controller{
			ID: "zvaigzne", Name: tx("SIA „Zvaigzne”", "SIA “Zvaigzne”"), RegNo: "40003000000",
			Address: "Brīvības iela 1, Rīga, LV-1010", Phone: "+371 67000000", Email: "info@zvaigzne.example.lv",
		},
		PrivacyContact: &notice.Contact{Role: tx("Biroja vadītāja", "Office manager"), Email: "dati@zvaigzne.example.lv"},
		Document: notice.Document{
			Title:     tx("Privātuma politika", "Privacy policy"),
			Effective: date("2025-01-15"),
		},
		Attestation: notice.Attestation{
			Commitments: []notice.Text{
				tx("ievērošu privātuma politiku;", "I will follow the privacy policy;"),
				tx("par incidentiem ziņošu vadītājai.", "I will report incidents to the manager."),
			},
		},
		Purposes: []*notice.Purpose{v1, v2},
	}
}

// long is a deliberately long institution: a very long name, many video
// purposes with long texts and long contacts, to test that the layout
// shrinks, wraps and continues without cutting anything off.
func long() *notice.Institution {
	in := saimite()
	in.ID = "garais-nosaukums"
	in.Name = tx(strings.Repeat("Ļoti garš iestādes nosaukums ar garumzīmēm un mīkstinājumiem ", 3)+"„Ābeļu Ēna, Īve, Ūdri, Čiekuri, Ģimene, Ķēķis, Ņūķēža, Šķūnis, Žogs, čības”",
		strings.Repeat("A very long institution name that goes on and on ", 3)+"“Ābeļu Ēna, Īve, Ūdri, Čiekuri, Ģimene, Ķēķis, Ņūķēža, Šķūnis, Žogs, čības”")
	in.DPO.Name = "Anna-Marija Šķēle-Žukovska-Bērziņa-Čakste"
	in.DPO.Email = "datu-aizsardzibas-specialists.ar.loti.garu.adresi@pasvaldibas-iestazu-centralizeta-parvalde.example.lv"
	in.DPO.Address = "Ģenerāļa Radziņa krastmala 123, k-4, Ķekava, Ķekavas pagasts, Ķekavas novads, LV-2123"
	in.Purposes = nil
	for i := 0; i < 7; i++ {
		p := videoPurpose()
		p.ID = "video-" + string(rune('a'+i))
		p.Name = tx("Videonovērošana sabiedriskās kārtības un drošības nodrošināšanai, īpašuma aizsardzībai un noziedzīgu nodarījumu atklāšanai, zona "+string(rune('A'+i)),
			"Video surveillance to keep public order and safety, protect property and detect crime, zone "+string(rune('A'+i)))
		p.Retention.Period = 10 + i
		p.Bases = []notice.Basis{{Code: notice.PublicTask}, {Code: notice.LegitimateInterests}}
		p.LegitimateInterests = tx(strings.Repeat("Īpašuma aizsardzība, darbinieku un apmeklētāju drošība, ", 2)+"pierādījumu nodrošināšana.",
			strings.Repeat("Protecting property and the safety of staff and visitors, ", 2)+"securing evidence.")
		p.Video.Areas = []notice.Text{
			tx("Galvenā ieeja, vestibils, gaiteņi pirmajā un otrajā stāvā", "Main entrance, lobby, corridors on the first and second floors"),
			tx("Sporta laukums, autostāvvieta un saimniecības pagalms", "Sports ground, car park and service yard"),
		}
		in.Purposes = append(in.Purposes, p)
	}
	in.Attestation.Commitments = nil
	for i := 0; i < 14; i++ {
		in.Attestation.Commitments = append(in.Attestation.Commitments,
			tx(strings.Repeat("apņemos ievērot visus iestādes iekšējos normatīvos aktus par informācijas drošību un personas datu aizsardzību, ", 2)+"tostarp ārpus darba laika;",
				strings.Repeat("I will follow all the institution's internal rules on information security and the protection of personal data, ", 2)+"also outside working hours;"))
	}
	return in
}
