package staff

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestReadFiles(t *testing.T) {
	for _, c := range []struct {
		file string
		want []Person
	}{
		{"excel-lv.csv", []Person{
			{"Līga Ūdre-Ķēniņa", "Pirmsskolas izglītības skolotāja"},
			{"Jānis Čakste", "Direktors; vadītājs"},
			{"Ņina Žagare", ""},
		}},
		{"windows-1257.csv", []Person{{"Ģirts Šķērsts", "Ēkas pārzinis"}, {"Žanna Ļaudaka-Ņikitina", "Grāmatvede"}}},
		{"english.csv", []Person{{"Anna Ozola", "Teacher, primary"}}},
	} {
		t.Run(c.file, func(t *testing.T) {
			p := filepath.Join("testdata", c.file)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := Read(f, p)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// win1257 encodes s in Windows-1257, as Latvian Windows saves CSV.
func win1257(t *testing.T, s string) string {
	b, err := charmap.Windows1257.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRead(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want []Person
		errs []string
	}{
		{"plain", "name,position\nLīga Ūdre,Skolotāja\nJānis Ķirsis,\"Vadītājs, direktors\"\n",
			[]Person{{"Līga Ūdre", "Skolotāja"}, {"Jānis Ķirsis", "Vadītājs, direktors"}}, nil},
		{"BOM, CRLF, order, case, spaces, blank lines and other columns",
			"\uFEFFPosition , Name,e-mail\r\n\r\n  Skolotāja ,  Līga   Ūdre ,liga@example.lv\r\n,,\r\nMāsa,Anna,\r\n",
			[]Person{{"Līga Ūdre", "Skolotāja"}, {"Anna", "Māsa"}}, nil},
		{"Latvian Excel: semicolons, BOM, CRLF", "\uFEFFVārds, uzvārds;Amats\r\nAnna Ozola;Māsa\r\n",
			[]Person{{"Anna Ozola", "Māsa"}}, nil},
		{"Latvian header without diacritics or comma", "VARDS UZVARDS;AMATS\nAnna Ozola;Māsa\n",
			[]Person{{"Anna Ozola", "Māsa"}}, nil},
		{"separate first and last names, commas", "vārds,uzvārds,amats\nAnna,Ozola,Māsa\n",
			[]Person{{"Anna Ozola", "Māsa"}}, nil},
		{"Windows-1257", win1257(t, "vārds; uzvārds; amats\r\nĢirts;Ūdris;Šoferis\r\n"),
			[]Person{{"Ģirts Ūdris", "Šoferis"}}, nil},
		{"Windows-1257 é", "name,position\nB\xe9rta,x\n", []Person{{"Bérta", "x"}}, nil},
		{"UTF-8 with a stray byte", "name,position\nAnna,Māsa\nB\x81rta,x\n", nil, []string{`staff.csv:3: neither UTF-8 nor Windows-1257; save the file as "CSV UTF-8"`}},
		{"empty position is allowed", "name;position\nAnna;\n", []Person{{"Anna", ""}}, nil},
		{"bad rows", "name,position\nAnna,Māsa\n,Skolotāja\nBerta\n\"Cilda\x07\",Māsa\n",
			nil, []string{
				"staff.csv:3: name is empty; give a name or delete the row",
				`staff.csv:4: the row has 1 of the header's 2 columns (a ',' missing?)`,
				"staff.csv:5: name has a control character"}},
		{"bad rows, semicolons", "vārds, uzvārds;amats\nBerta, Ozola\n", nil,
			[]string{`staff.csv:2: the row has 1 of the header's 2 columns (a ';' missing?)`}},
		{"no name column", "persona;amats\nAnna;Māsa\n", nil,
			[]string{"staff.csv:1: header has no name column; expected name or vārds, uzvārds (or the two columns vārds and uzvārds); found: persona;amats"}},
		{"only a first name", "vārds;amats\nAnna;Māsa\n", nil, []string{"staff.csv:1: header has no name column"}},
		{"no position column", "\n\nname,role\nAnna,Māsa\n", nil,
			[]string{"staff.csv:3: header has no position column; expected position or amats; found: name,role"}},
		{"no header", "", nil, []string{"staff.csv:1: no header row: the first line must name the columns"}},
		{"no staff", "name,position\n", nil, []string{"staff.csv: no staff after the header row"}},
		{"quote", "name,position\nAnna,\"Māsa\nBerta,x\n", nil, []string{`staff.csv:3:9: extraneous or missing " in quoted-field (in the record that starts on line 2)`}},
		{"too long", "name,position\n" + strings.Repeat("ā", 201) + ",x\n", nil, []string{"staff.csv:2: name is longer than 200 characters"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(c.in), "staff.csv")
			if len(c.errs) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, c.want) {
					t.Errorf("got %q, want %q", got, c.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error; got %q", got)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(c.errs) {
				t.Errorf("%d errors, want %d:\n%v", len(lines), len(c.errs), err)
			}
			for i, w := range c.errs {
				if i < len(lines) && !strings.HasPrefix(lines[i], w) {
					t.Errorf("error %d: %q, want it to start with %q", i, lines[i], w)
				}
			}
		})
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]rune{
		"name,position":           ',',
		"vārds, uzvārds;amats":    ';',
		"\n\nvārds;uzvārds;amats": ';',
		`"a;b",position`:          ',',
		"name":                    ',',
		"":                        ',',
	} {
		if got := sniff(in); got != want {
			t.Errorf("sniff(%q) = %q, want %q", in, got, want)
		}
	}
}
