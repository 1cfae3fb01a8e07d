package jsonld

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"policysite/generator/notice"
)

// toNQuads converts a JSON-LD document to N-Quads with a real JSON-LD
// processor, in safe mode: a key or value it would have to drop (an
// undefined term, an invalid IRI) is an error.
func toNQuads(t *testing.T, data []byte) string {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	opts.SafeMode = true
	out, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
	if err != nil {
		t.Fatalf("not valid JSON-LD: %v", err)
	}
	nq, _ := out.(string)
	if strings.TrimSpace(nq) == "" {
		t.Fatal("the JSON-LD holds no triples")
	}
	return nq
}

// rendered is one rendered notice with its N-Quads.
type rendered struct {
	name string
	in   *notice.Institution
	base string // the document's address
	nq   string
}

// renderAll renders every notice of the example content, current and
// archived, and the fixture.
func renderAll(t *testing.T) []rendered {
	t.Helper()
	c := loadExample(t)
	var out []rendered
	add := func(site *notice.Site, in *notice.Institution) {
		data, err := Institution(site, in)
		if err != nil {
			t.Fatalf("%s: %v", in.ID, err)
		}
		out = append(out, rendered{name: Path(in), in: in, base: site.BaseURL + Path(in), nq: toNQuads(t, data)})
	}
	for _, in := range c.Institutions {
		add(c.Site, in)
		for _, v := range in.Versions {
			add(c.Site, v)
		}
	}
	add(fixture())
	site, service := fixture()
	service.Kind = notice.KindService
	add(site, service)
	return out
}

const (
	dpvNS  = "https://w3id.org/dpv#"
	gdprNS = "https://w3id.org/dpv/legal/eu/gdpr#"
)

// TestRDFTriples checks that the parsed graph states, for every purpose,
// its legal bases, its Art 9(2) condition and its rights, and the
// controller with its name in every language.
func TestRDFTriples(t *testing.T) {
	for _, r := range renderAll(t) {
		t.Run(r.name, func(t *testing.T) {
			want := []string{
				triple(r.base+"#notice", dpvNS+"hasDataController", "<"+r.base+"#controller>"),
				triple(r.base+"#notice", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "<"+dpvNS+"PrivacyNotice>"),
				triple(r.base+"#controller", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "<"+dpvNS+"DataController>"),
			}
			for lang, name := range r.in.Controller.Name {
				b, _ := json.Marshal(name) // N-Quads escape like JSON for these texts
				want = append(want, triple(r.base+"#controller", dpvNS+"hasName", string(b)+"@"+lang))
			}
			for _, lang := range []string{"lv", "en"} {
				want = append(want, triple(r.base+"#notice", "http://purl.org/dc/terms/isFormatOf", "<"+strings.TrimSuffix(r.base, Path(r.in))+page(lang, r.in)+">"))
			}
			if r.in.DPO != nil {
				want = append(want, triple(r.base+"#notice", dpvNS+"hasDataProtectionOfficer", "<"+r.base+"#dpo>"))
			}
			for _, p := range r.in.Purposes {
				s := r.base + "#purpose-" + p.ID
				want = append(want, triple(r.base+"#notice", dpvNS+"hasProcess", "<"+s+">"))
				for _, b := range p.Bases {
					want = append(want, triple(s, dpvNS+"hasLegalBasis", "<"+gdprNS+"A6-1-"+notice.BasisPoint(b.Code)+">"))
				}
				if p.Special != nil {
					want = append(want, triple(s, dpvNS+"hasLegalBasis", "<"+gdprNS+"A9-2-"+p.Special.Condition+">"))
				}
				for _, code := range p.Rights() {
					want = append(want, triple(s, dpvNS+"hasRight", "<"+strings.Replace(rightIRI(code), "eu-gdpr:", gdprNS, 1)+">"))
				}
			}
			for _, w := range want {
				if !strings.Contains(r.nq, w) {
					t.Errorf("missing triple %s", w)
				}
			}
		})
	}
}

// triple is the start of an N-Quads line with subject s, predicate p and
// object o (an IRI in <> or a literal).
func triple(s, p, o string) string { return "<" + s + "> <" + p + "> " + o + " " }

// iriRE finds the IRIs of an N-Quads document.
var iriRE = regexp.MustCompile(`<(https://w3id\.org/dpv[^>]*)>`)

// TestDPVConceptsExist checks that every DPV IRI the renderer emits, for
// the example content and for the fixture that exercises every legal
// basis, condition, right and safeguard, is defined in the DPV 2.1
// release files kept in testdata/dpv-2.1.
func TestDPVConceptsExist(t *testing.T) {
	known := releaseIRIs(t)
	used := map[string]bool{}
	for _, r := range renderAll(t) {
		for _, m := range iriRE.FindAllStringSubmatch(r.nq, -1) {
			used[m[1]] = true
		}
	}
	var missing []string
	for iri := range used {
		if !known[iri] {
			missing = append(missing, iri)
		}
	}
	sort.Strings(missing)
	for _, iri := range missing {
		t.Errorf("%s is not in the DPV 2.1 release files", iri)
	}
	// The fixture must reach every mapping, or this test proves little.
	for _, code := range notice.BasisCodes() {
		mustUse(t, used, basisIRI(code))
	}
	for l := 'a'; l <= 'j'; l++ {
		mustUse(t, used, specialIRI(string(l)))
	}
	for _, code := range notice.RightCodes() {
		mustUse(t, used, rightIRI(code))
	}
	for _, code := range notice.SafeguardCodes() {
		if _, iri, ok := safeguard(code); ok {
			mustUse(t, used, iri)
		}
	}
	if !used[dpvNS+"Service"] {
		t.Errorf("no rendered notice uses dpv:Service (a notice about a service)")
	}
	// The purpose constructs of issue 11.
	for _, c := range []string{"DataProcessor", "DirectMarketing", "PublicDataSource", "NonPublicDataSource", "Child"} {
		mustUse(t, used, nsDPV+c)
	}
}

// mustUse fails unless the compact IRI c was emitted.
func mustUse(t *testing.T, used map[string]bool, c string) {
	t.Helper()
	iri := strings.Replace(c, "eu-gdpr:", gdprNS, 1)
	if !used[iri] {
		t.Errorf("no rendered notice uses %s", iri)
	}
}

// releaseIRIs reads the iri column of every DPV release file in testdata.
func releaseIRIs(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "dpv-2.1", "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no DPV release files in testdata/dpv-2.1: %v", err)
	}
	known := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		col := -1
		for i, h := range rows[0] {
			if h == "iri" {
				col = i
			}
		}
		if col < 0 {
			t.Fatalf("%s: no iri column", f)
		}
		for _, row := range rows[1:] {
			known[row[col]] = true
		}
	}
	return known
}
