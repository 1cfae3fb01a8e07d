package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

func signCases() []struct {
	name string
	in   *notice.Institution
	size string
} {
	return []struct {
		name string
		in   *notice.Institution
		size string
	}{
		{"saimite-a4", saimite(), "a4"},
		{"saimite-a3", saimite(), "a3"},
		{"two-purposes", shop(), "a4"},
		{"long", long(), "a4"},
	}
}

func TestSignGolden(t *testing.T) {
	m := testMaker(t)
	for _, c := range signCases() {
		t.Run(c.name, func(t *testing.T) {
			b, err := m.Sheet(c.in, c.size)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "sign-"+c.name+".txt", summary(t, b))
		})
	}
}

// TestSignFacts checks that the sign states what issue 4 asks for, in
// both languages, as read back from the PDF.
func TestSignFacts(t *testing.T) {
	m := testMaker(t)
	for _, c := range []struct {
		name string
		in   *notice.Institution
		want []string
	}{
		{"saimite", saimite(), []string{
			"Videonovērošana", "Video surveillance",
			"Babītes novada pirmsskolas izglītības iestāde „Saimīte”", "Babīte Municipality preschool “Saimīte”",
			"Pārzinis: Babītes novada pašvaldība (reģ. Nr. 90000028870)", "Controller: Babīte Municipality (reg. No. 90000028870)",
			"dome@babite.lv", "tālr. +371 67914650", "phone +371 67914650",
			"Saņēmēji: Pārziņa pilnvaroti darbinieki.", "Recipients: Staff authorised by the controller.",
			"Apstrādes nolūks: Videonovērošana — Telpu un teritorijas videonovērošana.",
			"Purpose of the processing: Video surveillance — Video surveillance of the premises and grounds.",
			"VDAR 6. panta 1. punkta e) apakšpunkts", "GDPR Article 6(1)(e)",
			"Novērotā teritorija: Iestādes ēkas ieejas un teritorija", "Monitored area: The institution's building entrances and grounds",
			"Glabāšanas termiņš: 14\u00a0dienas no ieraksta brīža", "Retention period: 14\u00a0days from the time of recording",
			"Personas dati netiek nosūtīti uz trešajām valstīm", "Personal data are not transferred to third countries",
			"Datu aizsardzības speciālists: Jānis Ķirsis, das@babite.lv, tālr. +371 67914651",
			"Data protection officer: Jānis Ķirsis, das@babite.lv, phone +371 67914651",
			"piekļuve, labošana, dzēšana un apstrādes ierobežošana.",
			"access, rectification, erasure and restriction of processing.",
			// The right to object apart, under its own label (Art 21(4)).
			"Tiesības iebilst (VDAR 21. panta 1. punkts): Savas īpašās situācijas dēļ jūs varat jebkurā laikā iebilst pret šo apstrādi.",
			"Right to object (GDPR Article 21(1)): You can object at any time, on grounds relating to your particular situation, to this processing.",
			"Datu valsts inspekcija, www.dvi.gov.lv", "Data State Inspectorate, www.dvi.gov.lv",
			"privatums.example.lv/lv/saimite/video-surveillance/", "+371 67914444",
		}},
		{"two purposes", shop(), []string{
			"1. Veikala zāles videonovērošana", "2. Pagalma un stāvvietas videonovērošana",
			"1. Video surveillance of the shop floor", "2. Video surveillance of the yard and car park",
			"Saņēmēji: Pārziņa pilnvaroti darbinieki.", "Recipients: Staff authorised by the controller.",
			"Leģitīmās intereses: Īpašuma aizsardzība un zādzību novēršana; skatīt noteikumus (https://example.lv/noteikumi).",
			"Legitimate interests: Protecting property and preventing theft; see the rules (https://example.lv/rules).",
			"Glabāšanas termiņš: 14\u00a0dienas no ieraksta brīža", "Glabāšanas termiņš: 1\u00a0mēnesis no ieraksta brīža",
			"Retention period: 1\u00a0month from the time of recording",
			"Nosūtīšana uz trešajām valstīm: Amerikas Savienotās Valstis — Eiropas Komisijas pieņemtas līguma standartklauzulas",
			"Kontaktpersona datu aizsardzības jautājumos: Biroja vadītāja, dati@zvaigzne.example.lv",
			"Contact for data-protection questions: Office manager, dati@zvaigzne.example.lv",
			"sazinieties ar pārzini vai kontaktpersonu datu aizsardzības jautājumos",
			"1. privatums.example.lv/lv/zvaigzne/cctv-shop/", "2. privatums.example.lv/lv/zvaigzne/cctv-yard/",
			"+371 20000000",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := m.Sheet(c.in, "a4")
			if err != nil {
				t.Fatal(err)
			}
			text := flat(readPDF(t, b))
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the sign does not say %q", w)
				}
			}
			// The rows of one purpose stand together: the first purpose's
			// retention before the second purpose, whose retention follows.
			if c.name == "two purposes" {
				first := strings.Index(text, "Glabāšanas termiņš: 14")
				second := strings.Index(text, "2. Pagalma un stāvvietas")
				last := strings.Index(text, "Glabāšanas termiņš: 1\u00a0mēnesis")
				if !(first < second && second < last) {
					t.Errorf("the rows of each purpose are not together: %d, %d, %d", first, second, last)
				}
			}
			if strings.Contains(text, "**") || strings.Contains(text, "\uFFFD") {
				t.Errorf("Markdown or a replacement character left in the text")
			}
		})
	}
}

