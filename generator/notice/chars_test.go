package notice_test

import (
	"errors"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"policysite/generator/notice"
	"policysite/generator/pdf"
)

const inst = "institutions/saimite.yaml"

// loadFiles loads a content tree of files as check and build do, with
// the PDF fonts' coverage.
func loadFiles(files map[string]string) (*notice.Content, error) {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return notice.Options{Glyphs: pdf.Covers}.LoadFS(fsys, "content")
}

// archived returns the base institution as a self-contained archived
// version effective on date, as the archive command writes it.
func archived(t *testing.T, date string) string {
	t.Helper()
	c, err := loadFiles(notice.Base())
	if err != nil {
		t.Fatal(err)
	}
	in := *c.Institutions[0]
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	in.Document.Effective = notice.Date{Time: d}
	data, err := notice.Marshal(&in, c.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// errorLines returns the lines of err, sorted, failing unless it is an
// ErrorList.
func errorLines(t *testing.T, err error) []string {
	t.Helper()
	var list notice.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	sort.Strings(got)
	return got
}

// TestRefusedInput pins, with its exact positioned message, each kind of
// input that check must refuse because build would fail on it or publish
// something other than what the file says.
func TestRefusedInput(t *testing.T) {
	deep := "id: x\nname: " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + "\n"
	many := "id: x\nname: [" + strings.Repeat("1,", notice.MaxNodes) + "1]\n"
	tests := []struct {
		name     string
		file     string
		old, new string // replace old with new in file ("" old: the whole file)
		want     []string
	}{
		// Item 6: invisible and control characters, by class.
		{"right-to-left override", inst, "en: Pupils}", "en: Pup\u202Eils}",
			[]string{"content/institutions/saimite.yaml:22:41: purposes[pupils].subjects.en: bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE): it reorders the text around it unseen; remove it"}},
		{"isolate", inst, "en: Pupils}", "en: \u2067Pupils\u2069}",
			[]string{
				"content/institutions/saimite.yaml:22:38: purposes[pupils].subjects.en: bidirectional control character U+2067 (RIGHT-TO-LEFT ISOLATE): it reorders the text around it unseen; remove it",
				"content/institutions/saimite.yaml:22:45: purposes[pupils].subjects.en: bidirectional control character U+2069 (POP DIRECTIONAL ISOLATE): it reorders the text around it unseen; remove it",
			}},
		{"mark", inst, "en: Pupils}", "en: Pupils\u200F}",
			[]string{"content/institutions/saimite.yaml:22:44: purposes[pupils].subjects.en: bidirectional control character U+200F (RIGHT-TO-LEFT MARK): it reorders the text around it unseen; remove it"}},
		{"arabic letter mark", inst, "en: Pupils}", "en: Pu\u061Cpils}",
			[]string{"content/institutions/saimite.yaml:22:40: purposes[pupils].subjects.en: bidirectional control character U+061C (ARABIC LETTER MARK): it reorders the text around it unseen; remove it"}},
		{"zero-width space", inst, "en: Pupils}", "en: Pu\u200Bpils}",
			[]string{"content/institutions/saimite.yaml:22:40: purposes[pupils].subjects.en: zero-width character U+200B (ZERO WIDTH SPACE): it is invisible; remove it"}},
		{"zero-width joiner and word joiner", inst, "en: Pupils}", "en: Pu\u200Dpi\u2060ls}",
			[]string{
				"content/institutions/saimite.yaml:22:40: purposes[pupils].subjects.en: zero-width character U+200D (ZERO WIDTH JOINER): it is invisible; remove it",
				"content/institutions/saimite.yaml:22:43: purposes[pupils].subjects.en: zero-width character U+2060 (WORD JOINER): it is invisible; remove it",
			}},
		{"byte order mark inside text", inst, "en: Pupils}", "en: Pupils\uFEFF}",
			[]string{"content/institutions/saimite.yaml:22:44: purposes[pupils].subjects.en: zero-width character U+FEFF (ZERO WIDTH NO-BREAK SPACE): it is invisible; remove it"}},
		{"escape written as an escape", inst, "en: Pupils}", `en: "Pu\epils"}`,
			[]string{"content/institutions/saimite.yaml:22:38: purposes[pupils].subjects.en: control character U+001B (ESC): remove it"}},
		{"NUL written as an escape", inst, "en: Pupils}", `en: "Pupils\0"}`,
			[]string{"content/institutions/saimite.yaml:22:38: purposes[pupils].subjects.en: control character U+0000 (NUL): remove it"}},
		{"C1 control", inst, "en: Pupils}", `en: "Pu\u009Bpils"}`,
			[]string{"content/institutions/saimite.yaml:22:38: purposes[pupils].subjects.en: control character U+009B: remove it"}},
		{"carriage return", inst, "en: Pupils}", `en: "Pu\rpils"}`,
			[]string{"content/institutions/saimite.yaml:22:38: purposes[pupils].subjects.en: control character U+000D (CR): remove it"}},
		{"NUL byte in the file", inst, "Rīgas iela 7", "Rīgas\x00 iela 7",
			[]string{"content/institutions/saimite.yaml:3:15: YAML syntax: control character U+0000 (NUL) is not allowed"}},
		{"ESC byte in the file", inst, "en: Pupils}", "en: Pu\x1bpils}",
			[]string{"content/institutions/saimite.yaml:22:40: YAML syntax: control character U+001B (ESC) is not allowed"}},
		// Item 6: what the PDF fonts cannot draw.
		{"emoji", inst, "en: Pupils}", "en: Pupils 😀}",
			[]string{"content/institutions/saimite.yaml:22:45: purposes[pupils].subjects.en: character \"😀\" (U+1F600): the PDF fonts cannot draw it; remove it or write it another way"}},
		{"CJK", "controllers/babite.yaml", "en: Babīte Municipality}", "en: Babīte 市}",
			[]string{"content/controllers/babite.yaml:2:50: name.en: character \"市\" (U+5E02): the PDF fonts cannot draw it; remove it or write it another way"}},
		{"emoji in a double-quoted escape", inst, "en: Pupils}", `en: "Pupils \U0001F600"}`,
			[]string{"content/institutions/saimite.yaml:22:38: purposes[pupils].subjects.en: character \"😀\" (U+1F600): the PDF fonts cannot draw it; remove it or write it another way"}},
		// Item 6: archive folders, checked as a whole when the tree opens.
		{"stray file in an archive folder", "archive/saimite/notes.txt", "", "notes\n",
			[]string{"content/archive/saimite/notes.txt: not an archived version: archive/saimite/ holds only earlier versions of the institution, each named by its effective date, such as 2018-05-21.yaml"}},
		{"archive file not named by a date", "archive/saimite/old.yaml", "", "id: saimite\n",
			[]string{"content/archive/saimite/old.yaml: not an archived version: archive/saimite/ holds only earlier versions of the institution, each named by its effective date, such as 2018-05-21.yaml"}},
		{"archive file named by no real date", "archive/saimite/2018-02-30.yaml", "", "id: saimite\n",
			[]string{"content/archive/saimite/2018-02-30.yaml: not an archived version: archive/saimite/ holds only earlier versions of the institution, each named by its effective date, such as 2018-05-21.yaml"}},
		// Item 8.
		{"base_url with a query", "site.yaml", "base_url: https://privatums.example.lv/", "base_url: https://privatums.example.lv/?utm=qr",
			[]string{"content/site.yaml:2:11: base_url: \"https://privatums.example.lv/?utm=qr\" has a query or fragment: write the address of the site's root, such as https://privatums.example.lv/"}},
		{"base_url with a fragment", "site.yaml", "base_url: https://privatums.example.lv/", "base_url: https://privatums.example.lv/#top",
			[]string{"content/site.yaml:2:11: base_url: \"https://privatums.example.lv/#top\" has a query or fragment: write the address of the site's root, such as https://privatums.example.lv/"}},
		{"binary tag", inst, `phone: "67914602"`, `phone: !!binary Njc5MTQ2MDI=`,
			[]string{"content/institutions/saimite.yaml:4:8: YAML tag !!binary is not allowed in content: remove it and write the value itself"}},
		{"custom tag", inst, `name: {lv:`, `name: !foo {lv:`,
			[]string{"content/institutions/saimite.yaml:2:7: YAML tag !foo is not allowed in content: remove it and write the value itself"}},
		{"zero date", inst, "effective: 2026-11-20", "effective: 0001-01-01",
			[]string{"content/institutions/saimite.yaml:11:14: document.effective: \"0001-01-01\" is before 1990: write the real date, YYYY-MM-DD"}},
		{"undefined alias", inst, "controller: babite", "controller: *babite",
			[]string{"content/institutions/saimite.yaml:6:13: YAML syntax: alias *babite refers to no anchor &babite defined before it"}},
		{"deep nesting", "controllers/deep.yaml", "", deep,
			[]string{"content/controllers/deep.yaml:2:107: YAML nesting is deeper than 100 levels"}},
		{"many nodes without an alias", "controllers/many.yaml", "", many,
			[]string{"content/controllers/many.yaml:2:399998: file has more than 200000 YAML nodes; split it"}},
		{"alias inside its own anchor", "controllers/loop.yaml", "", "id: &a [*a]\n",
			[]string{"content/controllers/loop.yaml:1:5: YAML aliases nest deeper than 100 levels: is an alias inside its own anchor?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := notice.Base()
			if tt.old == "" {
				files[tt.file] = tt.new
			} else {
				if !strings.Contains(files[tt.file], tt.old) {
					t.Fatalf("test setup: %q not in %s", tt.old, tt.file)
				}
				files[tt.file] = strings.Replace(files[tt.file], tt.old, tt.new, 1)
			}
			_, err := loadFiles(files)
			got := errorLines(t, err)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestTwoVersionsOneDate refuses 2018-05-21.yml beside 2018-05-21.yaml,
// each a valid archived version on its own.
func TestTwoVersionsOneDate(t *testing.T) {
	files := notice.Base()
	old := archived(t, "2018-05-21")
	files["archive/saimite/2018-05-21.yaml"] = old
	if _, err := loadFiles(files); err != nil {
		t.Fatalf("one archived version: %v", err)
	}
	files["archive/saimite/2018-05-21.yml"] = old
	_, err := loadFiles(files)
	got := strings.Join(errorLines(t, err), "\n")
	want := "content/archive/saimite/2018-05-21.yml: a second archived version effective 2018-05-21 (also content/archive/saimite/2018-05-21.yaml): keep one"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestArchiveOfUnloadedInstitution breaks the file of an institution
// that has an archive folder: the file's own error is reported, at its
// line, and not also "no institution for this archive folder", which
// would send the reader to the wrong file. A folder whose institution
// file is missing is still reported.
func TestArchiveOfUnloadedInstitution(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replace old with new in the institution's file ("" new: remove the file)
		want     []string
	}{
		{"NUL byte", "Rīgas iela 7", "Rīgas\x00 iela 7",
			[]string{"content/institutions/saimite.yaml:3:15: YAML syntax: control character U+0000 (NUL) is not allowed"}},
		{"undefined alias", "controller: babite", "controller: *babite",
			[]string{"content/institutions/saimite.yaml:6:13: YAML syntax: alias *babite refers to no anchor &babite defined before it"}},
		{"binary tag", `phone: "67914602"`, `phone: !!binary Njc5MTQ2MDI=`,
			[]string{"content/institutions/saimite.yaml:4:8: YAML tag !!binary is not allowed in content: remove it and write the value itself"}},
		{"file missing", "", "",
			[]string{`content/archive/saimite: no institution with id "saimite" for this archive folder`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := notice.Base()
			files["archive/saimite/2018-05-21.yaml"] = archived(t, "2018-05-21")
			if tt.old == "" {
				delete(files, inst)
			} else {
				if !strings.Contains(files[inst], tt.old) {
					t.Fatalf("test setup: %q not in %s", tt.old, inst)
				}
				files[inst] = strings.Replace(files[inst], tt.old, tt.new, 1)
			}
			_, err := loadFiles(files)
			if got, want := strings.Join(errorLines(t, err), "\n"), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
