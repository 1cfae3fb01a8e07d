package register

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// loadExample loads the example content tree of the repository.
func loadExample(t *testing.T) *notice.Content {
	t.Helper()
	keys, optional, langs := i18n.Describe()
	c, err := notice.Options{Catalogs: notice.Catalogs{Keys: keys, Optional: optional, Builtin: langs}}.Load(filepath.Join("..", "..", "content"))
	if err != nil {
		t.Fatalf("loading the example content: %v", err)
	}
	return c
}

// purposesOf returns the purposes of the current institutions of
// controller id, in the order of the register.
func purposesOf(c *notice.Content, id string) []*notice.Purpose {
	var out []*notice.Purpose
	for _, in := range c.Institutions {
		if in.Controller.ID == id {
			out = append(out, in.Purposes...)
		}
	}
	return out
}

// TestGolden compares the register of every controller of the example
// content, in every site language, with its golden file; -update
// rewrites them.
func TestGolden(t *testing.T) {
	c := loadExample(t)
	if len(c.Controllers) == 0 {
		t.Fatal("the example content has no controllers")
	}
	for _, ctrl := range c.Controllers {
		for _, lang := range c.Site.Languages {
			name := ctrl.ID + "." + lang + ".golden.csv"
			t.Run(name, func(t *testing.T) {
				got, err := CSV(ctrl, c.Institutions, lang)
				if err != nil {
					t.Fatal(err)
				}
				path := filepath.Join("testdata", name)
				if *update {
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("register differs from %s; if the change is intended, run go test ./generator/register -update and review the diff", path)
				}
			})
		}
	}
}

// TestCSVOpens reads every register back with encoding/csv: a byte order
// mark, the headings of every column, and one row per purpose with the
// purpose's name and every cell filled.
func TestCSVOpens(t *testing.T) {
	c := loadExample(t)
	for _, ctrl := range c.Controllers {
		for _, lang := range c.Site.Languages {
			data, err := CSV(ctrl, c.Institutions, lang)
			if err != nil {
				t.Fatal(err)
			}
			rest, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf"))
			if !ok {
				t.Fatalf("%s %s: no UTF-8 byte order mark", ctrl.ID, lang)
			}
			cr := csv.NewReader(bytes.NewReader(rest))
			cr.Comma = ';'
			cr.FieldsPerRecord = len(Columns())
			recs, err := cr.ReadAll()
			if err != nil {
				t.Fatalf("%s %s: %v", ctrl.ID, lang, err)
			}
			w := wordings()[lang]
			for i, k := range Columns() {
				if recs[0][i] != w.headings[k] {
					t.Errorf("%s %s: column %d is %q, want %q", ctrl.ID, lang, i, recs[0][i], w.headings[k])
				}
			}
			ps := purposesOf(c, ctrl.ID)
			if len(ps) == 0 {
				t.Fatalf("%s has no purposes in the example", ctrl.ID)
			}
			if got := len(recs) - 1; got != len(ps) {
				t.Fatalf("%s %s: %d rows, want one per purpose: %d", ctrl.ID, lang, got, len(ps))
			}
			for i, p := range ps {
				row := recs[i+1]
				if got := row[1]; got != strings.TrimSpace(p.Name.In(lang)) {
					t.Errorf("%s %s: row %d purpose = %q, want %q", ctrl.ID, lang, i+1, got, p.Name.In(lang))
				}
				for j, cell := range row {
					if strings.TrimSpace(cell) == "" {
						t.Errorf("%s %s: row %d, column %s is empty", ctrl.ID, lang, i+1, Columns()[j])
					}
				}
			}
			if !IsRegister(data) {
				t.Errorf("%s %s: IsRegister is false for a register", ctrl.ID, lang)
			}
		}
	}
}

// TestWordings checks that every language heads every column, with
// headings that differ from each other.
func TestWordings(t *testing.T) {
	for lang, w := range wordings() {
		seen := map[string]bool{}
		for _, k := range Columns() {
			h := w.headings[k]
			if h == "" {
				t.Errorf("%s: no heading for column %s", lang, k)
			}
			if seen[h] {
				t.Errorf("%s: heading %q twice", lang, h)
			}
			seen[h] = true
		}
		if len(w.headings) != len(Columns()) {
			t.Errorf("%s: %d headings for %d columns", lang, len(w.headings), len(Columns()))
		}
		for _, code := range notice.BasisCodes() {
			if w.bases[code] == "" {
				t.Errorf("%s: no wording for basis %s", lang, code)
			}
		}
		for _, code := range notice.SafeguardCodes() {
			if w.safeguard[code] == "" {
				t.Errorf("%s: no wording for safeguard %s", lang, code)
			}
		}
		for _, u := range notice.RetentionUnits() {
			if w.units[u][0] == "" || w.units[u][1] == "" {
				t.Errorf("%s: no wording for unit %s", lang, u)
			}
		}
	}
}