// flat returns the text of each column of each line, the columns of a
// page read one after the other, with lines joined by spaces, so that
// sentences wrapped over lines can be searched.
func flat(d *pdfDoc) string {
	var cols [4][]string
	var out []string
	page := 0
	flush := func() {
		for i := range cols {
			out = append(out, strings.Join(cols[i], " "))
			cols[i] = nil
		}
	}
	for _, l := range d.lines() {
		if l.page != page {
			flush()
			page = l.page
		}
		if len(l.columns) == 1 && l.x < 60 || len(l.columns) > 1 {
			for i, c := range l.columns {
				cols[min(i, 3)] = append(cols[min(i, 3)], c)
			}
		} else {
			cols[1] = append(cols[1], l.columns...)
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// TestLatvianLetters checks that every Latvian letter survives into the
// PDF's text, on the sign and on the form.
func TestLatvianLetters(t *testing.T) {
	m := testMaker(t)
	sign, err := m.Sheet(long(), "a4")
	if err != nil {
		t.Fatal(err)
	}
	form, err := m.Form(long(), &Person{Name: "Ģirts Čaklais", Position: "Ēkas pārzine"})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range [][]byte{sign, form} {
		text := readPDF(t, b).text()
		for _, r := range "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ" {
			if !strings.ContainsRune(text, r) {
				t.Errorf("%q missing from the text", r)
			}
		}
	}
}

// TestDeterministic renders each document twice with two Makers, and
// concurrently, and wants the same bytes.
func TestDeterministic(t *testing.T) {
	m1, m2 := testMaker(t), testMaker(t)
	for _, c := range signCases() {
		a, err := m1.Sheet(c.in, c.size)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		results := make([][]byte, 8)
		for i := range results {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				m := m1
				if i%2 == 1 {
					m = m2
				}
				var err error
				if results[i], err = m.Sheet(c.in, c.size); err != nil {
					t.Error(err)
				}
			}(i)
		}
		wg.Wait()
		for i, b := range results {
			if !bytes.Equal(a, b) {
				t.Errorf("%s: rebuild %d differs", c.name, i)
			}
		}
		f1, err := m1.Form(c.in, nil)
		if err != nil {
			t.Fatal(err)
		}
		f2, err := m2.Form(c.in, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f1, f2) {
			t.Errorf("%s: form rebuild differs", c.name)
		}
	}
	// The dates come from the document, not the clock.
	b, err := m1.Sheet(saimite(), "a4")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte("/CreationDate (D:20240901000000)")) || !bytes.Contains(b, []byte("/ModDate (D:20240901000000)")) {
		t.Error("creation and modification dates are not the effective date")
	}
}

func TestSignErrors(t *testing.T) {
	m := testMaker(t)
	in := saimite()
	in.Purposes = in.Purposes[:1]
	if _, err := m.Sheet(in, "a4"); err == nil || !strings.Contains(err.Error(), "no video-surveillance purpose") {
		t.Errorf("no video purpose: %v", err)
	}
	if _, err := m.Sheet(saimite(), "letter"); err == nil {
		t.Error("size letter: no error")
	}
	in = saimite()
	in.Purposes[1].Video.Areas[0]["lv"] = "Ieeja 漢"
	if _, err := m.Sheet(in, "a4"); err == nil || !strings.Contains(err.Error(), "U+6F22") {
		t.Errorf("a character the font lacks: %v", err)
	}
}

// TestDefaultLanguage makes English the default: it comes first, and the
// QR code leads to the English page.
func TestDefaultLanguage(t *testing.T) {
	site := testSite()
	site.DefaultLanguage = "en"
	m, err := New(site, testMaker(t).cat)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Sheet(saimite(), "a4")
	if err != nil {
		t.Fatal(err)
	}
	d := readPDF(t, b)
	if s, _ := decodeQR(d.qrs[0].size, d.qrs[0].modules); s != "https://privatums.example.lv/en/saimite/2024-09-01/video-surveillance/" {
		t.Errorf("QR code %q", s)
	}
	for _, l := range d.lines() {
		if strings.HasPrefix(l.text, "Controller:") {
			if !strings.Contains(l.text, " | Pārzinis:") {
				t.Errorf("English is not the first column: %q", l.text)
			}
			return
		}
	}
	t.Error("no controller line")
}

// TestManyLanguages renders a site in four languages: the facts then
// follow one another in one column, and the layout still fits.
func TestManyLanguages(t *testing.T) {
	site := testSite()
	site.Languages = []string{"lv", "en", "de", "lt"}
	site.DefaultLanguage = "en"
	base := i18n.New(nil)
	over := map[string]map[string]string{}
	for _, k := range i18n.Keys() {
		over[k] = map[string]string{"de": "DE " + base.T("en", k), "lt": "LT " + base.T("lv", k)}
	}
	m, err := New(site, i18n.New(over))
	if err != nil {
		t.Fatal(err)
	}
	addLangs := func(in *notice.Institution) {
		var walk func(v reflect.Value)
		walk = func(v reflect.Value) {
			switch v.Kind() {
			case reflect.Pointer, reflect.Interface:
				if !v.IsNil() {
					walk(v.Elem())
				}
			case reflect.Struct:
				for i := 0; i < v.NumField(); i++ {
					if v.Type().Field(i).Name != "Controller" || v.Type() != reflect.TypeOf(notice.Institution{}) {
						walk(v.Field(i))
					}
				}
				if v.Type() == reflect.TypeOf(notice.Institution{}) {
					walk(v.FieldByName("Controller"))
				}
			case reflect.Slice:
				for i := 0; i < v.Len(); i++ {
					walk(v.Index(i))
				}
			case reflect.Map:
				if txt, ok := v.Interface().(notice.Text); ok && len(txt) > 0 {
					txt["de"], txt["lt"] = "DE "+txt["en"], "LT "+txt["lv"]
				}
			}
		}
		walk(reflect.ValueOf(in))
	}
	for _, in := range []*notice.Institution{saimite(), shop()} {
		addLangs(in)
		d, err := m.sheet(in, "a4")
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, d, margin)
		b, err := m.Sheet(in, "a4")
		if err != nil {
			t.Fatal(err)
		}
		if dir := os.Getenv("PDF_SAMPLES"); dir != "" {
			os.WriteFile(filepath.Join(dir, in.ID+"-4langs.pdf"), b, 0o644)
		}
		text := flat(readPDF(t, b))
		for _, w := range []string{"Controller: Babīte", "Pārzinis: Babītes", "DE Controller: DE Babīte", "LT Pārzinis: LT Babītes", "privatums.example.lv/en/"} {
			if in.ID == "saimite" && !strings.Contains(text, w) {
				t.Errorf("%s: %q missing", in.ID, w)
			}
		}
		if _, err := m.Form(in, nil); err != nil {
			t.Fatal(err)
		}
	}
}
