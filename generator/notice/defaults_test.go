package notice

import (
	"reflect"
	"strings"
	"testing"
)

// TestFromDefaults pins which fields each purpose records as taken from
// the institution's defaults, the defaults kept in the model, and the
// keys a notice states once: a field the purpose sets, one it inherits,
// a default not stated ({unknown: ...}), a purpose overriding a default
// with its own value, and a shared purpose's own value.
func TestFromDefaults(t *testing.T) {
	const inst, cctv = "institutions/saimite.yaml", "purposes/cctv.yaml"
	type edit struct{ file, old, new string }
	tests := []struct {
		name  string
		edits []edit
		// from are the FromDefaults of pupils and cctv.
		from   [2][]string
		keys   []string // Defaults.Keys
		common []string // CommonKeys
		gaps   []string // the keys of Defaults.Unknown
	}{
		{"both inherit", nil,
			[2][]string{{"recipients", "transfers"}, {"recipients", "transfers"}},
			[]string{"recipients", "transfers"}, []string{"recipients", "transfers"}, nil},
		{"a purpose sets its own recipients",
			[]edit{{inst, "    data_from: both\n", "    data_from: both\n    recipients: {lv: Ministrija, en: The ministry}\n"}},
			[2][]string{{"transfers"}, {"recipients", "transfers"}},
			[]string{"recipients", "transfers"}, []string{"transfers"}, nil},
		{"both override transfers",
			[]edit{
				{inst, "    data_from: both\n", "    data_from: both\n    transfers: none\n"},
				{inst, "  - use: cctv\n", "  - use: cctv\n    transfers: none\n"},
			},
			[2][]string{{"recipients"}, {"recipients"}},
			[]string{"recipients", "transfers"}, []string{"recipients"}, nil},
		{"a shared purpose's own value is not a default",
			[]edit{{cctv, "requirement: {kind: voluntary}\n", "requirement: {kind: voluntary}\nrecipients: {lv: Policija, en: The police}\n"}},
			[2][]string{{"recipients", "transfers"}, {"transfers"}},
			[]string{"recipients", "transfers"}, []string{"transfers"}, nil},
		{"a default not stated",
			[]edit{{inst, "  transfers: none", "  transfers: {unknown: ask the head whether any data leave the EU}"}},
			[2][]string{{"recipients", "transfers"}, {"recipients", "transfers"}},
			[]string{"recipients", "transfers"}, []string{"recipients", "transfers"}, []string{"transfers"}},
		{"automated given once",
			[]edit{{inst, "  transfers: none\n", "  transfers: none\n  automated: none\n"}},
			[2][]string{{"recipients", "transfers", "automated"}, {"recipients", "transfers", "automated"}},
			[]string{"recipients", "transfers", "automated"}, []string{"recipients", "transfers", "automated"}, nil},
		{"no defaults",
			[]edit{
				{inst, "defaults:\n  recipients: {lv: Pārziņa darbinieki, en: The controller's staff}\n  transfers: none\n", ""},
				{inst, "    data_from: both\n", "    data_from: both\n    recipients: {lv: Ministrija, en: The ministry}\n    transfers: none\n"},
				{inst, "  - use: cctv\n", "  - use: cctv\n    recipients: {lv: Policija, en: The police}\n    transfers: none\n"},
			},
			[2][]string{nil, nil}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			for _, e := range tt.edits {
				if !strings.Contains(files[e.file], e.old) {
					t.Fatalf("test setup: %q not in %s", e.old, e.file)
				}
				files[e.file] = strings.Replace(files[e.file], e.old, e.new, 1)
			}
			in, errs := loadInstitution(t, files)
			if len(errs) > 0 || in == nil {
				t.Fatalf("does not load: %v", errs)
			}
			for i, p := range in.Purposes {
				if !reflect.DeepEqual(p.FromDefaults, tt.from[i]) {
					t.Errorf("%s: FromDefaults = %q, want %q", p.ID, p.FromDefaults, tt.from[i])
				}
			}
			var keys, gaps []string
			if in.Defaults != nil {
				keys = in.Defaults.Keys
				for _, g := range in.Defaults.Unknown {
					gaps = append(gaps, g.Key)
				}
			}
			if !reflect.DeepEqual(keys, tt.keys) {
				t.Errorf("Defaults.Keys = %q, want %q", keys, tt.keys)
			}
			if got := in.CommonKeys(); !reflect.DeepEqual(got, tt.common) {
				t.Errorf("CommonKeys = %q, want %q", got, tt.common)
			}
			if !reflect.DeepEqual(gaps, tt.gaps) {
				t.Errorf("gaps of the defaults = %q, want %q", gaps, tt.gaps)
			}
			if in.Defaults.Has("transfers") && len(in.Defaults.Unknown) == 0 && in.Defaults.Transfers == nil {
				t.Errorf("transfers: none in the defaults decoded as not given")
			}
			// Marshal keeps the defaults as given: loaded back, the same.
			data, err := Marshal(in, []string{"lv", "en"})
			if err != nil {
				t.Fatal(err)
			}
			in2, errs := loadInstitution(t, map[string]string{"site.yaml": files["site.yaml"], inst: string(data)})
			if len(errs) > 0 || in2 == nil {
				t.Fatalf("Marshal output does not load: %v\n%s", errs, data)
			}
			for i, p := range in2.Purposes {
				if !reflect.DeepEqual(p.FromDefaults, tt.from[i]) {
					t.Errorf("after Marshal: %s: FromDefaults = %q, want %q", p.ID, p.FromDefaults, tt.from[i])
				}
			}
			if got, want := stripSources(t, in2.Defaults), stripSources(t, in.Defaults); !reflect.DeepEqual(got, want) {
				t.Errorf("after Marshal: Defaults = %v, want %v", got, want)
			}
		})
	}
}

// TestCommonKeysOnePurpose: a default that only one purpose of several
// takes is stated under that purpose; with a single purpose, once.
func TestCommonKeysOnePurpose(t *testing.T) {
	in := &Institution{Defaults: &Defaults{Keys: []string{"recipients", "transfers"}}, Purposes: []*Purpose{
		{ID: "a", FromDefaults: []string{"recipients", "transfers"}},
		{ID: "b", FromDefaults: []string{"transfers"}},
	}}
	if got, want := in.CommonKeys(), []string{"transfers"}; !reflect.DeepEqual(got, want) {
		t.Errorf("CommonKeys = %q, want %q", got, want)
	}
	in.Purposes = in.Purposes[:1]
	if got, want := in.CommonKeys(), []string{"recipients", "transfers"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one purpose: CommonKeys = %q, want %q", got, want)
	}
}
