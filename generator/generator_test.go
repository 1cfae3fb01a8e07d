package generator

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"policysite/generator/notice"
)

const exampleContent = "../content"

// versionedContent is a test fixture with dated versions and a published
// notice (jurmalas-karte), which the faithful example content, all
// drafts with dates not stated, does not give: see its site.yaml.
const versionedContent = "testdata/versioned"

// copyDir copies the tree at src into a new temporary directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// snapshot reads every file under dir, by relative path.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func build(t *testing.T, content, out string) *Summary {
	t.Helper()
	sum, err := Build(Options{Content: content, Out: out, Date: testDate})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return sum
}

// testDate is the date the tests' builds publish for: after every
// version of the example content, whatever the clock says.
var testDate = day("2027-01-01")

// day returns the date s (YYYY-MM-DD).
func day(s string) notice.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return notice.Date{Time: t}
}

// newVersion gives the content of an institution's file a later
// effective date, from to to: an edited notice is a new version, or the
// build's guard refuses it.
func newVersion(t *testing.T, data []byte, from, to string) []byte {
	t.Helper()
	changed := bytes.Replace(data, []byte("effective: "+from), []byte("effective: "+to), 1)
	if bytes.Equal(changed, data) {
		t.Fatalf("test setup: no effective: %s", from)
	}
	return changed
}

func equalTrees(t *testing.T, a, b map[string][]byte) {
	t.Helper()
	if len(a) != len(b) {
		t.Errorf("%d files, want %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs", p)
		}
	}
}

func TestBuildExample(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	sum := build(t, exampleContent, out)
	if sum.Institutions != 3 || sum.Reused != 0 {
		t.Errorf("summary: %v", sum)
	}
	for _, p := range []string{
		"index.html", "lv/index.html", "en/index.html", "style.css", "sitemap.xml",
		"lv/saimite/index.html", "en/saimite/index.html",
		"lv/saimite/2018-05-21/index.html", "en/saimite/2018-05-21/index.html",
		"saimite/cctv-sign-a4-colour-lv-en.pdf", "saimite/cctv-sign-a4-bw-lv.pdf", "saimite/cctv-sign-a3-colour-lv-en.pdf",
		"saimite/cctv-sign-a5-colour-lv-en.pdf", "saimite/cctv-information.pdf", "saimite/attestation.pdf",
		"saimite/camera-register.pdf", "daugavpils-izglitibas-parvalde/camera-register.pdf",
		"jurmalas-karte/attestation.pdf",
		"lv/accessibility/index.html",
	} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Errorf("missing %s", p)
		}
	}
	// Forms pre-filled with names are never written under the site.
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, ".pdf") && !strings.Contains(p, "cctv-sign") && !slices.Contains([]string{"attestation.pdf", "cctv-information.pdf", "camera-register.pdf"}, filepath.Base(p)) {
			t.Errorf("unexpected PDF %s", p)
		}
		return nil
	})
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary directory left behind: %s", e.Name())
		}
	}
}

// TestDeterministic builds the example twice from scratch: the outputs
// must be byte-identical.
func TestDeterministic(t *testing.T) {
	a := filepath.Join(t.TempDir(), "public")
	b := filepath.Join(t.TempDir(), "public")
	build(t, exampleContent, a)
	build(t, exampleContent, b)
	equalTrees(t, snapshot(t, a), snapshot(t, b))
}

// TestFailedBuildLeavesOutput breaks the content after a good build: the
// next build fails and the output stays exactly as it was.
func TestFailedBuildLeavesOutput(t *testing.T) {
	content := copyDir(t, exampleContent)
	out := filepath.Join(t.TempDir(), "public")
	build(t, content, out)
	before := snapshot(t, out)

	p := filepath.Join(content, "institutions", "saimite.yaml")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(data, []byte("id: saimite"), []byte("id: Saimite"), 1), 0o644)
	if _, err := Build(Options{Content: content, Out: out}); err == nil {
		t.Fatal("build of broken content succeeded")
	}
	equalTrees(t, snapshot(t, out), before)
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary directory left behind: %s", e.Name())
		}
	}
}

