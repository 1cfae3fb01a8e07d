package notice

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestRepealedLaw: citing the repealed Personal Data Protection Law is
// an error in the current notice and a warning in an archived version,
// which is kept as it was.
func TestRepealedLaw(t *testing.T) {
	const law = "{lv: Fizisko personu datu aizsardzības likums, en: Personal Data Processing Law}"
	archived := func(cites bool) string {
		s := base()["institutions/saimite.yaml"]
		s = strings.Replace(s, "controller: babite", `controller:
  id: babite
  name: {lv: Babītes novada pašvaldība, en: Babīte Municipality}
  reg_no: "90000028870"
  address: Centra iela 4, Piņķi, Babītes pagasts, LV-2107
  phone: "+371 67914650"
  email: dome@babite.lv`, 1)
		s = strings.Replace(s, "effective: 2026-11-20", "effective: 2018-05-21", 1)
		s = strings.Replace(s, "  - use: cctv\n", "", 1)
		if cites {
			s = strings.Replace(s, "{lv: Izglītības likums, en: Education Law}", law, 1)
		}
		return s
	}
	for _, tt := range []struct {
		name            string
		current, archiv bool // which version cites the repealed law
		errs, warns     string
	}{
		{"current cites it", true, false,
			"content/institutions/saimite.yaml:21:18: purposes[pupils].legal_basis[0].laws[0].lv: cites the Personal Data Protection Law (Fizisko personu datu aizsardzības likums), repealed in 2018; cite the Personal Data Processing Law (Fizisko personu datu apstrādes likums)", ""},
		{"archived version cites it", false, true, "",
			"content/archive/saimite/2018-05-21.yaml:27:18: purposes[pupils].legal_basis[0].laws[0].lv: cites the Personal Data Protection Law (Fizisko personu datu aizsardzības likums), cited as it was; the law was repealed in 2018, so a current version cites the Personal Data Processing Law (Fizisko personu datu apstrādes likums)"},
		{"neither", false, false, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			if tt.current {
				files["institutions/saimite.yaml"] = strings.Replace(files["institutions/saimite.yaml"], "{lv: Izglītības likums, en: Education Law}", law, 1)
			}
			files["archive/saimite/2018-05-21.yaml"] = archived(tt.archiv)
			fsys := fstest.MapFS{}
			for name, data := range files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			tree, errs := Options{Catalogs: testCatalogs()}.OpenFS(fsys, "content")
			in, list := tree.Institution("institutions/saimite.yaml")
			errs = append(errs, list...)
			if got := errs.Error(); got != tt.errs {
				t.Errorf("errors:\n%s\nwant:\n%s", got, tt.errs)
			}
			if in == nil {
				t.Fatal("not loaded")
			}
			var warns []string
			for _, w := range in.Warnings {
				if strings.Contains(w.Pos.File, "archive/") {
					warns = append(warns, w.Error())
				}
			}
			if got := strings.Join(warns, "\n"); got != tt.warns {
				t.Errorf("warnings of the archived version:\n%s\nwant:\n%s", got, tt.warns)
			}
		})
	}
}
