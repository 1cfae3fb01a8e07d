package notice

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// This file checks the languages a site declares: a language without a
// built-in catalog needs catalog: to give every key, and then its text
// in every field.

// TestThirdLanguage checks that a language with no built-in catalog
// (lt here) is refused at its place in languages: until catalog: gives
// every key, and that its text is then needed in every field.
func TestThirdLanguage(t *testing.T) {
	files := base()
	files["site.yaml"] = strings.Replace(files["site.yaml"], "languages: [lv, en]", "languages: [lv, en, lt]", 1)
	err := loadMap(t, files)
	if err == nil {
		t.Fatal("no error")
	}
	got := err.Error()
	for _, want := range []string{
		"content/site.yaml:3:21: languages: no catalog for (lt): there is no built-in one (built in: lv, en) and catalog: lacks 4 of its 4 keys (first: basis.consent)",
		"content/institutions/saimite.yaml:22:15: purposes[pupils].subjects: missing (lt) text",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("missing error %q in:\n%s", want, got)
		}
	}

	// catalog: supplies three of the four keys in lt: one is still missing.
	files["site.yaml"] += `catalog:
  basis.consent: {lt: Sutikimas}
  unit.days.one: {lt: diena}
  unit.days.few: {lt: dienos}
  unit.days.other: {lt: dienų}
`
	got = loadMap(t, files).Error()
	if want := "content/site.yaml:3:21: languages: no catalog for (lt): there is no built-in one (built in: lv, en) and catalog: lacks 1 of its 4 keys (first: word.and)\n"; !strings.Contains(got, want) {
		t.Errorf("missing error %q in:\n%s", want, got)
	}
}

// TestSuppliedLanguage checks that a site may declare a language without
// a built-in catalog when catalog: gives every key, and a language whose
// catalog is built in with nothing more.
func TestSuppliedLanguage(t *testing.T) {
	for _, tt := range []struct {
		name    string
		builtin []string
		catalog string
	}{
		{"supplied", []string{"lv", "en"}, `catalog:
  basis.consent: {lt: Sutikimas}
  unit.days.one: {lt: diena}
  unit.days.other: {lt: dienų}
  word.and: {en: "&", lt: ir}
`},
		{"built in", []string{"lv", "en", "lt"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			files["site.yaml"] = strings.Replace(files["site.yaml"], "languages: [lv, en]", "languages: [lv, en, lt]", 1) + tt.catalog
			files["institutions/saimite.yaml"] = strings.Replace(files["institutions/saimite.yaml"], "{lv: Izglītojamie, en: Pupils}", "{lv: Izglītojamie, en: Pupils, lt: Ugdytiniai}", 1)
			cats := testCatalogs()
			cats.Builtin = tt.builtin
			fsys := fstest.MapFS{}
			for name, data := range files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			_, err := Options{Catalogs: cats}.LoadFS(fsys, "content")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err = %v", err)
			}
			for _, e := range list {
				if strings.Contains(e.Msg, "catalog") {
					t.Errorf("catalog error: %v", e)
				}
			}
			if !strings.Contains(err.Error(), "missing (lt) text") {
				t.Errorf("lt texts were not required:\n%v", err)
			}
		})
	}
}

// TestCatalogEntries checks the entries of catalog: in site.yaml: a
// text in some of the site languages, not a plain value, not empty, only
// in site languages.
func TestCatalogEntries(t *testing.T) {
	for _, tt := range []struct{ entry, want string }{
		{"{en: And}", ""},
		{"And", "content/site.yaml:15:13: catalog.word.and: expected text in one or more languages, such as {lv: ..., en: ...}, found a plain value"},
		{"{}", "content/site.yaml:15:13: catalog.word.and: give the text in at least one site language"},
		{"{ru: и}", "content/site.yaml:15:14: catalog.word.and.ru: unknown language \"ru\"; the site languages are lv, en"},
		{"{lv: \"\"}", "content/site.yaml:15:18: catalog.word.and.lv: must not be empty"},
	} {
		files := base()
		files["site.yaml"] += "catalog:\n  word.and: " + tt.entry + "\n"
		err := loadMap(t, files)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: error %q, want %q", tt.entry, got, tt.want)
		}
	}
}