// TestIncremental changes one institution: the others are reused, and
// the result is byte-identical to a build from scratch.
func TestIncremental(t *testing.T) {
	content := copyDir(t, versionedContent)
	out := filepath.Join(t.TempDir(), "public")
	build(t, content, out)

	p := filepath.Join(content, "institutions", "jurmalas-karte.yaml")
	data, _ := os.ReadFile(p)
	changed := bytes.Replace(data, []byte("lv: Jūrmalas valstspilsētas pašvaldības datu aizsardzības speciālists"), []byte("lv: Jūrmalas valstspilsētas pašvaldības datu aizsardzības speciāliste"), 1)
	if bytes.Equal(changed, data) {
		t.Fatal("test setup: no change made")
	}
	os.WriteFile(p, newVersion(t, changed, "2023-03-01", "2024-03-01"), 0o644)
	sum := build(t, content, out)
	if sum.Reused != 2 {
		t.Errorf("reused %d institutions, want 2", sum.Reused)
	}
	fresh := filepath.Join(t.TempDir(), "public")
	build(t, content, fresh)
	equalTrees(t, snapshot(t, out), snapshot(t, fresh))
}

// TestArchivedPageStays changes the current version of an institution
// and its controller: the archived version's pages stay byte-identical.
func TestArchivedPageStays(t *testing.T) {
	content := copyDir(t, versionedContent)
	out := filepath.Join(t.TempDir(), "public")
	build(t, content, out)
	before := snapshot(t, out)

	for _, f := range []string{"institutions/saimite.yaml", "controllers/babites-novada-pasvaldiba.yaml"} {
		p := filepath.Join(content, f)
		data, _ := os.ReadFile(p)
		data = bytes.ReplaceAll(data, []byte("Babītes"), []byte("Mārupes"))
		if f == "institutions/saimite.yaml" {
			data = newVersion(t, data, "2026-11-20", "2026-11-30")
		}
		os.WriteFile(p, data, 0o644)
	}
	build(t, content, out)
	after := snapshot(t, out)
	for _, p := range []string{"lv/saimite/2018-05-21/index.html", "en/saimite/2018-05-21/index.html"} {
		if !bytes.Equal(before[p], after[p]) {
			t.Errorf("%s changed when the current content changed", p)
		}
	}
	if bytes.Equal(before["lv/saimite/index.html"], after["lv/saimite/index.html"]) {
		t.Errorf("test setup: the current page did not change")
	}
}

func TestFormsRefusesSiteDir(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	staff := filepath.Join(dir, "staff.csv")
	os.WriteFile(staff, []byte("name,position\nJānis Bērziņš,skolotājs\nĻena Ķēniņa,vadītāja\n"), 0o644)
	for _, out := range []string{site, filepath.Join(site, "forms"), dir} {
		_, err := Forms(FormsOptions{Content: exampleContent, Institution: "saimite", Staff: staff, Out: out, Site: site})
		if err == nil || !strings.Contains(err.Error(), "refusing") {
			t.Errorf("out %s: got %v, want a refusal", out, err)
		}
	}
	out := filepath.Join(dir, "forms")
	files, err := Forms(FormsOptions{Content: exampleContent, Institution: "saimite", Staff: staff, Out: out, Site: site})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || filepath.Base(files[0]) != "001-janis-berzins.pdf" || filepath.Base(files[1]) != "002-lena-kenina.pdf" {
		t.Errorf("files: %v", files)
	}
	st, err := os.Stat(files[0])
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("form permissions: %v %v", st.Mode(), err)
	}
}

func TestCheckPath(t *testing.T) {
	for _, p := range []string{"", "/etc/passwd", "../x", "a/../../x", "a//b", "a\\b", "."} {
		if checkPath(p) == nil {
			t.Errorf("%q accepted", p)
		}
	}
	for _, p := range []string{"index.html", "lv/saimite/index.html", "saimite/cctv-sign.pdf"} {
		if err := checkPath(p); err != nil {
			t.Errorf("%q refused: %v", p, err)
		}
	}
}

