package feed

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"policysite/generator/i18n"
	"policysite/generator/markdown"
	"policysite/generator/notice"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func tx(s string) notice.Text { return notice.Text{"lv": s + " (lv)", "en": s} }

func day(s string) notice.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return notice.Date{Time: t}
}

// version returns a version of a school effective on date with CCTV kept
// for days.
func version(date, label string, days int) *notice.Institution {
	return &notice.Institution{
		ID: "school", Name: tx("School & Co"), Phone: "+371 60000000", Email: "skola@example.lv",
		Controller: &notice.Controller{ID: "city", Name: tx("City council"), RegNo: "90000000001", Web: "https://city.example.lv/"},
		DPO:        &notice.Contact{Email: "dpo@example.lv"},
		Document:   notice.Document{Title: tx("Privacy notice"), Effective: day(date), Version: label},
		Purposes: []*notice.Purpose{{ID: "cctv", Name: tx("Video surveillance"),
			Bases:    []notice.Basis{{Code: notice.PublicTask}},
			Subjects: tx("Visitors"), Categories: tx("Images"), Recipients: tx("Police"), Transfers: []notice.Transfer{},
			Retention: notice.Retention{Period: days, Unit: "days"}, Requirement: notice.Requirement{Kind: "voluntary"},
			Video: &notice.Video{Areas: []notice.Text{tx("Entrance")}}}},
	}
}

// fixture returns the site, a current version (2025) with an earlier one
// (2024), and an upcoming one (2026) that keeps recordings longer.
func fixture() (*notice.Site, *notice.Institution, []*notice.Institution) {
	site := &notice.Site{Title: tx("Notices"), BaseURL: "https://privacy.example.lv/", Languages: []string{"lv", "en"}, DefaultLanguage: "lv"}
	cur := version("2025-01-01", "2", 14)
	cur.Document.Changes = tx("The controller's website is given; fees < 5 EUR & none else.")
	cur.Controller.Email = "dome@example.lv"
	cur.Versions = []*notice.Institution{version("2024-01-01", "1", 14)}
	cur.Versions[0].Archived = true
	up := version("2026-06-01", "3", 30)
	up.Controller.Email = "dome@example.lv"
	return site, cur, []*notice.Institution{up}
}

// TestInstitution renders the feed in both languages, compares it with
// its golden file, decodes it as Atom and checks what RFC 4287 requires.
func TestInstitution(t *testing.T) {
	site, cur, up := fixture()
	cat := i18n.New(nil)
	for _, lang := range site.Languages {
		t.Run(lang, func(t *testing.T) {
			data, err := Institution(site, cat, cur, up, lang)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := Institution(site, cat, cur, up, lang)
			if !bytes.Equal(data, again) {
				t.Error("two renderings differ")
			}
			golden := filepath.Join("testdata", "school."+lang+".atom")
			if *update {
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("feed differs from %s (run go test -update and review the diff):\n%s", golden, data)
			}
			checkAtom(t, data, lang)
			xmllint(t, data)
		})
	}
}

