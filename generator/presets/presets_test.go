package presets

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"policysite/generator/notice"
)

// TestPresetsLoad loads every preset through the content decoder.
func TestPresetsLoad(t *testing.T) {
	ps, errs := notice.LoadPresets(FS(), Languages())
	if len(errs) > 0 {
		t.Fatalf("presets do not load:\n%v", errs)
	}
	want := []string{"accounting", "cctv", "events", "personnel", "pupils", "submissions", "visitors", "website"}
	var got []string
	for _, p := range ps {
		got = append(got, p.ID)
		for _, l := range Languages() {
			if p.Name.In(l) == "" || p.Subjects.In(l) == "" || p.Categories.In(l) == "" || p.Recipients.In(l) == "" {
				t.Errorf("%s: name, subjects, categories or recipients missing in %s", p.ID, l)
			}
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("presets = %v, want %v", got, want)
	}
}

// TestPresetProcessors: processors are modelled in processors:, never
// in the recipients' text, and a preset's processors are a category
// worded as conditional on the institution engaging one (a preset does
// not state that an institution has processors).
func TestPresetProcessors(t *testing.T) {
	ps, errs := notice.LoadPresets(FS(), Languages())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	cond := map[string]string{"lv": "ja iestāde tādus piesaista", "en": "where the institution engages one"}
	withProcessors := 0
	for _, p := range ps {
		for _, l := range Languages() {
			if r := strings.ToLower(p.Recipients.In(l)); strings.Contains(r, "apstrādātāj") || strings.Contains(r, "processor") {
				t.Errorf("%s: the recipients (%s) describe processors; give them in processors:", p.ID, l)
			}
		}
		if p.Processors == nil {
			continue
		}
		withProcessors++
		if len(p.Processors.Named) > 0 {
			t.Errorf("%s: a preset names processors: %v", p.ID, p.Processors.Named)
		}
		for _, l := range Languages() {
			if c := p.Processors.Categories.In(l); !strings.Contains(c, cond[l]) {
				t.Errorf("%s: processors (%s) %q do not say %q", p.ID, l, c, cond[l])
			}
		}
	}
	// A default does not replace the processors a preset gives; the use's own do.
	for _, tc := range []struct{ over, want string }{
		{"", "Providers maintaining the video surveillance system"},
		{"    processors: {named: [{name: SIA Drošība, role: {lv: uztur kameras, en: maintains the cameras}}]}\n", ""},
	} {
		fsys := tree("lv, en", "cctv", needed["retention"]+needed["video.areas"]+tc.over)
		inst := strings.Replace(string(fsys["institutions/skola.yaml"].Data), "defaults: {transfers: none}",
			"defaults: {transfers: none, processors: {categories: {lv: Mākoņpakalpojumi, en: Cloud services}}}", 1)
		fsys["institutions/skola.yaml"].Data = []byte(inst)
		c, err := notice.Options{Presets: FS()}.LoadFS(fsys, "content")
		if err != nil {
			t.Fatal(err)
		}
		pr := c.Institutions[0].Purposes[0].Processors
		if got := pr.Categories.In("en"); !strings.HasPrefix(got, tc.want) || (tc.want == "" && (len(pr.Named) != 1 || got != "")) {
			t.Errorf("use of cctv with %q: processors %+v, want categories starting %q", tc.over, pr, tc.want)
		}
	}
	if withProcessors != 5 {
		t.Errorf("%d presets give processors, want 5 (accounting, cctv, personnel, pupils, website)", withProcessors)
	}
}

const site = `title: {lv: Paraugs, en: Example}
base_url: https://privatums.example.lv/
languages: [LANGS]
default_language: lv
authority:
  name: {lv: Datu valsts inspekcija, en: Data State Inspectorate}
  address: Elijas iela 17, Rīga, LV-1050
  email: pasts@dvi.gov.lv
  web: https://www.dvi.gov.lv
accessibility:
  status: partial
  assessed: 2026-01-01
  email: pieklustamiba@example.lv
`

const institution = `id: skola
name: {lv: Skola, en: School}
address: Skolas iela 1, Rīga, LV-1000
phone: "67000000"
email: skola@example.lv
controller: {id: pasvaldiba, name: {lv: Pašvaldība, en: Municipality}, reg_no: "90000000000", address: Rīga, phone: "67000001", email: dome@example.lv}
dpo: {email: dpo@example.lv}
document: {title: {lv: Noteikumi, en: Rules}, effective: 2026-01-01}
defaults: {transfers: none}
purposes:
  - use: preset/PRESET
`

// needed are overrides that give what each kind of missing field needs.
var needed = map[string]string{
	"legal_basis": "    legal_basis: [{basis: public-task, laws: [{lv: Pašvaldību likums, en: Local Government Law}]}]\n",
	"retention":   "    retention: {period: 1, unit: years}\n",
	"requirement": "    requirement: {kind: voluntary}\n",
	"video.areas": "    video: {areas: [{lv: Ieeja, en: Entrance}]}\n",
	"transfers":   "",
}

// TestPresetsUse uses every preset in an institution, with the fields it
// lists as needed and with one of them left out.
func TestPresetsUse(t *testing.T) {
	list, err := List()
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range list {
		var over strings.Builder
		for _, k := range info.Needed {
			over.WriteString(needed[k])
		}
		load := func(langs, over string) error {
			fsys := tree(langs, info.ID, over)
			_, err := notice.Options{Presets: FS()}.LoadFS(fsys, "content")
			return err
		}
		if err := load("lv, en", over.String()); err != nil {
			t.Errorf("%s with %v: %v", info.ID, info.Needed, err)
		}
		if err := load("lv", over.String()); err != nil {
			t.Errorf("%s on a Latvian-only site: %v", info.ID, err)
		}
		if !contains(info.Needed, "retention") {
			t.Errorf("%s: a preset states retention, which no preset should invent without a law", info.ID)
			continue
		}
		// Without retention the notice is a draft: the gap is at the use.
		c, err := notice.Options{Presets: FS()}.LoadFS(tree("lv, en", info.ID, strings.Replace(over.String(), needed["retention"], "", 1)), "content")
		if err != nil {
			t.Errorf("%s without retention: %v", info.ID, err)
			continue
		}
		var found bool
		for _, g := range c.Institutions[0].Gaps() {
			found = found || (g.Pos.String() == "content/institutions/skola.yaml:11:5" && strings.HasSuffix(g.Path, ".retention"))
		}
		if !found {
			t.Errorf("%s without retention: gaps %v, want retention at the use (skola.yaml:11:5)", info.ID, c.Institutions[0].Gaps())
		}
	}
}

// TestPresetRefused: an unknown preset and a preset lacking a site
// language are refused at the use, with their reasons.
func TestPresetRefused(t *testing.T) {
	for _, tc := range []struct{ langs, preset, want string }{
		{"lv, en", "cctw", `purposes[cctw].use: no preset "cctw"; ` + "`policysite presets`"},
		{"lv, en, ru", "submissions", `purposes[submissions].use: the preset "submissions" cannot be used on this site (preset/submissions.yaml:`},
	} {
		fsys := tree(tc.langs, tc.preset, "")
		_, err := notice.Options{Presets: FS()}.LoadFS(fsys, "content")
		if err == nil || !strings.Contains(err.Error(), "content/institutions/skola.yaml:11:10: "+tc.want) {
			t.Errorf("use of %s on a site in %s: %v\nwant %s", tc.preset, tc.langs, err, tc.want)
		}
	}
}

// tree is a content tree of one institution using preset with the
// overrides over; on a Latvian-only site its texts lose their English.
func tree(langs, preset, over string) fstest.MapFS {
	inst := strings.Replace(institution, "PRESET", preset, 1) + over
	s := strings.Replace(site, "LANGS", langs, 1)
	if langs == "lv" {
		s, inst = lvOnly.ReplaceAllString(s, "}"), lvOnly.ReplaceAllString(inst, "}")
	}
	return fstest.MapFS{
		"site.yaml":               {Data: []byte(s)},
		"institutions/skola.yaml": {Data: []byte(inst)},
	}
}

var lvOnly = regexp.MustCompile(`, en: [^{}]*\}`)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
