package pdf

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

func formCases() []struct {
	name   string
	in     *notice.Institution
	person *Person
} {
	return []struct {
		name   string
		in     *notice.Institution
		person *Person
	}{
		{"saimite-blank", saimite(), nil},
		{"saimite-person", saimite(), &Person{Name: "Līga Ūdre-Ķēniņa", Position: "Pirmsskolas izglītības skolotāja"}},
		{"own-commitments", shop(), nil},
		{"long", long(), nil},
		{"long-person", long(), &Person{Name: strings.Repeat("Ļoti Garš Vārds Uzvārds ", 8), Position: strings.Repeat("Vecākā speciāliste ", 10)}},
	}
}

func TestFormGolden(t *testing.T) {
	m := testMaker(t)
	for _, c := range formCases() {
		t.Run(c.name, func(t *testing.T) {
			b, err := m.Form(c.in, c.person)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "form-"+c.name+".txt", summary(t, b))
		})
	}
}

// TestFormFacts checks what issue 5 asks of the form, read back from the
// PDF.
func TestFormFacts(t *testing.T) {
	m := testMaker(t)
	for _, c := range []struct {
		name   string
		in     *notice.Institution
		person *Person
		pages  int
		want   []string
		not    []string
	}{
		{"blank", saimite(), nil, 2, []string{
			"APLIECINĀJUMS", "ATTESTATION",
			"Babītes novada pirmsskolas izglītības iestāde „Saimīte”",
			"Pārzinis: Babītes novada pašvaldība, reģ. Nr. 90000028870, Centra iela 4",
			"Controller: Babīte Municipality, reg. No. 90000028870, Centra iela 4",
			"Noteikumi: Iekšējie personas datu apstrādes noteikumi (rīkojums Nr. 1-5/12, datēti 30.08.2024., apstiprinājis vadītāja Ilze Ērgle)",
			"Rules: Internal rules on processing personal data (Order No. 1-5/12, dated 30 August 2024, approved by Head Ilze Ērgle)",
			"1. esmu iepazinies (-usies) ar iepriekš minētajiem noteikumiem",
			"2. personas datus apstrādāšu tikai pēc pārziņa norādījumiem un tikai tiktāl, cik tas vajadzīgs manu amata pienākumu izpildei;",
			"2. I will process personal data only on the controller's instructions and only as far as my duties require;",
			"3. neizpaudīšu trešajām personām", "4. izbeidzot darba vai citas tiesiskās attiecības",
			"5. konfidencialitātes pienākums man saglabājas",
			"6. par iespējamu personas datu aizsardzības pārkāpumu nekavējoties ziņošu: Jānis Ķirsis (datu aizsardzības speciālists), e-pasts das@babite.lv, tālr. +371 67914651.",
			"6. I will report any suspected personal data breach without delay to: Jānis Ķirsis (data protection officer), e-mail das@babite.lv, phone +371 67914651.",
			"Vārds, uzvārds / Name and surname", "Amats / Position", "Datums / Date", "Paraksts / Signature",
			"PARAKSTU LAPA", "SIGNATURE SHEET", "Nr. No.", "18.",
		}, nil},
		{"pre-filled", saimite(), &Person{Name: "Līga Ūdre-Ķēniņa", Position: "Skolotāja"}, 1,
			[]string{"Līga Ūdre-Ķēniņa", "Skolotāja", "APLIECINĀJUMS"}, []string{"PARAKSTU LAPA"}},
		{"own commitments and breach contact", func() *notice.Institution {
			in := shop()
			in.Attestation.Commitments = nil
			in.Attestation.BreachContact = &notice.Contact{Name: "Ivars Ābele", Email: "drosiba@zvaigzne.example.lv"}
			return in
		}(), nil, 2, []string{"ziņošu: Ivars Ābele, e-pasts drosiba@zvaigzne.example.lv."}, nil},
		{"own commitments keep the breach contact", func() *notice.Institution {
			in := shop()
			in.Attestation.BreachContact = &notice.Contact{Name: "Ivars Ābele", Email: "drosiba@zvaigzne.example.lv"}
			return in
		}(), nil, 2, []string{"1. ievērošu privātuma politiku;", "2. par incidentiem ziņošu vadītājai.",
			"3. par iespējamu personas datu aizsardzības pārkāpumu nekavējoties ziņošu: Ivars Ābele, e-pasts drosiba@zvaigzne.example.lv.",
			"3. I will report any suspected personal data breach without delay to: Ivars Ābele, e-mail drosiba@zvaigzne.example.lv."}, nil},
		{"overridden commitments", shop(), nil, 2,
			[]string{"1. ievērošu privātuma politiku;", "2. I will report incidents to the manager.",
				"Noteikumi: iestāde nav norādījusi savus iekšējos personas datu apstrādes noteikumus",
				"Rules: the institution has not named its internal data-processing rules"},
			[]string{"3.", "neizpaudīšu"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := m.Form(c.in, c.person)
			if err != nil {
				t.Fatal(err)
			}
			d := readPDF(t, b)
			if d.pages != c.pages {
				t.Errorf("%d pages, want %d", d.pages, c.pages)
			}
			text := flat(d)
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the form does not say %q", w)
				}
			}
			page1 := strings.SplitN(text, "\f", 2)[0]
			for _, w := range c.not {
				if strings.Contains(page1, w) && !strings.Contains(w, ".") || strings.Contains(text, w) && strings.Contains(w, "PARAKSTU") {
					t.Errorf("the form says %q", w)
				}
			}
		})
	}
}

// TestFormLayout checks the laid-out forms as the signs are checked, and
// that the long form continues on a second page with the fields after
// the last commitment.
func TestFormLayout(t *testing.T) {
	m := testMaker(t)
	for _, c := range formCases() {
		t.Run(c.name, func(t *testing.T) {
			d, err := m.form(c.in, c.person)
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, d, formMargin)
		})
	}
	d, err := m.form(long(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.pages) != 3 {
		t.Fatalf("long form: %d pages, want 2 and the signature sheet", len(d.pages))
	}
	fields := false
	for _, o := range d.pages[1].ops {
		fields = fields || o.kind == opText && strings.Contains(o.text, "Signature")
	}
	if !fields {
		t.Error("long form: the fields are not on page 2")
	}
}

// TestManyCharacters pre-fills a form with more distinct characters than
// one font encoding holds (Cyrillic, Greek and Latin), so that further
// encodings are needed, and reads them back.
func TestManyCharacters(t *testing.T) {
	var name []rune
	for r := 'А'; r <= 'я'; r++ {
		name = append(name, r)
	}
	for r := 'α'; r <= 'ω'; r++ {
		name = append(name, r)
	}
	for r := 'À'; r <= 'ÿ'; r++ {
		name = append(name, r)
	}
	person := &Person{Name: string(name[:100]), Position: string(name[100:])}
	m := testMaker(t)
	b, err := m.Form(saimite(), person)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		again, err := testMaker(t).Form(saimite(), person)
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(b) {
			t.Fatal("rebuild differs")
		}
	}
	text := flat(readPDF(t, b))
	for _, w := range []string{string(name[:40]), string(name[100:]), "Jānis Ķirsis"} {
		if !strings.Contains(text, w) {
			t.Errorf("text %q missing", w)
		}
	}
	if n := strings.Count(string(b), "/Differences"); n < 2 {
		t.Errorf("%d encodings, want several", n)
	}
}
