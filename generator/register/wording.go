package register

import (
	"fmt"
	"sort"
	"strings"
)

// wording is the fixed text of a register in one language: the column
// headings and the words around the content's own texts.
type wording struct {
	headings  map[string]string // column key → heading
	notStated string            // the model holds no value
	none      string            // the model says there is none
	bases     map[string]string // legal-basis code → article
	special   string            // "Art 9(2)(%s)"
	safeguard map[string]string // safeguard code → wording
	units     map[string][2]string
	from      string // "%s" → "from %s"
	// processors heads the processors in the recipients cell.
	processors string
	// one reports whether n takes the singular form of a unit.
	one func(n int) bool
}

// wordings returns the wording of every language a register is written
// in.
func wordings() map[string]*wording {
	return map[string]*wording{
		"lv": {
			headings: map[string]string{
				colInstitution:    "Iestāde",
				colPurpose:        "Apstrādes nolūks",
				colDescription:    "Nolūka apraksts",
				colBasis:          "Tiesiskais pamats",
				colController:     "Pārzinis",
				colControllerCont: "Pārziņa kontaktinformācija",
				colJoint:          "Kopīgais pārzinis",
				colRepresentative: "Pārziņa pārstāvis",
				colDPO:            "Datu aizsardzības speciālista kontaktinformācija",
				colSubjects:       "Datu subjektu kategorijas",
				colCategories:     "Personas datu kategorijas",
				colSpecial:        "Īpašu kategoriju personas dati",
				colRecipients:     "Saņēmēju kategorijas",
				colThirdCountries: "Trešās valstis vai starptautiskās organizācijas",
				colSafeguards:     "Nosūtīšanas garantijas",
				colErasure:        "Dzēšanas termiņi",
				colSecurity:       "Tehniskie un organizatoriskie drošības pasākumi",
			},
			notStated:  "nav norādīts",
			none:       "nav",
			processors: "Apstrādātāji:",
			bases: map[string]string{
				"consent":              "VDAR 6. panta 1. punkta a) apakšpunkts (piekrišana)",
				"contract":             "VDAR 6. panta 1. punkta b) apakšpunkts (līgums)",
				"legal-obligation":     "VDAR 6. panta 1. punkta c) apakšpunkts (juridisks pienākums)",
				"vital-interests":      "VDAR 6. panta 1. punkta d) apakšpunkts (vitālas intereses)",
				"public-task":          "VDAR 6. panta 1. punkta e) apakšpunkts (sabiedrības interesēs veicams uzdevums vai oficiālās pilnvaras)",
				"legitimate-interests": "VDAR 6. panta 1. punkta f) apakšpunkts (leģitīmās intereses)",
			},
			special: "VDAR 9. panta 2. punkta %s) apakšpunkts",
			safeguard: map[string]string{
				"adequacy-decision":            "lēmums par aizsardzības līmeņa pietiekamību (VDAR 45. pants)",
				"standard-contractual-clauses": "standarta līguma klauzulas (VDAR 46. pants)",
				"binding-corporate-rules":      "saistošie uzņēmuma noteikumi (VDAR 47. pants)",
				"derogation":                   "atkāpe īpašā situācijā (VDAR 49. pants)",
			},
			units: map[string][2]string{
				"days":   {"diena", "dienas"},
				"weeks":  {"nedēļa", "nedēļas"},
				"months": {"mēnesis", "mēneši"},
				"years":  {"gads", "gadi"},
			},
			// Latvian: 1, 21, 31 … take the singular, 11 does not.
			one: func(n int) bool { return n%10 == 1 && n%100 != 11 },
		},
		"en": {
			headings: map[string]string{
				colInstitution:    "Institution",
				colPurpose:        "Purpose of processing",
				colDescription:    "Description of the purpose",
				colBasis:          "Legal basis",
				colController:     "Controller",
				colControllerCont: "Controller's contact details",
				colJoint:          "Joint controller",
				colRepresentative: "Controller's representative",
				colDPO:            "Data protection officer's contact details",
				colSubjects:       "Categories of data subjects",
				colCategories:     "Categories of personal data",
				colSpecial:        "Special categories of personal data",
				colRecipients:     "Categories of recipients",
				colThirdCountries: "Third countries or international organisations",
				colSafeguards:     "Safeguards for transfers",
				colErasure:        "Time limits for erasure",
				colSecurity:       "Technical and organisational security measures",
			},
			notStated:  "not stated",
			none:       "none",
			processors: "Processors:",
			bases: map[string]string{
				"consent":              "GDPR Art 6(1)(a) (consent)",
				"contract":             "GDPR Art 6(1)(b) (contract)",
				"legal-obligation":     "GDPR Art 6(1)(c) (legal obligation)",
				"vital-interests":      "GDPR Art 6(1)(d) (vital interests)",
				"public-task":          "GDPR Art 6(1)(e) (public task or official authority)",
				"legitimate-interests": "GDPR Art 6(1)(f) (legitimate interests)",
			},
			special: "GDPR Art 9(2)(%s)",
			safeguard: map[string]string{
				"adequacy-decision":            "adequacy decision (GDPR Art 45)",
				"standard-contractual-clauses": "standard contractual clauses (GDPR Art 46)",
				"binding-corporate-rules":      "binding corporate rules (GDPR Art 47)",
				"derogation":                   "derogation for a specific situation (GDPR Art 49)",
			},
			units: map[string][2]string{
				"days":   {"day", "days"},
				"weeks":  {"week", "weeks"},
				"months": {"month", "months"},
				"years":  {"year", "years"},
			},
			one: func(n int) bool { return n == 1 },
		},
	}
}

// Languages lists the languages a register can be written in, sorted.
func Languages() []string {
	var out []string
	for l := range wordings() {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// wordingFor returns the wording of lang, or an error naming the
// languages there are.
func wordingFor(lang string) (*wording, error) {
	if w := wordings()[lang]; w != nil {
		return w, nil
	}
	return nil, fmt.Errorf("register: no wording for language %q; there is for %s", lang, strings.Join(Languages(), ", "))
}

// period words a retention period: "5 gadi", "1 year".
func (w *wording) period(n int, unit string) string {
	forms, ok := w.units[unit]
	if !ok {
		return fmt.Sprintf("%d %s", n, unit)
	}
	if w.one(n) {
		return fmt.Sprintf("%d %s", n, forms[0])
	}
	return fmt.Sprintf("%d %s", n, forms[1])
}
