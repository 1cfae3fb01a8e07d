package notice

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The purpose constructs of issue 11 are written into the pupils purpose
// of base(), before its data_from line (line 24).
const constructsAt = "    data_from: both"

// withConstructs returns base() with lines (each indented as a purpose
// field) added to the pupils purpose, and its legal bases replaced by
// bases when that is not "".
func withConstructs(lines, bases string) map[string]string {
	files := base()
	inst := files["institutions/saimite.yaml"]
	inst = strings.Replace(inst, constructsAt, lines+constructsAt, 1)
	if bases != "" {
		inst = strings.Replace(inst, "      - basis: legal-obligation\n        laws:\n          - {lv: Izglītības likums, en: Education Law}\n", bases, 1)
	}
	files["institutions/saimite.yaml"] = inst
	return files
}

// consentBases are the legal bases of a purpose resting on consent and a
// legal obligation, with the consent facts it then needs.
const consentBases = "      - basis: legal-obligation\n        laws:\n          - {lv: Izglītības likums, en: Education Law}\n      - basis: consent\n" +
	"    withdraw: {lv: Rakstiet mums, en: Write to us}\n" +
	"    consent_covers: {lv: Fotogrāfijas, en: Photographs}\n"

// TestConstructRules pins each rule of the purpose constructs with its
// exact positioned message.
func TestConstructRules(t *testing.T) {
	tests := []struct {
		name, lines, bases string
		want               []string
	}{
		{"processors empty", "    processors: {}\n", "",
			[]string{"content/institutions/saimite.yaml:24:17: purposes[pupils].processors: give the categories of processors, the named processors or both (GDPR Art 13(1)(e)), or leave processors out"}},
		{"processors named empty", "    processors:\n      named: []\n", "",
			[]string{"content/institutions/saimite.yaml:25:14: purposes[pupils].processors.named: list at least one processor, or leave named out"}},
		{"named processor without role", "    processors:\n      named:\n        - name: SIA Serveris\n", "",
			[]string{"content/institutions/saimite.yaml:26:11: purposes[pupils].processors.named[0].role: missing required field"}},
		{"children without consent", "    children: {consent_by: parent}\n", "",
			[]string{"content/institutions/saimite.yaml:16:5: purposes[pupils].children: says who consents for a child, but consent is not a legal basis (GDPR Art 8(1)): add the basis or leave the field out"}},
		{"child consents without age", "    children: {consent_by: child}\n", consentBases,
			[]string{"content/institutions/saimite.yaml:27:15: purposes[pupils].children.age: missing required field: a child consents themself only from the age set under GDPR Art 8(1) (13 in Latvia, Personal Data Processing Law, Section 33); below it a parent or legal guardian consents"}},
		{"child below 13", "    children: {consent_by: child, age: 12}\n", consentBases,
			[]string{"content/institutions/saimite.yaml:27:40: purposes[pupils].children.age: 12 is outside the ages GDPR Art 8(1) allows, 13 to 16: below the age a parent or legal guardian consents for the child"}},
		{"age over 16", "    children: {consent_by: both, age: 17}\n", consentBases,
			[]string{"content/institutions/saimite.yaml:27:39: purposes[pupils].children.age: 17 is outside the ages GDPR Art 8(1) allows, 13 to 16: below the age a parent or legal guardian consents for the child"}},
		{"age not a child's", "    children: {consent_by: both, age: 18}\n", consentBases,
			[]string{"content/institutions/saimite.yaml:27:39: purposes[pupils].children.age: expected a whole number from 1 to 17, found \"18\""}},
		{"parent with age", "    children: {consent_by: parent, age: 13}\n", consentBases,
			[]string{"content/institutions/saimite.yaml:27:41: purposes[pupils].children.age: age is the age from which a child consents themself, but consent_by is parent: leave age out, or write consent_by: both (GDPR Art 8(1))"}},
		{"consent_covers without consent", "    consent_covers: {lv: Foto, en: Photos}\n", "",
			[]string{"content/institutions/saimite.yaml:16:5: purposes[pupils].consent_covers: says which processing rests on consent, but consent is not a legal basis: add the basis or leave the field out (GDPR Art 13(1)(c))"}},
		{"public sources of data from the person", "    sources_public: true\n", "",
			nil}, // data_from: both: allowed
		{"sources_public not a bool", "    sources_public: maybe\n", "",
			[]string{"content/institutions/saimite.yaml:24:21: purposes[pupils].sources_public: expected true or false, found \"maybe\""}},
		{"direct_marketing not a bool", "    direct_marketing: yes please\n", "",
			[]string{"content/institutions/saimite.yaml:24:23: purposes[pupils].direct_marketing: expected true or false, found \"yes please\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := loadMap(t, withConstructs(tt.lines, tt.bases))
			var got []string
			if err != nil {
				got = strings.Split(err.Error(), "\n")
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSourcesPublicNeedsOthers: a purpose whose data come from the person
// alone cannot say whether its sources are publicly accessible.
func TestSourcesPublicNeedsOthers(t *testing.T) {
	files := base()
	inst := files["institutions/saimite.yaml"]
	inst = strings.Replace(inst, "    data_from: both\n    sources: {lv: VIIS, en: State Education Information System}\n", "    sources_public: true\n", 1)
	files["institutions/saimite.yaml"] = inst
	err := loadMap(t, files)
	want := "content/institutions/saimite.yaml:16:5: purposes[pupils].sources_public: says whether the sources are publicly accessible, but data_from is subject: set data_from to others or both, or leave the field out (GDPR Art 14(2)(f))"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

// TestChildrenAgeInLatvia warns a site in Latvian of an age other than
// Latvia's 13 (Personal Data Processing Law, Section 33).
func TestChildrenAgeInLatvia(t *testing.T) {
	in, errs := loadInstitution(t, withConstructs("    children: {consent_by: both, age: 16}\n", consentBases))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := "content/institutions/saimite.yaml:27:39: purposes[pupils].children.age: in Latvia a child consents from the age of 13 (Personal Data Processing Law, Section 33, under GDPR Art 8(1)), not 16: a younger child's own consent counts there"
	var got []string
	for _, w := range in.Warnings {
		if strings.Contains(w.Error(), "children") {
			got = append(got, w.Error())
		}
	}
	if !slices.Equal(got, []string{want}) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	if c := in.Purposes[0].Children; c == nil || c.ConsentBy != "both" || c.Age != 16 {
		t.Errorf("children %+v", c)
	}
}

// TestConsentCoversGap: consent among several bases needs the part that
// rests on it; stated, or written unknown, the notice is no draft for it.
func TestConsentCoversGap(t *testing.T) {
	bases := "      - basis: legal-obligation\n        laws:\n          - {lv: Izglītības likums, en: Education Law}\n      - basis: consent\n" +
		"    withdraw: {lv: Rakstiet mums, en: Write to us}\n"
	for _, tt := range []struct {
		name, lines string
		want        []string
	}{
		{"missing", "", []string{"content/institutions/saimite.yaml:16:5: purposes[pupils].consent_covers: missing (Art 13(1)(c), Art 7(3))"}},
		{"not stated", "    consent_covers: {unknown: ask the head which data need consent}\n",
			[]string{"content/institutions/saimite.yaml:26:21: purposes[pupils].consent_covers: not stated (Art 13(1)(c), Art 7(3)): ask the head which data need consent"}},
		{"stated", "    consent_covers: {lv: Fotogrāfijas, en: Photographs}\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := gapsOf(t, withConstructs(tt.lines, bases))
			if !slices.Equal(got, tt.want) {
				t.Errorf("gaps %q, want %q", got, tt.want)
			}
		})
	}
}

// TestConstructsLoadAndRoundTrip loads every construct, with processors
// from the institution's defaults, and writes and reads them back as an
// archived version does.
func TestConstructsLoadAndRoundTrip(t *testing.T) {
	files := withConstructs("    sources_public: false\n    direct_marketing: true\n    children: {consent_by: both, age: 13}\n", consentBases)
	files["institutions/saimite.yaml"] = strings.Replace(files["institutions/saimite.yaml"], "  transfers: none\n",
		"  transfers: none\n  processors:\n    categories: {lv: IT pakalpojumu sniedzēji, en: IT service providers}\n    named:\n      - name: SIA Serveris\n        role: {lv: uztur serveri, en: runs the server}\n", 1)
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	c, err := Options{Catalogs: testCatalogs()}.LoadFS(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	cur := c.Institutions[0]
	p, cctv := cur.Purposes[0], cur.Purposes[1]
	if p.SourcesPublic == nil || *p.SourcesPublic || !p.DirectMarketing || p.Children == nil || p.Children.Age != 13 {
		t.Errorf("pupils: sources_public %v, direct_marketing %v, children %+v", p.SourcesPublic, p.DirectMarketing, p.Children)
	}
	if cctv.SourcesPublic != nil || cctv.DirectMarketing || cctv.Children != nil {
		t.Errorf("cctv states what it does not say: %v %v %v", cctv.SourcesPublic, cctv.DirectMarketing, cctv.Children)
	}
	for _, q := range cur.Purposes {
		if q.Processors == nil || len(q.Processors.Named) != 1 || q.Processors.Named[0].Name != "SIA Serveris" || q.Processors.Categories["en"] != "IT service providers" {
			t.Errorf("%s: processors from the defaults: %+v", q.ID, q.Processors)
		}
	}
	if got := p.ConsentCovers["en"]; got != "Photographs" {
		t.Errorf("consent_covers %q", got)
	}
	if !slices.Contains(p.Rights(), RightObjectMarketing) || slices.Contains(cctv.Rights(), RightObjectMarketing) {
		t.Errorf("rights: pupils %v, cctv %v", p.Rights(), cctv.Rights())
	}

	old := *cur
	old.Document.Effective = Date{cur.Document.Effective.AddDate(-1, 0, 0)}
	data, err := Marshal(&old, c.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	fsys["archive/saimite/"+old.Document.Effective.String()+".yaml"] = &fstest.MapFile{Data: data}
	c2, err := Options{Catalogs: testCatalogs()}.LoadFS(fsys, "content")
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	for i, got := range c2.Institutions[0].Versions[0].Purposes {
		want := *cur.Purposes[i]
		want.File, want.Shared, want.Digest, want.path, want.At = got.File, got.Shared, got.Digest, got.path, got.At
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("purpose %s differs after round trip:\ngot  %+v\nwant %+v", got.ID, *got, want)
		}
	}
}
