package site

import (
	"time"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// The fixture: one preschool with a consent purpose (photographs), a
// public-task purpose (enrolment, with processors and publicly accessible
// sources), a legitimate-interests video purpose, a direct-marketing
// purpose on consent and legitimate interests (offers of clubs: the part
// resting on consent, named processors, who consents for a child), a
// transfer, how requests are made and changes announced (issue 11), and
// one earlier version. Built as Go values so the tests do
// not depend on the YAML loader.

func date(s string) notice.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return notice.Date{Time: t}
}

func tx(lv, en string) notice.Text { return notice.Text{"lv": lv, "en": en} }

func testSite() *notice.Site {
	return &notice.Site{
		Title:           tx("Izglītības iestāžu privātuma paziņojumi", "Privacy notices of the education institutions"),
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
		Accessibility: notice.Accessibility{
			Status:   "partial",
			Assessed: date("2024-08-20"),
			Method:   tx("Pašnovērtējums ar automātisku rīku un manuālu pārbaudi", "Self-assessment with an automated tool and manual checks"),
			Email:    "piekluestamiba@example.lv",
			Phone:    "65400000",
			Issues:   []notice.Text{tx("Vecāku PDF dokumentiem nav teksta slāņa.", "Older PDF documents have no text layer.")},
		},
	}
}

func testController() *notice.Controller {
	return &notice.Controller{
		ID:      "novads",
		Name:    tx("Ķekavas novada pašvaldība", "Ķekava Municipality"),
		RegNo:   "90000048491",
		Address: "Gaismas iela 19 k-9-1, Ķekava, LV-2123",
		Phone:   "67935800",
		Email:   "dome@kekava.example.lv",
		Web:     "https://www.kekava.example.lv",
	}
}

