package notice

import "testing"

// TestBuiltinRenames holds the rule pack to what it must say: the merges
// of the 2021 reform the example content and the issue name, in both
// forms of a municipality's name, no name both old and new (a chain the
// warning would not follow), and no old name twice.
func TestBuiltinRenames(t *testing.T) {
	pack := BuiltinRenames()
	byOld := map[string]Rename{}
	for _, r := range pack {
		if _, dup := byOld[r.Old]; dup {
			t.Errorf("%q is listed twice", r.Old)
		}
		byOld[r.Old] = r
	}
	for _, r := range pack {
		if _, chain := byOld[r.New]; chain {
			t.Errorf("%q → %q: the new name is itself an old one", r.Old, r.New)
		}
		if r.Since.IsZero() || (r.Change != "merged" && r.Change != "renamed") {
			t.Errorf("%q: since %v, change %q", r.Old, r.Since, r.Change)
		}
	}
	for _, tt := range []struct{ old, new, since string }{
		{"Babītes novada pašvaldība", "Mārupes novada pašvaldība", "2021-07-01"},
		{"Babītes novada dome", "Mārupes novada dome", "2021-07-01"},
		{"Baldones novada pašvaldība", "Ķekavas novada pašvaldība", "2021-07-01"},
		{"Ikšķiles novada pašvaldība", "Ogres novada pašvaldība", "2021-07-01"},
		{"Ķeguma novada pašvaldība", "Ogres novada pašvaldība", "2021-07-01"},
		{"Lielvārdes novada pašvaldība", "Ogres novada pašvaldība", "2021-07-01"},
		{"Carnikavas novada pašvaldība", "Ādažu novada pašvaldība", "2021-07-01"},
		{"Vides aizsardzības un reģionālās attīstības ministrija", "Viedās administrācijas un reģionālās attīstības ministrija", "2023-01-01"},
	} {
		r, ok := byOld[tt.old]
		if !ok || r.New != tt.new || r.Since.String() != tt.since {
			t.Errorf("%q: got %+v, want → %q since %s", tt.old, r, tt.new, tt.since)
		}
	}
	for _, kept := range []string{"Mārupes novada pašvaldība", "Ogres novada pašvaldība", "Rīgas domes Izglītības, kultūras un sporta departaments"} {
		if _, ok := byOld[kept]; ok {
			t.Errorf("%q still exists and must not be warned", kept)
		}
	}
}
