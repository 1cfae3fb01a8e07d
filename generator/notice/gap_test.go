package notice

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// loadInstitution loads institutions/saimite.yaml of files with its
// warnings, failing the test on errors.
func loadInstitution(t *testing.T, files map[string]string) (*Institution, ErrorList) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	tree, errs := Options{Catalogs: testCatalogs()}.OpenFS(fsys, "content")
	in, list := tree.Institution("institutions/saimite.yaml")
	errs = append(errs, list...)
	errs.Sort()
	return in, errs
}

// gapsOf returns the gaps of the base institution changed as files say,
// as the check report prints them; nil when it does not load.
func gapsOf(t *testing.T, files map[string]string) []string {
	t.Helper()
	in, errs := loadInstitution(t, files)
	if len(errs) > 0 || in == nil {
		return nil
	}
	var out []string
	for _, g := range in.Gaps() {
		out = append(out, g.String())
	}
	return out
}

// TestGaps pins each fact that blocks publication with its exact line in
// the check report: not stated ({unknown: ...}) or missing.
func TestGaps(t *testing.T) {
	const inst, cctv = "institutions/saimite.yaml", "purposes/cctv.yaml"
	tests := []struct {
		name, file, old, new string
		want                 []string
	}{
		{"missing address", inst, "address: Rīgas iela 7, Babītes pagasts, LV-2107\n", "",
			[]string{"content/institutions/saimite.yaml:1:1: address: missing (Art 13(1)(a))"}},
		{"public body without dpo", inst, "dpo:\n  email: dpo@babite.lv\n", "",
			[]string{"content/institutions/saimite.yaml:1:1: dpo: missing (Art 37(1)(a), Art 13(1)(b))"}},
		{"dpo not stated", inst, "dpo:\n  email: dpo@babite.lv\n", "dpo: {unknown: ask the municipality who its DPO is}\n",
			[]string{"content/institutions/saimite.yaml:7:6: dpo: not stated (Art 37(1)(a), Art 13(1)(b)): ask the municipality who its DPO is"}},
		{"transfers not stated in defaults", inst, "  transfers: none", "  transfers: {unknown: ask the head whether any data leave the EU}",
			[]string{
				"content/institutions/saimite.yaml:14:14: defaults.transfers: not stated (Art 13(1)(f)): ask the head whether any data leave the EU",
			}},
		{"legitimate interests missing", cctv, "legitimate_interests: {lv: Īpašuma aizsardzība, en: Protecting property}\n", "",
			[]string{"content/purposes/cctv.yaml:1:1: purposes[cctv].legitimate_interests: missing (Art 13(1)(d))"}},
		// A shared purpose's gaps are named by the purpose that uses it,
		// at their place in the shared file.
		{"shared requirement not stated", cctv, "requirement: {kind: voluntary}\n", "requirement: {unknown: ask the head}\n",
			[]string{"content/purposes/cctv.yaml:9:14: purposes[cctv].requirement: not stated (Art 13(2)(e)): ask the head"}},
		{"shared law not stated", cctv, "  - basis: legitimate-interests\nlegitimate_interests: {lv: Īpašuma aizsardzība, en: Protecting property}\n", "  - basis: public-task\n    laws: {unknown: ask the head which law}\n",
			[]string{"content/purposes/cctv.yaml:5:11: purposes[cctv].legal_basis[0].laws: not stated (Art 6(3)): ask the head which law"}},
		{"source missing", inst, "    sources: {lv: VIIS, en: State Education Information System}\n", "",
			[]string{"content/institutions/saimite.yaml:16:5: purposes[pupils].sources: missing (Art 14(2)(f))"}},
		{"law behind a legal obligation missing", inst, "        laws:\n          - {lv: Izglītības likums, en: Education Law}\n", "",
			[]string{"content/institutions/saimite.yaml:19:9: purposes[pupils].legal_basis[0].laws: missing (Art 6(3))"}},
		{"law not stated", inst, "        laws:\n          - {lv: Izglītības likums, en: Education Law}\n", "        laws: {unknown: ask the head which law requires the register}\n",
			[]string{"content/institutions/saimite.yaml:20:15: purposes[pupils].legal_basis[0].laws: not stated (Art 6(3)): ask the head which law requires the register"}},
		{"consent without withdrawal", cctv, "  - basis: legitimate-interests\n", "  - basis: legitimate-interests\n  - basis: consent\n",
			[]string{
				"content/institutions/saimite.yaml:33:5: purposes[cctv].withdraw: missing (Art 7(3))",
				"content/institutions/saimite.yaml:33:5: purposes[cctv].consent_covers: missing (Art 13(1)(c), Art 7(3))",
			}},
		{"retention not stated", inst, "    retention:\n      period: 10\n      unit: years\n      from: {lv: pēc iestādes beigšanas, en: after leaving}\n", "    retention: {unknown: ask the archivist}\n",
			[]string{"content/institutions/saimite.yaml:26:16: purposes[pupils].retention: not stated (Art 13(2)(a)): ask the archivist"}},
		{"automated not stated", inst, "    data_from: both", "    automated: {unknown: ask IT whether decisions are automated}\n    data_from: both",
			[]string{"content/institutions/saimite.yaml:24:16: purposes[pupils].automated: not stated (Art 13(2)(f)): ask IT whether decisions are automated"}},
		{"shared gap answered by the use", cctv, "retention: {period: 14, unit: days}\n", "retention: {unknown: ask}\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			if !strings.Contains(files[tt.file], tt.old) {
				t.Fatalf("test setup: %q not in %s", tt.old, tt.file)
			}
			files[tt.file] = strings.Replace(files[tt.file], tt.old, tt.new, 1)
			if tt.name == "shared gap answered by the use" {
				files[inst] = strings.Replace(files[inst], "  - use: cctv\n", "  - use: cctv\n    retention: {period: 7, unit: days}\n", 1)
			}
			if err := loadMap(t, files); err != nil {
				t.Fatalf("a gap is not an error: %v", err)
			}
			got := gapsOf(t, files)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("gaps:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestTierRules pins what the law excludes (errors) and good practice
// (warnings) with their exact messages.
func TestTierRules(t *testing.T) {
	const inst, cctv = "institutions/saimite.yaml", "purposes/cctv.yaml"
	tests := []struct {
		name, file, old, new string
		errs, warns          []string
	}{
		{"consent with a statutory requirement", inst, "      - basis: legal-obligation\n        laws:\n          - {lv: Izglītības likums, en: Education Law}\n", "      - basis: consent\n    withdraw: {lv: Rakstiet, en: Write to us}\n",
			[]string{"content/institutions/saimite.yaml:18:5: purposes[pupils].requirement.kind: consent cannot rest on data that are statutory: consent is freely given, so the data are voluntary (GDPR Art 7(4)); use legal-obligation or contract as the basis, or make the requirement voluntary"}, nil},
		{"withdrawal without consent", inst, "    data_from: both", "    withdraw: {lv: Rakstiet, en: Write to us}\n    data_from: both",
			[]string{"content/institutions/saimite.yaml:18:5: purposes[pupils].withdraw: a withdrawal route is stated but consent is not a legal basis: add the basis or leave the field out"}, nil},
		{"empty question", inst, "  transfers: none", "  transfers: {unknown: \"\"}",
			[]string{"content/institutions/saimite.yaml:16:24: defaults.transfers.unknown: write what to ask and whom, e.g. unknown: \"ask the head of the school whether data go abroad\", or the same in every site language"}, nil},
		{"phone not stated warns", inst, "phone: \"67914602\"", "phone: {unknown: ask the secretary}", nil,
			[]string{"content/institutions/saimite.yaml:4:8: phone: recommended: not stated: ask the secretary"}},
		{"legitimate interests acknowledged", cctv, "subjects:", "acknowledge:\n  - warning: public-body-legitimate-interests\n    reason: {lv: Ārpus uzdevumiem, en: Outside the tasks}\nsubjects:", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			// Give the recommended facts, so that only the rule warns.
			files[inst] = strings.Replace(files[inst], "  effective: 2026-11-20\n", "  effective: 2026-11-20\n  version: \"1\"\n  approved_by: {lv: Vadītāja, en: The head}\n", 1)
			if !strings.Contains(files[tt.file], tt.old) {
				t.Fatalf("test setup: %q not in %s", tt.old, tt.file)
			}
			files[tt.file] = strings.Replace(files[tt.file], tt.old, tt.new, 1)
			in, errs := loadInstitution(t, files)
			var got, warns []string
			for _, e := range errs {
				got = append(got, e.Error())
			}
			if in != nil {
				for _, w := range in.Warnings {
					if !strings.Contains(w.Msg, "legitimate interests") || tt.name == "legitimate interests acknowledged" {
						warns = append(warns, w.Error())
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.errs, "\n"))
			}
			if strings.Join(warns, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warns, "\n"), strings.Join(tt.warns, "\n"))
			}
		})
	}
}