func testInstitution() *notice.Institution {
	public := true
	// The defaults: every purpose takes automated (none); enrolment, the
	// clubs and video surveillance take transfers (none), which the notice then
	// states once; only enrolment takes the recipients, which stay
	// under it.
	defaults := &notice.Defaults{Keys: []string{"recipients", "transfers", "automated"}}
	defaults.Recipients = tx("Izglītības un zinātnes ministrija; Ķekavas novada pašvaldība.", "The Ministry of Education and Science; Ķekava Municipality.")
	defaults.Transfers = []notice.Transfer{}
	dpo := &notice.Contact{Name: "Jānis Bērziņš", Role: tx("Datu aizsardzības speciālists", "Data protection officer"), Phone: "+371 28661925", Email: "dati@kekava.example.lv"}
	photos := &notice.Purpose{
		ID:          "fotografijas",
		Name:        tx("Pasākumu fotografēšana", "Photographs of events"),
		Description: tx("Fotografējam svētkus un publicējam attēlus iestādes **tīmekļvietnē**.", "We photograph celebrations and publish the pictures on the institution's **website**."),
		Bases:       []notice.Basis{{Code: notice.Consent}},
		Subjects:    tx("Izglītojamie un viņu vecāki", "Pupils and their parents"),
		Categories:  tx("- fotoattēli\n- vārds un grupa", "- photographs\n- first name and group"),
		DataFrom:    "subject",
		Recipients:  tx("Tīmekļvietnes apmeklētāji; [sociālais tīkls](https://example.com/zinas).", "Visitors of the website; [the social network](https://example.com/zinas)."),
		Transfers: []notice.Transfer{{
			To:        tx("Amerikas Savienotās Valstis (sociālā tīkla uzturētājs)", "United States (the social network's operator)"),
			Safeguard: "adequacy-decision",
			Details:   tx("ES un ASV datu privātuma regulējums", "EU–US Data Privacy Framework"),
		}},
		Retention:    notice.Retention{Period: 1, Unit: "years", From: tx("pasākuma dienas", "the day of the event")},
		Requirement:  notice.Requirement{Kind: "voluntary"},
		FromDefaults: []string{"automated"},
	}
	enrol := &notice.Purpose{
		ID:    "uznemsana",
		Name:  tx("Uzņemšana iestādē un mācību process", "Enrolment and education"),
		Bases: []notice.Basis{{Code: notice.PublicTask, Laws: []notice.Text{tx("Izglītības likums", "Education Law"), tx("Vispārējās izglītības likums", "General Education Law")}}, {Code: notice.LegalObligation}},
		Special: &notice.SpecialCategories{
			Data:      tx("Ziņas par bērna veselību (alerģijas, ēdienkarte)", "Information on the child's health (allergies, diet)"),
			Condition: "h",
		},
		Subjects:      tx("Izglītojamie, viņu vecāki un likumiskie pārstāvji", "Pupils, their parents and legal guardians"),
		Categories:    tx("Vārds, uzvārds, personas kods, dzīvesvieta, tālrunis, e-pasts.", "Name, surname, personal code, address, phone, e-mail."),
		DataFrom:      "both",
		Sources:       tx("Valsts izglītības informācijas sistēma (VIIS), Iedzīvotāju reģistrs.", "The State Education Information System (VIIS), the Population Register."),
		SourcesPublic: &public,
		Recipients:    defaults.Recipients,
		Transfers:     defaults.Transfers,
		FromDefaults:  []string{"recipients", "transfers", "automated"},
		Processors:    &notice.Processors{Categories: tx("IT pakalpojumu sniedzēji, kas uztur iestādes informācijas sistēmas.", "IT service providers who maintain the institution's information systems.")},
		Retention:     notice.Retention{Criteria: tx("Saskaņā ar iestādes lietu nomenklatūru: **75 gadi** izglītojamo personas lietām.", "According to the institution's file plan: **75 years** for pupils' personal files.")},
		Requirement:   notice.Requirement{Kind: "statutory", Consequence: tx("bērnu nevar uzņemt iestādē.", "the child cannot be enrolled.")},
	}
	clubs := &notice.Purpose{
		ID:                  "pulcini",
		Name:                tx("Maksas pulciņu piedāvājumi", "Offers of paid clubs"),
		Bases:               []notice.Basis{{Code: notice.Consent}, {Code: notice.LegitimateInterests}},
		ConsentCovers:       tx("piedāvājumu sūtīšana uz vecāku e-pastu", "sending offers to the parents' e-mail"),
		Withdraw:            tx("Rakstiet uz [saimite@kekava.example.lv](mailto:saimite@kekava.example.lv).", "Write to [saimite@kekava.example.lv](mailto:saimite@kekava.example.lv)."),
		Children:            &notice.Children{ConsentBy: "both", Age: 13},
		DirectMarketing:     true,
		LegitimateInterests: tx("Informēt vecākus par iestādes pulciņiem uz vietas iestādē.", "Telling parents about the institution's clubs at the institution."),
		Subjects:            tx("Vecāki un izglītojamie", "Parents and pupils"),
		Categories:          tx("Vārds, uzvārds, e-pasts.", "Name, surname, e-mail."),
		DataFrom:            "subject",
		Recipients:          tx("Neviens, izņemot apstrādātājus.", "Nobody but the processors."),
		Transfers:           defaults.Transfers,
		FromDefaults:        []string{"transfers", "automated"},
		Processors: &notice.Processors{Named: []notice.Processor{
			{Name: "SIA „Vēstkopa”", Role: tx("sūta e-pasta vēstules iestādes uzdevumā", "sends the e-mails on the institution's behalf")},
		}},
		Retention:   notice.Retention{Period: 1, Unit: "years", From: tx("piekrišanas atsaukšanas vai iebilduma", "withdrawal of consent or objection")},
		Requirement: notice.Requirement{Kind: "voluntary"},
	}
	video := &notice.Purpose{
		ID:                  "videonoverosana",
		Name:                tx("Videonovērošana", "Video surveillance"),
		Description:         tx("Kameras ieraksta attēlu bez skaņas.", "The cameras record pictures without sound."),
		Bases:               []notice.Basis{{Code: notice.LegitimateInterests}},
		LegitimateInterests: tx("Bērnu, darbinieku un īpašuma drošība; noziedzīgu nodarījumu novēršana un atklāšana.", "The safety of children, staff and property; preventing and detecting crime."),
		Subjects:            tx("Iestādes apmeklētāji, darbinieki un izglītojamie", "Visitors, staff and pupils"),
		Categories:          tx("Videoieraksts (attēls).", "Video recording (picture)."),
		Recipients:          tx("Tiesībaizsardzības iestādes pēc pieprasījuma.", "Law-enforcement authorities on request."),
		Transfers:           defaults.Transfers,
		Retention:           notice.Retention{Period: 30, Unit: "days", From: tx("ieraksta brīža", "the moment of recording")},
		Requirement:         notice.Requirement{Kind: "voluntary"},
		FromDefaults:        []string{"transfers", "automated"},
		Video: &notice.Video{Areas: []notice.Text{
			tx("Ieeja un vestibils", "Entrance and lobby"),
			tx("Rotaļu laukums", "Playground"),
		}},
	}
	in := &notice.Institution{
		ID:         "saimite",
		Name:       tx("Pirmsskolas izglītības iestāde „Saimīte”", "Preschool “Saimīte”"),
		RegNo:      "4501901234",
		Address:    "Skolas iela 2, Baldone, LV-2125",
		Phone:      "+371 67932456",
		Email:      "saimite@kekava.example.lv",
		Controller: testController(),
		DPO:        dpo,
		Contact:    &notice.Contact{Name: "Līga Ozoliņa", Role: tx("Vadītāja", "Head"), Phone: "67932457", Email: "liga.ozolina@kekava.example.lv"},
		Public:     true,
		Document: notice.Document{
			Title:       tx("Privātuma politika", "Privacy policy"),
			IssuedUnder: tx("Valsts pārvaldes iekārtas likuma 72. panta pirmās daļas 2. punkts", "Section 72(1)(2) of the State Administration Structure Law"),
			ApprovedBy:  tx("Vadītājas rīkojums Nr. 1-7/12", "Order No. 1-7/12 of the head"),
			Effective:   date("2024-09-01"),
			Version:     "2",
			Changes:     tx("Pievienota videonovērošana; precizēti glabāšanas termiņi.", "Video surveillance added; retention periods made precise."),
		},
		Purposes: []*notice.Purpose{enrol, photos, clubs, video},
		Defaults: defaults,
		Exercise: tx("Iesniegumu var iesniegt klātienē vai, parakstītu ar drošu elektronisko parakstu, nosūtīt uz [saimite@kekava.example.lv](mailto:saimite@kekava.example.lv).", "Submit a request in person, or send it signed with a secure electronic signature to [saimite@kekava.example.lv](mailto:saimite@kekava.example.lv)."),
		Requests: &notice.Requests{
			Channels: []notice.Channel{
				{Code: notice.ChannelInPerson, Details: tx("Skolas iela 2, Baldone, uzrādot personu apliecinošu dokumentu", "Skolas iela 2, Baldone, showing an identity document")},
				{Code: notice.ChannelEmailSigned, Details: tx("saimite@kekava.example.lv", "saimite@kekava.example.lv")},
				{Code: notice.ChannelEAdrese},
			},
			Identity: tx("Pirms atbildes pārliecināmies, ka pieprasījumu iesniedzis pats **datu subjekts** vai viņa likumiskais pārstāvis.", "Before replying we make sure that the request comes from the **data subject** or their legal guardian."),
			Response: &notice.Response{Period: 15, Unit: "working-days", How: tx("ierakstītā vēstulē vai pa e-pastu, kā lūdzat", "by registered letter or by e-mail, as you ask")},
		},
		ChangesNotice: &notice.ChangesNotice{How: tx("iestādes tīmekļvietnē un e-pastā vecākiem", "on the institution's website and by e-mail to parents"), Ahead: 30, Unit: "days"},
		Security:      tx("Piekļuve datiem ir tikai darbiniekiem, kuriem tā vajadzīga darba pienākumu veikšanai.", "Only staff who need the data for their duties have access to them."),
		Cookies:       tx("Šī vietne neizmanto sīkdatnes.", "This site uses no cookies."),
		Sections:      []notice.Section{{ID: "izmainas", Title: tx("Paziņojuma grozīšana", "Changes to this notice"), Body: tx("Par būtiskām izmaiņām informēsim iestādes tīmekļvietnē.", "We announce significant changes on the institution's website.")}},
	}
	in.Versions = []*notice.Institution{testArchived()}
	return in
}