// TestArchive keeps the current version of a notice, then changes it:
// the kept version is published at its date, with its own content.
func TestArchive(t *testing.T) {
	content := copyDir(t, versionedContent)
	file, err := Archive(content, "jurmalas-karte", "")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(file) != "2023-03-01.yaml" {
		t.Errorf("archived as %s", file)
	}
	if _, err := Archive(content, "jurmalas-karte", ""); err == nil {
		t.Error("archiving the same version twice succeeded")
	}
	if _, err := Check(content, testDate); err == nil || !strings.Contains(err.Error(), "is not earlier than the current version's 2023-03-01: give the current version") {
		t.Errorf("check before the date changed: %v", err)
	}
	p := filepath.Join(content, "institutions", "jurmalas-karte.yaml")
	data, _ := os.ReadFile(p)
	data = bytes.Replace(data, []byte("effective: 2023-03-01"), []byte("effective: 2026-12-01"), 1)
	data = bytes.Replace(data, []byte("lv: Jūrmalas iedzīvotāja karte"), []byte("lv: Jūrmalas iedzīvotāja viedkarte"), 1)
	os.WriteFile(p, data, 0o644)
	out := filepath.Join(t.TempDir(), "public")
	build(t, content, out)
	old, err := os.ReadFile(filepath.Join(out, "lv", "jurmalas-karte", "2023-03-01", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	cur, _ := os.ReadFile(filepath.Join(out, "lv", "jurmalas-karte", "index.html"))
	if !bytes.Contains(old, []byte("Jūrmalas iedzīvotāja karte")) || !bytes.Contains(cur, []byte("Jūrmalas iedzīvotāja viedkarte")) {
		t.Error("the archived page does not keep the old name, or the current page lacks the new one")
	}
}

// dropLanguage removes the lang entry of every text in the YAML files
// under dir.
func dropLanguage(t *testing.T, dir, lang string) {
	t.Helper()
	var drop func(n *yaml.Node)
	drop = func(n *yaml.Node) {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == lang && n.Content[i+1].Kind == yaml.ScalarNode {
					n.Content = append(n.Content[:i], n.Content[i+2:]...)
					i -= 2
				}
			}
		}
		for _, c := range n.Content {
			drop(c)
		}
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".yaml" || filepath.Base(p) == "site.yaml" {
			return err
		}
		data, _ := os.ReadFile(p)
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		drop(&doc)
		out, err := yaml.Marshal(&doc)
		if err != nil {
			t.Fatal(err)
		}
		return os.WriteFile(p, out, 0o644)
	})
}

// TestAllEnglishRemoved removes every English text of the example: each
// one is reported, with its position, and nothing else is.
func TestAllEnglishRemoved(t *testing.T) {
	content := copyDir(t, exampleContent)
	dropLanguage(t, content, "en")
	_, err := Check(content, testDate)
	var list notice.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v, want an ErrorList", err)
	}
	t.Logf("%d errors, first: %s", len(list), list[0])
	if len(list) < 100 {
		t.Errorf("only %d errors", len(list))
	}
	for _, e := range list {
		if e.Msg != "missing English (en) text" || e.Pos.Line == 0 || e.Field == "" {
			t.Errorf("unexpected error %s", e)
		}
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Content: content, Out: out}); err == nil {
		t.Error("build succeeded")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed first build left an output directory")
	}
}

// TestTemplateOverride builds with a templates directory that replaces
// the layout: the pages carry the change.
func TestTemplateOverride(t *testing.T) {
	dir := t.TempDir()
	layout, err := os.ReadFile("../templates/layout.html")
	if err != nil {
		t.Fatal(err)
	}
	changed := bytes.Replace(layout, []byte("</footer>"), []byte("<p>Vietējā kājene</p></footer>"), 1)
	if bytes.Equal(changed, layout) {
		t.Fatal("test setup: layout.html has no </footer>")
	}
	os.WriteFile(filepath.Join(dir, "layout.html"), changed, 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Content: exampleContent, Templates: dir, Out: out}); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(filepath.Join(out, "lv", "saimite", "index.html"))
	if !bytes.Contains(page, []byte("Vietējā kājene")) {
		t.Error("the override did not reach the page")
	}
}
