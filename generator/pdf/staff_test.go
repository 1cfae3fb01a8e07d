package pdf

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadStaff(t *testing.T) {
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
		{"empty position is allowed", "name,position\nAnna,\n", []Person{{"Anna", ""}}, nil},
		{"bad rows", "name,position\nAnna,Māsa\n,Skolotāja\nBerta\n\"Cilda\x07\",Māsa\n",
			nil, []string{"staff.csv:3: name is empty", "staff.csv:4: the row has 1 of the header's 2 columns", "staff.csv:5: name has a control character"}},
		{"header", "vārds,amats\nAnna,Māsa\n", nil, []string{"staff.csv:1: the header row must name the columns name and position; name and position missing"}},
		{"no header", "", nil, []string{"staff.csv:1: no header row"}},
		{"no staff", "name,position\n", nil, []string{"staff.csv: no staff"}},
		{"quote", "name,position\nAnna,\"Māsa\nBerta,x\n", nil, []string{`staff.csv:3:9: extraneous or missing " in quoted-field (in the record that starts on line 2)`}},
		{"not UTF-8", "name,position\nAnna,Māsa\nB\xe9rta,x\n", nil, []string{"staff.csv:3: not valid UTF-8"}},
		{"too long", "name,position\n" + strings.Repeat("ā", 201) + ",x\n", nil, []string{"staff.csv:2: name is longer than 200 characters"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadStaff(strings.NewReader(c.in), "staff.csv")
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
