package generator

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// scheduled archives jurmalas-karte and gives its content a new name
// taking effect on 2027-06-01: an upcoming version for a build before it.
func scheduled(t *testing.T) string {
	t.Helper()
	content := copyDir(t, versionedContent)
	if _, err := Archive(content, "jurmalas-karte", ""); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(content, "institutions", "jurmalas-karte.yaml")
	data, _ := os.ReadFile(p)
	data = bytes.Replace(data, []byte("lv: Jūrmalas iedzīvotāja karte"), []byte("lv: Jūrmalas iedzīvotāja viedkarte"), 1)
	os.WriteFile(p, newVersion(t, data, "2023-03-01", "2027-06-01"), 0o644)
	return content
}

func buildOn(t *testing.T, content, out, date string) map[string][]byte {
	t.Helper()
	if _, err := Build(Options{Content: content, Out: out, Date: day(date)}); err != nil {
		t.Fatalf("build on %s: %v", date, err)
	}
	files := snapshot(t, out)
	delete(files, buildMarker) // the record of the build, not the site
	return files
}

func mustHave(t *testing.T, files map[string][]byte, p string, want ...string) {
	t.Helper()
	data, ok := files[p]
	if !ok {
		t.Errorf("%s is missing", p)
		return
	}
	for _, w := range want {
		if !bytes.Contains(data, []byte(w)) {
			t.Errorf("%s lacks %q", p, w)
		}
	}
}

func mustNotHave(t *testing.T, files map[string][]byte, p string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if bytes.Contains(files[p], []byte(w)) {
			t.Errorf("%s has %q", p, w)
		}
	}
}

// TestUpcomingVersion builds before and after an upcoming version's date:
// before, the version in force stays current and announces the upcoming
// one, which is published at its permanent URL; from its date, it is
// current and the other is superseded. The build date changes nothing
// else: two dates with the same version in force give the same bytes.
func TestUpcomingVersion(t *testing.T) {
	content := scheduled(t)
	out := filepath.Join(t.TempDir(), "public")
	before := buildOn(t, content, out, "2027-01-01")
	mustHave(t, before, "lv/jurmalas-karte/index.html", "Jūrmalas iedzīvotāja karte", `href="../../lv/jurmalas-karte/2027-06-01/index.html"`, "Jauna šī paziņojuma versija stāsies spēkā 01.06.2027.")
	mustNotHave(t, before, "lv/jurmalas-karte/index.html", "iedzīvotāja viedkarte", "Šī versija vairs nav spēkā")
	mustHave(t, before, "en/jurmalas-karte/2027-06-01/index.html", "This version is not yet in force", "takes effect on 1 June 2027", `href="../../../en/jurmalas-karte/index.html"`)
	mustHave(t, before, "lv/jurmalas-karte/2027-06-01/index.html", "iedzīvotāja viedkarte")
	mustHave(t, before, "lv/jurmalas-karte/2023-03-01/index.html", "Jūrmalas iedzīvotāja karte")
	mustNotHave(t, before, "lv/jurmalas-karte/2023-03-01/index.html", "Šī versija vairs nav spēkā")
	mustHave(t, before, "en/jurmalas-karte/feed.xml", "Version taking effect on 1 June 2027")
	mustHave(t, before, "jurmalas-karte/2027-06-01/attestation.pdf")

	again := buildOn(t, content, filepath.Join(t.TempDir(), "public"), "2027-05-31")
	equalTrees(t, again, before)

	after := buildOn(t, content, out, "2027-06-01")
	mustHave(t, after, "lv/jurmalas-karte/index.html", "iedzīvotāja viedkarte")
	mustNotHave(t, after, "lv/jurmalas-karte/index.html", "stāsies spēkā 01.06.2027.")
	mustHave(t, after, "lv/jurmalas-karte/2023-03-01/index.html", "Jūrmalas iedzīvotāja karte", "Šī versija vairs nav spēkā")
	mustNotHave(t, after, "en/jurmalas-karte/2027-06-01/index.html", "This version is not yet in force")
	fresh := buildOn(t, content, filepath.Join(t.TempDir(), "public"), "2027-06-01")
	equalTrees(t, after, fresh) // the reused output is the same as a fresh one
}

