package pdf

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// cyrillic is every Cyrillic letter of the Go fonts (the WGL4 set:
// Russian, Ukrainian, Belarusian, Serbian, Macedonian), latvian every
// Latvian letter with a diacritic, and greek the Greek alphabet, which
// takes the characters of one document past what one font encoding
// holds.
const (
	cyrillic = "ЁЂЃЄЅІЇЈЉЊЋЌЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяёђѓєѕіїјљњћќўџҐґ"
	latvian  = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
	greek    = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω"
)

// addRussian gives every text of in a Russian version: "Рус " and the
// English text, and the institution's name every Cyrillic letter, so
// that one document holds Latvian, English, all of Cyrillic and Greek.
func addRussian(in *notice.Institution) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Map:
			if txt, ok := v.Interface().(notice.Text); ok && len(txt) > 0 {
				txt["ru"] = "Рус " + txt["en"]
			}
		}
	}
	walk(reflect.ValueOf(in))
	in.Name["ru"] = "Учреждение " + cyrillic
	in.Name["lv"] += " " + latvian
	in.Name["en"] += " " + greek
}

// TestRussian prints the sign and the form of a site in Latvian, English
// and Russian from the built-in catalogs: the Russian catalog's phrases
// and every Cyrillic and Latvian letter come back out of the PDF's text,
// though together they need more than one font encoding (more than 129
// characters beyond ASCII).
func TestRussian(t *testing.T) {
	site := testSite()
	site.Languages = []string{"lv", "en", "ru"}
	site.Authority.Name["ru"] = "Государственная инспекция данных (Datu valsts inspekcija)"
	m, err := New(site, i18n.New(nil))
	if err != nil {
		t.Fatal(err)
	}
	in := saimite()
	addRussian(in)
	sign, err := m.Sheet(in, "a4")
	if err != nil {
		t.Fatal(err)
	}
	form, err := m.Form(in, &Person{Name: "Анна Петрова", Position: "Воспитатель"})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PDF_SAMPLES"); dir != "" {
		os.WriteFile(filepath.Join(dir, "sign-ru.pdf"), sign, 0o644)
		os.WriteFile(filepath.Join(dir, "form-ru.pdf"), form, 0o644)
	}
	for _, tt := range []struct {
		name  string
		pdf   []byte
		wants []string
	}{
		{"sign", sign, []string{"Видеонаблюдение", "Контролер:", "Срок хранения", "Ваши права", "Государственная инспекция данных", "14\u00a0дней"}},
		{"form", form, []string{"Подтверждение", "Я, нижеподписавшийся (-аяся),", "Анна Петрова", "Подпись"}},
	} {
		d := readPDF(t, tt.pdf)
		text := flat(d)
		for _, w := range tt.wants {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing from the text:\n%s", tt.name, w, text)
			}
		}
		all := d.text()
		nonASCII := map[rune]bool{}
		for _, r := range all {
			if r >= 127 {
				nonASCII[r] = true
			}
			if r == '\ufffd' {
				t.Errorf("%s: a character did not come back (U+FFFD)", tt.name)
			}
		}
		for _, r := range cyrillic + latvian + greek {
			if !nonASCII[r] {
				t.Errorf("%s: %q missing from the text", tt.name, r)
			}
		}
		if len(nonASCII) <= slotSize {
			t.Errorf("%s: %d characters beyond ASCII fit one encoding; the test means to need two", tt.name, len(nonASCII))
		}
	}
}