// TestUnknownRoundTrip checks that the encoder writes a fact not stated
// back as {unknown: question}, and that it loads back as the same gap.
func TestUnknownRoundTrip(t *testing.T) {
	const inst = "institutions/saimite.yaml"
	files := base()
	files[inst] = strings.Replace(files[inst], "  transfers: none", "  transfers: {unknown: ask the head}", 1)
	files[inst] = strings.Replace(files[inst], "dpo:\n  email: dpo@babite.lv\n", "dpo: {unknown: ask the municipality}\n", 1)
	files[inst] = regexp.MustCompile(`(?m)^address: .*$`).ReplaceAllString(files[inst], "address: {unknown: {lv: jautājiet vadītājai, en: ask the head}}")
	in, errs := loadInstitution(t, files)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	data, err := Marshal(in, []string{"lv", "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"dpo: {unknown: ask the municipality}", "transfers: {unknown: ask the head}", "address:\n  unknown:\n    lv: jautājiet vadītājai\n    en: ask the head\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("encoded notice lacks %q:\n%s", want, data)
		}
	}
	files[inst] = string(data)
	again, errs := loadInstitution(t, files)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	// Marshal writes the purposes in full, so the gap of the defaults
	// becomes each purpose's: compare the facts not stated, not their
	// number.
	set := func(gs []Gap) []string {
		var out []string
		for _, g := range gs {
			if s := g.Key + ": " + g.AskIn("lv") + " / " + g.AskIn("en"); !contains(out, s) {
				out = append(out, s)
			}
		}
		return out
	}
	before, after := set(in.Gaps()), set(again.Gaps())
	if strings.Join(before, "\n") != strings.Join(after, "\n") || len(before) != 3 {
		t.Errorf("gaps before %q, after the round trip %q", before, after)
	}
}