// TestVersionIndexAndSitemap checks the index of versions, linked from
// the notice with the feed, and that the sitemap names current pages
// only.
func TestVersionIndexAndSitemap(t *testing.T) {
	files := buildOn(t, scheduled(t), filepath.Join(t.TempDir(), "public"), "2027-01-01")
	idx := "en/jurmalas-karte/versions/index.html"
	mustHave(t, files, idx,
		`href="../../../en/jurmalas-karte/2027-06-01/index.html"`, "takes effect on 1 June 2027",
		`href="../../../en/jurmalas-karte/2023-03-01/index.html"`, "in force",
		`href="../../../en/jurmalas-karte/feed.xml"`, "Follow the changes (Atom feed)",
		"Fundamental changes: 0 — no advance notice needed", "Name (Institution) changed:")
	mustHave(t, files, "en/jurmalas-karte/index.html", `href="../../en/jurmalas-karte/versions/index.html"`)
	mustHave(t, files, "lv/saimite/versions/index.html", "21.05.2018.", "jāpaziņo iepriekš (WP260)")
	sitemap := string(files["sitemap.xml"])
	if !strings.Contains(sitemap, "https://privatums.example.lv/lv/jurmalas-karte/") {
		t.Error("sitemap lacks the current notice")
	}
	if m := regexp.MustCompile(`/\d{4}-\d{2}-\d{2}/|/versions/`).FindString(sitemap); m != "" {
		t.Errorf("sitemap lists a version's page: %s", m)
	}
}

// TestEveryVersionKeepsItsOutputs checks that each version of saimite
// has its purpose pages, sheet, signs and form under its date, and that
// the QR code of its sign leads to its own purpose page.
func TestEveryVersionKeepsItsOutputs(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	files := buildOn(t, versionedContent, out, "2027-01-01")
	c, err := loadOptions().Load(versionedContent)
	if err != nil {
		t.Fatal(err)
	}
	var in *notice.Institution
	for _, x := range c.Institutions {
		if x.ID == "saimite" {
			in = x
		}
	}
	if len(in.Versions) == 0 {
		t.Fatal("test setup: saimite has no archived version")
	}
	for _, v := range append([]*notice.Institution{in}, in.Versions...) {
		date := v.Document.Effective.String()
		vps := v.VideoPurposes()
		if len(vps) == 0 {
			t.Fatalf("test setup: version %s has no video purpose", date)
		}
		for _, lang := range c.Site.Languages {
			for _, p := range vps {
				mustHave(t, files, urls.File(urls.VersionPurpose(lang, in.ID, date, p.ID)))
			}
		}
		mustHave(t, files, urls.At(urls.Form(in.ID), in.ID, date))
		mustHave(t, files, urls.At(urls.Sheet(in.ID), in.ID, date))
		signs := 0
		for p := range files {
			if strings.HasPrefix(p, in.ID+"/"+date+"/cctv-sign-") {
				signs++
				want := urls.Absolute(c.Site.BaseURL, urls.VersionPurpose(c.Site.DefaultLanguage, in.ID, date, vps[0].ID))
				if got := readQR(t, filepath.Join(out, p)); got != want {
					t.Errorf("%s: QR code %q, want %q", p, got, want)
				}
			}
		}
		if signs == 0 {
			t.Errorf("version %s has no sign", date)
		}
		// The version's page links its own documents, and only those
		// that exist (an earlier version's sign that does not fit is
		// left out).
		page := urls.File(urls.Version("lv", in.ID, date))
		links := regexp.MustCompile(`href="([^"]*\.pdf)"`).FindAllStringSubmatch(string(files[page]), -1)
		if len(links) < 3 {
			t.Errorf("%s links %d documents", page, len(links))
		}
		for _, m := range links {
			target := path.Join(path.Dir(page), m[1])
			if files[target] == nil || !strings.HasPrefix(target, in.ID+"/"+date+"/") {
				t.Errorf("%s: link %s leads to %s, not a document of the version", page, m[1], target)
			}
		}
	}
	// The superseded purpose page says so and leads to the page in force.
	old := "lv/saimite/" + in.Versions[0].Document.Effective.String() + "/video-surveillance/index.html"
	// Its purpose is no more (another id): the link leads to the notice.
	mustHave(t, files, old, "Šī lapa vairs nav spēkā", `<a href="../../../../lv/saimite/index.html">Lasīt spēkā esošo informāciju</a>`)
}

