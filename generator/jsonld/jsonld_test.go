package jsonld

import (
	"bytes"
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

// find returns the institution id of c.
func find(t *testing.T, c *notice.Content, id string) *notice.Institution {
	t.Helper()
	for _, in := range c.Institutions {
		if in.ID == id {
			return in
		}
	}
	t.Fatalf("no institution %q in the example content", id)
	return nil
}

// TestGolden compares the JSON-LD of Saimīte, current and 2018, with the
// golden files; -update rewrites them.
func TestGolden(t *testing.T) {
	c := loadExample(t)
	in := find(t, c, "saimite")
	if len(in.Versions) == 0 {
		t.Fatal("saimite has no archived version in the example content")
	}
	cases := []struct {
		golden string
		in     *notice.Institution
	}{
		{"saimite.golden.jsonld", in},
		{"saimite-" + in.Versions[0].Document.Effective.String() + ".golden.jsonld", in.Versions[0]},
	}
	for _, tc := range cases {
		t.Run(tc.golden, func(t *testing.T) {
			got, err := Institution(c.Site, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Institution(c.Site, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, again) {
				t.Fatal("two renderings of the same notice differ")
			}
			path := filepath.Join("testdata", tc.golden)
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
				t.Errorf("JSON-LD differs from %s; if the change is intended, run go test ./generator/jsonld -update and review the diff", path)
			}
		})
	}
}

// TestPath puts the current and the archived versions at their URLs.
func TestPath(t *testing.T) {
	c := loadExample(t)
	in := find(t, c, "saimite")
	if got, want := Path(in), "saimite/notice.jsonld"; got != want {
		t.Errorf("Path(current) = %q, want %q", got, want)
	}
	v := in.Versions[0]
	if got, want := Path(v), "saimite/"+v.Document.Effective.String()+"/notice.jsonld"; got != want {
		t.Errorf("Path(archived) = %q, want %q", got, want)
	}
}

// TestRefusesIncomplete reports a missing controller instead of
// rendering a notice without one.
func TestRefusesIncomplete(t *testing.T) {
	site := &notice.Site{BaseURL: "https://example.lv/", Languages: []string{"lv"}}
	if _, err := Institution(site, &notice.Institution{ID: "x"}); err == nil {
		t.Error("an institution without a controller was rendered")
	}
	if _, err := Institution(nil, &notice.Institution{ID: "x"}); err == nil {
		t.Error("a notice without a site was rendered")
	}
}

// TestServiceKind checks that a notice about a service or programme says
// so with dpv:Service, and that an institution's does not.
func TestServiceKind(t *testing.T) {
	for _, kind := range []string{"", notice.KindInstitution, notice.KindService, notice.KindProgramme} {
		site, in := fixture()
		in.Kind = kind
		data, err := Institution(site, in)
		if err != nil {
			t.Fatal(err)
		}
		want := kind == notice.KindService || kind == notice.KindProgramme
		if got := strings.Contains(string(data), `"@type": "dpv:Service"`); got != want {
			t.Errorf("kind %q: dpv:Service %v, want %v", kind, got, want)
		}
	}
}
