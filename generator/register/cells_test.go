package register

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

// text is a text in both languages.
func text(lv, en string) notice.Text { return notice.Text{"lv": lv, "en": en} }

// sparse is an institution that gives only what a notice must: no
// description, DPO, special categories, transfers or security measures.
func sparse() (*notice.Controller, *notice.Institution) {
	ctrl := &notice.Controller{ID: "c", Name: text("Pārzinis", "Controller")}
	in := &notice.Institution{ID: "i", Name: text("Iestāde", "Institution"), Controller: ctrl,
		PrivacyContact: &notice.Contact{Email: "privacy@example.lv"},
		Purposes: []*notice.Purpose{{
			ID: "p", Name: text("Nolūks", "Purpose"),
			Bases:      []notice.Basis{{Code: notice.Contract}},
			Subjects:   text("Klienti", "Customers"),
			Categories: text("Vārds", "Name"),
			Recipients: text("Neviens", "Nobody"),
			Transfers:  []notice.Transfer{},
			Retention:  notice.Retention{Criteria: text("Kamēr vajag", "While needed")},
		}}}
	return ctrl, in
}

// TestCells checks the words of the cells the model leaves empty or
// says there is none of, and of transfers, retention and the processors
// among the recipients.
func TestCells(t *testing.T) {
	ctrl, in := sparse()
	full := *in.Purposes[0]
	full.ID = "full"
	full.Special = &notice.SpecialCategories{Data: text("Veselība", "Health"), Condition: "h"}
	full.Transfers = []notice.Transfer{{To: text("ASV", "USA"), Safeguard: "standard-contractual-clauses", Details: text("Līgums", "The contract")}}
	full.Retention = notice.Retention{Period: 21, Unit: "years", From: text("no beigām", "from the end")}
	full.Bases = []notice.Basis{{Code: notice.PublicTask, Laws: []notice.Text{text("Likums", "Law")}}}
	full.Processors = &notice.Processors{Categories: text("IT pakalpojumu sniedzēji", "IT service providers"),
		Named: []notice.Processor{{Name: "SIA Piemērs", Role: text("uztur tīmekļvietni", "hosts the website")}}}
	in.Purposes = append(in.Purposes, &full)
	tests := []struct {
		lang, purpose, column, want string
	}{
		{"en", "p", colDescription, "not stated"},
		{"lv", "p", colDescription, "nav norādīts"},
		{"en", "p", colJoint, "not stated"},
		{"en", "p", colRepresentative, "not stated"},
		{"en", "p", colDPO, "not stated"}, // a privacy contact is not a DPO
		{"en", "p", colSecurity, "not stated"},
		{"en", "p", colControllerCont, "not stated"},
		{"en", "p", colSpecial, "none"},
		{"lv", "p", colThirdCountries, "nav"},
		{"en", "p", colSafeguards, "none"},
		{"en", "p", colErasure, "While needed"},
		{"en", "p", colBasis, "GDPR Art 6(1)(b) (contract)"},
		{"en", "full", colSpecial, "Health (GDPR Art 9(2)(h))"},
		{"en", "full", colThirdCountries, "USA"},
		{"en", "full", colSafeguards, "USA: standard contractual clauses (GDPR Art 46) — The contract"},
		{"en", "full", colErasure, "21 years from the end"},
		{"lv", "full", colErasure, "21 gads no beigām"},
		{"en", "full", colBasis, "GDPR Art 6(1)(e) (public task or official authority): Law"},
		{"en", "p", colRecipients, "Nobody"},
		{"en", "full", colRecipients, "Nobody\n\nProcessors:\nIT service providers\nSIA Piemērs (hosts the website)"},
		{"lv", "full", colRecipients, "Neviens\n\nApstrādātāji:\nIT pakalpojumu sniedzēji\nSIA Piemērs (uztur tīmekļvietni)"},
	}
	for _, tc := range tests {
		recs, err := Records(ctrl, []*notice.Institution{in}, tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		r := 1
		if tc.purpose == "full" {
			r = 2
		}
		col := index(tc.column)
		if got := recs[r][col]; got != tc.want {
			t.Errorf("%s %s %s = %q, want %q", tc.lang, tc.purpose, tc.column, got, tc.want)
		}
	}
}

// index returns the position of column key k.
func index(k string) int {
	for i, c := range Columns() {
		if c == k {
			return i
		}
	}
	return -1
}

// TestPeriod words retention periods with Latvian and English plurals.
func TestPeriod(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		unit string
		want string
	}{
		{"lv", 1, "years", "1 gads"},
		{"lv", 5, "years", "5 gadi"},
		{"lv", 11, "months", "11 mēneši"},
		{"lv", 21, "days", "21 diena"},
		{"en", 1, "weeks", "1 week"},
		{"en", 30, "days", "30 days"},
	}
	for _, tc := range tests {
		if got := wordings()[tc.lang].period(tc.n, tc.unit); got != tc.want {
			t.Errorf("%s period(%d, %s) = %q, want %q", tc.lang, tc.n, tc.unit, got, tc.want)
		}
	}
}

// TestRefuses reports an unknown language and a controller without
// institutions instead of writing an empty register.
func TestRefuses(t *testing.T) {
	ctrl, in := sparse()
	if _, err := CSV(ctrl, []*notice.Institution{in}, "ru"); err == nil || !strings.Contains(err.Error(), "en, lv") {
		t.Errorf("language ru: err = %v, want one naming en, lv", err)
	}
	other := &notice.Controller{ID: "other"}
	if _, err := CSV(other, []*notice.Institution{in}, "en"); err == nil {
		t.Error("a register of a controller without institutions was written")
	}
	archived := *in
	archived.Archived = true
	if recs, err := Records(ctrl, []*notice.Institution{in, &archived}, "en"); err != nil || len(recs) != 2 {
		t.Errorf("an archived version should add no rows: %d records, %v", len(recs), err)
	}
}

// TestIsRegister tells a register from other files.
func TestIsRegister(t *testing.T) {
	ctrl, in := sparse()
	reg, err := CSV(ctrl, []*notice.Institution{in}, "lv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		want bool
	}{
		{"register", string(reg), true},
		{"empty", "", false},
		{"other csv with bom", "\ufeffname;position\r\nA;B\r\n", false},
		{"register without bom", strings.TrimPrefix(string(reg), "\ufeff"), false},
		{"spreadsheet", "PK\x03\x04", false},
	}
	for _, tc := range tests {
		if got := IsRegister([]byte(tc.data)); got != tc.want {
			t.Errorf("%s: IsRegister = %v, want %v", tc.name, got, tc.want)
		}
	}
}