// testArchived is the earlier version of the fixture, self-contained as
// an archive file is.
func testArchived() *notice.Institution {
	return &notice.Institution{
		ID:         "saimite",
		Name:       tx("PII „Saimīte”", "Preschool “Saimīte”"),
		Address:    "Skolas iela 2, Baldone, LV-2125",
		Phone:      "67932456",
		Email:      "saimite@kekava.example.lv",
		Controller: testController(),
		DPO:        &notice.Contact{Email: "dati@kekava.example.lv"},
		Public:     true,
		Archived:   true,
		Document: notice.Document{
			Title:     tx("Privātuma politika", "Privacy policy"),
			Effective: date("2021-02-22"),
			Version:   "1",
		},
		Purposes: []*notice.Purpose{{
			ID:           "uznemsana",
			Name:         tx("Uzņemšana iestādē", "Enrolment"),
			Bases:        []notice.Basis{{Code: notice.LegalObligation}},
			Subjects:     tx("Izglītojamie un vecāki", "Pupils and parents"),
			Categories:   tx("Vārds, uzvārds, personas kods.", "Name, surname, personal code."),
			Recipients:   tx("Izglītības un zinātnes ministrija.", "The Ministry of Education and Science."),
			Retention:    notice.Retention{Period: 10, Unit: "years"},
			Requirement:  notice.Requirement{Kind: "statutory", Consequence: tx("bērnu nevar uzņemt.", "the child cannot be enrolled.")},
			Transfers:    []notice.Transfer{},
			FromDefaults: []string{"transfers", "automated"},
		}},
		// Its one purpose takes both defaults: stated once, in common.
		Defaults: &notice.Defaults{Keys: []string{"transfers", "automated"}, Purpose: notice.Purpose{Transfers: []notice.Transfer{}}},
	}
}

func testContent() *notice.Content {
	in := testInstitution()
	return &notice.Content{
		Site:         testSite(),
		Controllers:  []*notice.Controller{in.Controller},
		Institutions: []*notice.Institution{in},
	}
}

func testCatalog() *i18n.Catalog { return i18n.New(nil) }