// checkAtom decodes data as Atom and checks the required elements.
func checkAtom(t *testing.T, data []byte, lang string) {
	t.Helper()
	var f Atom
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatalf("not XML Atom: %v", err)
	}
	if f.XMLName.Space != NS || f.Lang != lang {
		t.Errorf("root %v xml:lang %q", f.XMLName, f.Lang)
	}
	if f.ID != "https://privacy.example.lv/"+lang+"/school/feed.xml" || f.Title.Body == "" || f.Author == nil || f.Author.Name == "" {
		t.Errorf("feed id %q title %q author %+v", f.ID, f.Title.Body, f.Author)
	}
	if !hasLink(f.Links, "self", f.ID) || !hasLink(f.Links, "alternate", "https://privacy.example.lv/"+lang+"/school/") {
		t.Errorf("feed links %+v", f.Links)
	}
	if len(f.Entries) != 3 {
		t.Fatalf("%d entries, want 3", len(f.Entries))
	}
	wantUpdated := []string{"2026-06-01T00:00:00Z", "2025-01-01T00:00:00Z", "2024-01-01T00:00:00Z"}
	wantLink := []string{lang + "/school/2026-06-01/", lang + "/school/", lang + "/school/2024-01-01/"}
	ids := map[string]bool{}
	for i, e := range f.Entries {
		if e.ID == "" || e.Title.Body == "" || ids[e.ID] {
			t.Errorf("entry %d: id %q title %q (ids must be present and unique)", i, e.ID, e.Title.Body)
		}
		ids[e.ID] = true
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil || e.Updated != wantUpdated[i] {
			t.Errorf("entry %d: updated %q, want %s", i, e.Updated, wantUpdated[i])
		}
		if !hasLink(e.Links, "alternate", "https://privacy.example.lv/"+wantLink[i]) {
			t.Errorf("entry %d: links %+v, want %s", i, e.Links, wantLink[i])
		}
		if e.Summary == nil || e.Summary.Body == "" {
			t.Errorf("entry %d: no summary", i)
		}
	}
	if f.Updated != f.Entries[0].Updated {
		t.Errorf("feed updated %s, newest entry %s", f.Updated, f.Entries[0].Updated)
	}
	if f.Entries[1].ID != "https://privacy.example.lv/"+lang+"/school/2025-01-01/" {
		t.Errorf("the current version's id %q is not its permanent URL", f.Entries[1].ID)
	}
	if lang == "en" {
		for i, want := range []string{
			"Fundamental changes: 1 — give advance notice (WP260 para 30)\nEditorial changes: 2\n[fundamental] Retention period (Video surveillance) changed: 14\u00a0days → 30\u00a0days",
			"Fundamental changes: 0 — no advance notice needed\nEditorial changes: 3\n[editorial] E-mail (Controller) added: dome@example.lv\n",
			"No earlier version of this notice is published here.",
		} {
			if !strings.Contains(f.Entries[i].Summary.Body, want) {
				t.Errorf("entry %d summary lacks %q:\n%s", i, want, f.Entries[i].Summary.Body)
			}
		}
		if !strings.Contains(f.Entries[1].Summary.Body, "Changes:\nThe controller's website is given; fees < 5 EUR & none else.") {
			t.Errorf("the change note is missing:\n%s", f.Entries[1].Summary.Body)
		}
		if !strings.HasPrefix(f.Entries[0].Title.Body, "Version taking effect on 1 June 2026") {
			t.Errorf("upcoming title %q", f.Entries[0].Title.Body)
		}
	}
}

func hasLink(links []Link, rel, href string) bool {
	for _, l := range links {
		if l.Rel == rel && l.Href == href {
			return true
		}
	}
	return false
}

// xmllint checks well-formedness with xmllint when it is installed.
func xmllint(t *testing.T, data []byte) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint not installed: well-formedness checked by encoding/xml only")
		return
	}
	cmd := exec.Command(bin, "--noout", "-")
	cmd.Stdin = bytes.NewReader(data)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// TestInstitutionErrors checks the refusals.
func TestInstitutionErrors(t *testing.T) {
	site, cur, _ := fixture()
	cat := i18n.New(nil)
	noBase := *site
	noBase.BaseURL = ""
	if _, err := Institution(&noBase, cat, cur, nil, "en"); err == nil || !strings.Contains(err.Error(), "base URL") {
		t.Errorf("no base URL: %v", err)
	}
	twin := version("2025-01-01", "2b", 14)
	if _, err := Institution(site, cat, cur, []*notice.Institution{twin}, "en"); err == nil || !strings.Contains(err.Error(), "two versions take effect on 2025-01-01") {
		t.Errorf("two versions on one date: %v", err)
	}
}

// TestSummaryCut checks that a summary lists MaxLines changes, the
// fundamental ones first, and counts the rest.
func TestSummaryCut(t *testing.T) {
	old, new := version("2024-01-01", "1", 14), version("2025-01-01", "2", 14)
	new.Phone, new.Email, new.Address, new.Web = "+371 60000009", "pasts@example.lv", "Iela 1", "https://skola.example.lv/"
	new.Purposes[0].Recipients = tx("Police and a security firm")
	got := summary(i18n.New(nil), markdown.New(), "en", new, old)
	lines := strings.Split(got, "\n")
	// 2 counts, MaxLines changes, the rest counted.
	if len(lines) != 2+MaxLines+1 || !strings.HasPrefix(lines[2], "[fundamental] Recipients") || lines[len(lines)-1] != "More changes: 2" {
		t.Errorf("summary:\n%s", got)
	}
}