// readQR returns the text of the QR code on the first page of a PDF, read
// by zbarimg; it skips the test without the tools.
func readQR(t *testing.T, pdf string) string {
	t.Helper()
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	dir := t.TempDir()
	if out, err := exec.Command("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "p*.png"))
	out, err := exec.Command("zbarimg", append([]string{"-q", "--raw"}, pngs...)...).Output()
	if err != nil {
		t.Fatalf("%s: zbarimg: %v", pdf, err)
	}
	return strings.TrimSpace(string(out))
}

// TestGuard edits a published notice without a new effective date: the
// build refuses at document.effective, and so does archive, until the
// published text is back; then the workflow (archive, edit with a later
// date, build) goes through.
func TestGuard(t *testing.T) {
	content := copyDir(t, versionedContent)
	out := filepath.Join(t.TempDir(), "public")
	published := buildOn(t, content, out, "2027-01-01")
	p := filepath.Join(content, "institutions", "jurmalas-karte.yaml")
	orig, _ := os.ReadFile(p)

	// A comment is not content: no refusal.
	os.WriteFile(p, append([]byte("# a note for the editor\n"), orig...), 0o644)
	buildOn(t, content, out, "2027-01-01")

	edited := bytes.Replace(orig, []byte("lv: Jūrmalas iedzīvotāja karte"), []byte("lv: Jūrmalas iedzīvotāja viedkarte"), 1)
	os.WriteFile(p, edited, 0o644)
	_, err := Build(Options{Content: content, Out: out, Date: day("2027-01-01")})
	want := regexp.MustCompile(`institutions/jurmalas-karte\.yaml:35:14: document\.effective: the notice changed since it was published under this date \(2023-03-01\); put back the published text and run ` + "`policysite archive -institution jurmalas-karte`")
	if err == nil || !want.MatchString(err.Error()) {
		t.Fatalf("build of an edit under the published date: %v", err)
	}
	now := snapshot(t, out)
	delete(now, buildMarker)
	equalTrees(t, now, published)

	if _, err := Archive(content, "jurmalas-karte", out); err == nil || !strings.Contains(err.Error(), "has changed since the last build") {
		t.Fatalf("archive of an unpublished text: %v", err)
	}
	os.WriteFile(p, orig, 0o644)
	if _, err := Archive(content, "jurmalas-karte", out); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, newVersion(t, edited, "2023-03-01", "2026-12-15"), 0o644)
	files := buildOn(t, content, out, "2027-01-01")
	mustHave(t, files, "lv/jurmalas-karte/index.html", "iedzīvotāja viedkarte")
	mustHave(t, files, "lv/jurmalas-karte/2023-03-01/index.html", "Jūrmalas iedzīvotāja karte")
}

// TestArchivedMarkdownStays renders saimite's Markdown while its version
// is current and again once it is superseded: the purposes, rights and
// further sections of the version's page are byte for byte the same, and
// pinned by a golden file (go test -update rewrites it).
func TestArchivedMarkdownStays(t *testing.T) {
	content := copyDir(t, versionedContent)
	out := filepath.Join(t.TempDir(), "public")
	page := "lv/saimite/2026-11-20/index.html"
	body := regexp.MustCompile(`(?s)<h2 id="_purposes">.*<h2 id="_history">`)
	current := body.Find(buildOn(t, content, out, "2027-01-01")[page])
	if current == nil {
		t.Fatalf("%s: no purposes", page)
	}
	if _, err := Archive(content, "saimite", out); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(content, "institutions", "saimite.yaml")
	data, _ := os.ReadFile(p)
	changed := bytes.Replace(data, []byte("bērna fotogrāfiju publicēšanai."), []byte("bērna fotogrāfiju publicēšanai (sk. [noteikumus](https://example.lv/noteikumi)).\n\n        **Jauns** teksts."), 1)
	if bytes.Equal(changed, data) {
		t.Fatal("test setup: no Markdown changed")
	}
	os.WriteFile(p, newVersion(t, changed, "2026-11-20", "2026-12-20"), 0o644)
	files := buildOn(t, content, out, "2027-01-01")
	mustHave(t, files, page, "Šī versija vairs nav spēkā")
	// The superseded purpose page leads to the same purpose in force.
	mustHave(t, files, "lv/saimite/2026-11-20/babite-video-surveillance/index.html", "Šī lapa vairs nav spēkā",
		`<a href="../../../../lv/saimite/babite-video-surveillance/index.html">Lasīt spēkā esošo informāciju</a>`)
	archived := body.Find(files[page])
	if !bytes.Equal(current, archived) {
		t.Errorf("%s: the archived version renders differently from when it was current", page)
	}
	golden := filepath.Join("testdata", "archived-markdown.golden")
	if *update {
		os.WriteFile(golden, archived, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(archived, want) {
		t.Errorf("%s differs from %s (go test -update rewrites it; check the diff)", page, golden)
	}
}

// TestRepeatedNote keeps the previous version's change note in a new
// version: the build warns at document.changes, and the pages leave the
// stale note out.
func TestRepeatedNote(t *testing.T) {
	content := copyDir(t, versionedContent)
	if _, err := Archive(content, "saimite", ""); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(content, "institutions", "saimite.yaml")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, newVersion(t, data, "2026-11-20", "2026-12-20"), 0o644)
	sum, err := Build(Options{Content: content, Out: filepath.Join(t.TempDir(), "public"), Date: testDate})
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`institutions/saimite\.yaml:\d+:\d+: document\.changes: repeats word for word the note of the version effective 2026-11-20`)
	if !want.MatchString(strings.Join(sum.Warnings, "\n")) {
		t.Errorf("warnings %q lack the repeated note", sum.Warnings)
	}
	files := snapshot(t, filepath.Join(sum.Out))
	note := "The notice is now published in English as well."
	// The document's facts give the note of their own version only.
	mustNotHave(t, files, "en/saimite/index.html", "<dt>Changes</dt>")
	// The note is Markdown: its list stays a list (issue 11).
	mustHave(t, files, "en/saimite/2026-11-20/index.html", "<dt>Changes</dt><dd><ul>\n<li>"+note+"</li>\n<li>")
	if n := bytes.Count(files["en/saimite/versions/index.html"], []byte(note)); n != 1 {
		t.Errorf("the index of versions has the note %d times, want once (for 2026-11-20)", n)
	}
}

// TestGuardDigests: the guard compares only digests made the same way;
// a record of an earlier policysite, whose digest was made otherwise,
// lets one build through.
func TestGuardDigests(t *testing.T) {
	a, b := notice.DigestPrefix+"aa", notice.DigestPrefix+"bb"
	date := day("2026-01-01")
	for _, c := range []struct {
		old, now string
		refused  bool
	}{
		{a, a, false},
		{a, b, true},
		{"0123abcd", b, false}, // made by formatting YAML: not comparable
		{"", b, false},         // no record
	} {
		e := Entry{ID: "x", File: "institutions/x.yaml", Effective: date, Model: c.now}
		old := Entry{ID: "x", Effective: date, Model: c.old}
		if got := len(guard(e, old)) > 0; got != c.refused {
			t.Errorf("guard(%q, %q) refused %v, want %v", c.now, c.old, got, c.refused)
		}
	}
}
