package site

import (
	"bytes"
	"flag"
	stdhtml "html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/tdewolff/minify/v2"
	mhtml "github.com/tdewolff/minify/v2/html"

	"policysite/generator/notice"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata/")
	dump   = flag.String("dump", "", "write the rendered fixture site into this directory, to look at it in a browser")
)

// renderAll returns every file of content c: each institution's pages
// and the site-wide files, as a build would.
func renderAll(t *testing.T, r *Renderer, c *notice.Content) []File {
	t.Helper()
	var files []File
	for _, in := range c.Institutions {
		fs, err := r.Institution(in)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	fs, err := r.Site(c)
	if err != nil {
		t.Fatal(err)
	}
	return append(files, fs...)
}

func newRenderer(t *testing.T, c *notice.Content) *Renderer {
	t.Helper()
	r, err := New(c.Site, testCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func byPath(files []File) map[string][]byte {
	m := map[string][]byte{}
	for _, f := range files {
		m[f.Path] = f.Data
	}
	return m
}

// TestGolden pins every rendered file of the fixture. Run with -update
// to accept a change, and look at the diff.
func TestGolden(t *testing.T) {
	c := testContent()
	files := renderAll(t, newRenderer(t, c), c)
	if *dump != "" {
		for _, f := range files {
			p := filepath.Join(*dump, filepath.FromSlash(f.Path))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range files {
		name := strings.ReplaceAll(f.Path, "/", "_") + ".golden"
		if seen[name] {
			t.Fatalf("two files named %s", f.Path)
		}
		seen[name] = true
		golden := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(golden, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run go test -update)", f.Path, err)
			continue
		}
		if !bytes.Equal(f.Data, want) {
			t.Errorf("%s differs from %s (run go test -update and check the diff)", f.Path, golden)
		}
	}
	entries, _ := os.ReadDir("testdata")
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".golden") && !seen[e.Name()] {
			t.Errorf("testdata/%s is no longer rendered: delete it", e.Name())
		}
	}
}

func TestOutputLayout(t *testing.T) {
	c := testContent()
	got := byPath(renderAll(t, newRenderer(t, c), c))
	want := []string{
		"index.html", "sitemap.xml", "style.css",
		"lv/index.html", "en/index.html",
		"lv/accessibility/index.html", "en/accessibility/index.html",
		"lv/saimite/index.html", "en/saimite/index.html",
		"lv/saimite/2021-02-22/index.html", "en/saimite/2021-02-22/index.html",
		"lv/saimite/videonoverosana/index.html", "en/saimite/videonoverosana/index.html",
		// Every version at its permanent URL, with its purpose pages, and
		// the index of versions.
		"lv/saimite/2024-09-01/index.html", "en/saimite/2024-09-01/index.html",
		"lv/saimite/2024-09-01/videonoverosana/index.html", "en/saimite/2024-09-01/videonoverosana/index.html",
		"lv/saimite/versions/index.html", "en/saimite/versions/index.html",
	}
	for _, p := range want {
		if got[p] == nil {
			t.Errorf("%s is missing", p)
		}
	}
	if len(got) != len(want) {
		var paths []string
		for p := range got {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		t.Errorf("got %d files, want %d: %v", len(got), len(want), paths)
	}
}

// TestNoticeStructure checks what the notice page promises, beyond the
// golden files: the layers in order, anchors, language links, the
// superseded version's marks.
func TestNoticeStructure(t *testing.T) {
	c := testContent()
	files := byPath(renderAll(t, newRenderer(t, c), c))
	en := canonical(t, files["en/saimite/index.html"])
	order := []string{
		"<html lang=en>", "<h2 id=_summary>", "<table class=summary>", `<th scope=col>`,
		"<section class=purpose id=uznemsana>", "<section class=purpose id=fotografijas>",
		"<section class=purpose id=videonoverosana>",
		"<h2 id=_rights>", "<h2 id=_complaint>", "<h2 id=_contacts>", "<h2 id=_security>",
		"<h2 id=_cookies>", "<h2 id=izmainas>", "<h2 id=_history>",
	}
	at := 0
	for _, s := range order {
		i := strings.Index(en[at:], s)
		if i < 0 {
			t.Fatalf("notice: %q missing or out of order", s)
		}
		at += i
	}
	for _, s := range []string{
		`<link rel=canonical href=https://privatums.example.lv/en/saimite/>`,
		`<link rel=alternate hreflang=lv href=https://privatums.example.lv/lv/saimite/>`,
		`<link rel=alternate hreflang=x-default href=https://privatums.example.lv/lv/saimite/>`,
		`<a href=../../lv/saimite/index.html hreflang=lv lang=lv>Latviešu</a>`,
		`GDPR Article 6(1)(f)`, `GDPR Article 9(2)(h)`, "1\u00a0year", "30\u00a0days",
		`United States (the social network's operator)`,
		`<a href=../../en/saimite/2021-02-22/index.html>Version in force from 22 February 2021</a>`,
		`<a href=../../en/saimite/videonoverosana/index.html>`,
		`Entrance and lobby`,
	} {
		if !strings.Contains(en, stdhtml.UnescapeString(s)) && !strings.Contains(en, s) {
			t.Errorf("notice: %q missing", s)
		}
	}
	if strings.Contains(en, "noindex") {
		t.Error("the current notice asks not to be indexed")
	}
	old := canonical(t, files["lv/saimite/2021-02-22/index.html"])
	for _, s := range []string{
		`<meta name=robots content="noindex">`,
		`Šī versija vairs nav spēkā`,
		`<a href=../../../lv/saimite/index.html>Lasīt spēkā esošo privātuma paziņojumu</a>`,
		`<link rel=canonical href=https://privatums.example.lv/lv/saimite/2021-02-22/>`,
		`<a href=../../../en/saimite/2021-02-22/index.html hreflang=en lang=en>`,
		"10\u00a0gadi",
	} {
		if !strings.Contains(old, s) {
			t.Errorf("earlier version: %q missing", s)
		}
	}
	if strings.Contains(old, "Videonovērošana") {
		t.Error("the earlier version shows a purpose of the current one")
	}
}

func TestTemplateOverride(t *testing.T) {
	c := testContent()
	overrides := fstest.MapFS{
		"purpose.html": {Data: []byte(`{{define "main"}}<h1>Mans nolūks: {{.Purpose.Name}}</h1>{{end}}`)},
		"style.css":    {Data: []byte(`body { color: #000000 }`)},
		"README.md":    {Data: []byte(`not a template`)},
	}
	r, err := New(c.Site, testCatalog(), overrides)
	if err != nil {
		t.Fatal(err)
	}
	got := byPath(renderAll(t, r, c))
	def := byPath(renderAll(t, newRenderer(t, c), c))
	if p := string(got["lv/saimite/videonoverosana/index.html"]); !strings.Contains(p, "<h1>Mans nolūks: Videonovērošana</h1>") {
		t.Errorf("the overridden purpose page was not used:\n%s", p)
	}
	if s := string(got["style.css"]); s != "body{color:#000}" {
		t.Errorf("stylesheet = %q, want the override minified", s)
	}
	if !bytes.Equal(got["lv/saimite/index.html"], def["lv/saimite/index.html"]) {
		t.Error("overriding purpose.html changed the notice")
	}
}

func TestTemplateMistakesFail(t *testing.T) {
	c := testContent()
	for name, page := range map[string]string{
		"misspelt field":       `{{define "main"}}{{.Purpose.Nmae}}{{end}}`,
		"missing catalog text": `{{define "main"}}{{t "notice.no-such-text"}}{{end}}`,
	} {
		r, err := New(c.Site, testCatalog(), fstest.MapFS{"purpose.html": {Data: []byte(page)}})
		if err != nil {
			t.Fatalf("%s: New: %v", name, err)
		}
		if _, err := r.Institution(c.Institutions[0]); err == nil {
			t.Errorf("%s: rendering succeeded", name)
		}
	}
	if _, err := New(c.Site, testCatalog(), fstest.MapFS{"notice.html": {Data: []byte(`{{define "main"}}{{if}}{{end}}`)}}); err == nil {
		t.Error("a template that does not parse was accepted")
	}
}

// TestMissingCatalogText renders a site language the catalog lacks (lt;
// ru has a built-in catalog): the build must fail, not print "[key]".
func TestMissingCatalogText(t *testing.T) {
	c := testContent()
	c.Site.Languages = []string{"lv", "en", "lt"}
	r := newRenderer(t, c)
	if _, err := r.Institution(c.Institutions[0]); err == nil || !strings.Contains(err.Error(), "catalog") {
		t.Errorf("Institution: err = %v, want a missing catalog text", err)
	}
	if _, err := r.Site(c); err == nil {
		t.Error("Site succeeded without catalog texts for lt")
	}
}

// TestEscaping renders hostile text in plain and Markdown fields.
func TestEscaping(t *testing.T) {
	c := testContent()
	in := c.Institutions[0]
	evil := `<script>alert(1)</script>"onmouseover="alert(1)`
	in.Name = tx(evil, evil)
	in.Controller.Web = "javascript:alert(1)"
	in.Controller.Email = `x"onmouseover="alert(1)@example.lv`
	p := in.Purposes[0]
	p.ID = "uznemsana"
	p.Name = tx(evil, evil)
	md := "Teksts <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n" +
		"<div onmouseover=\"alert(1)\">bloks</div>\n\n" +
		"[saite](javascript:alert(1)) [otra](JAVASCRIPT:alert(1)) <javascript:alert(1)>\n\n" +
		"![attēls](https://tracker.example.net/pixel.png)"
	p.Description = tx(md, md)
	p.Categories = tx(md, md)
	p.Subjects = tx(evil, evil)
	files := renderAll(t, newRenderer(t, c), c)
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		for _, e := range elements(t, f.Data) {
			switch e.tag {
			case "script", "img", "iframe", "object", "embed":
				t.Errorf("%s: a <%s> element got through", f.Path, e.tag)
			}
			for k, v := range e.attrs {
				if strings.HasPrefix(k, "on") {
					t.Errorf("%s: <%s> has an event handler %s=%q", f.Path, e.tag, k, v)
				}
				if (k == "href" || k == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), "javascript:") {
					t.Errorf("%s: <%s %s=%q>", f.Path, e.tag, k, v)
				}
			}
		}
	}
	notice := canonical(t, byPath(files)["en/saimite/index.html"])
	for _, s := range []string{"&lt;script>alert(1)&lt;/script>", `https://tracker.example.net/pixel.png`} {
		if !strings.Contains(notice, s) {
			t.Errorf("notice: %q missing: hostile text should show as text, images as links", s)
		}
	}
}

func TestDeterministic(t *testing.T) {
	c := testContent()
	a := renderAll(t, newRenderer(t, c), c)
	b := renderAll(t, newRenderer(t, testContent()), testContent())
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s: two renders differ", a[i].Path)
		}
	}
}

// TestConcurrent renders institutions in parallel with one renderer, as
// the build does; run with -race.
func TestConcurrent(t *testing.T) {
	c := testContent()
	r := newRenderer(t, c)
	want := renderAll(t, r, c)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := r.Institution(c.Institutions[0])
			if err != nil {
				t.Error(err)
				return
			}
			for i := range got {
				if !bytes.Equal(got[i].Data, want[i].Data) {
					t.Errorf("%s differs when rendered concurrently", got[i].Path)
				}
			}
		}()
	}
	wg.Wait()
}

// TestArchivedVersionIsFrozen changes the current version and checks that
// the earlier version's pages stay byte for byte the same.
func TestArchivedVersionIsFrozen(t *testing.T) {
	c := testContent()
	r := newRenderer(t, c)
	before := byPath(renderAll(t, r, c))
	in := c.Institutions[0]
	in.Name = tx("Pirmsskolas izglītības iestāde „Jaunā Saimīte”", "Preschool “New Saimīte”")
	in.Document.Title = tx("Jauna politika", "New policy")
	in.Document.Effective = date("2025-01-01")
	in.Controller.Name = tx("Cita pašvaldība", "Another municipality")
	in.DPO.Email = "jauns@example.lv"
	in.Purposes[0].Name = tx("Pārdēvēts", "Renamed")
	in.Purposes[0].Retention = notice.Retention{Period: 99, Unit: "years"}
	in.Purposes = append(in.Purposes, &notice.Purpose{ID: "jauns", Name: tx("Jauns", "New"), Bases: []notice.Basis{{Code: notice.Consent}}, Retention: notice.Retention{Period: 1, Unit: "days"}, Requirement: notice.Requirement{Kind: "voluntary"}})
	in.Exercise = tx("Cits teksts.", "Other text.")
	after := byPath(renderAll(t, r, c))
	for _, p := range []string{"lv/saimite/2021-02-22/index.html", "en/saimite/2021-02-22/index.html"} {
		if before[p] == nil || !bytes.Equal(before[p], after[p]) {
			t.Errorf("%s changed when the current version changed", p)
		}
	}
	if bytes.Equal(before["en/saimite/index.html"], after["en/saimite/index.html"]) {
		t.Error("the current notice did not change")
	}
}

func BenchmarkInstitution(b *testing.B) {
	c := testContent()
	r, err := New(c.Site, testCatalog(), nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := r.Institution(c.Institutions[0]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	c := testContent()
	for b.Loop() {
		if _, err := New(c.Site, testCatalog(), nil); err != nil {
			b.Fatal(err)
		}
	}
}

// canonical minifies a page fully, quotes and entities included, so that
// tests can look for markup whatever the templates' own minification
// left of it.
func canonical(t *testing.T, page []byte) string {
	t.Helper()
	m := minify.New()
	m.Add("text/html", &mhtml.Minifier{KeepDocumentTags: true, KeepEndTags: true})
	out, err := m.Bytes("text/html", page)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestCollate(t *testing.T) {
	names := []string{"Žubes skola", "Zaļā skola", "ābeļu PII", "Auces skola", "Čiekurs", "Cēsu skola", "apīte", "Saimīte", "Šķēde"}
	sort.Slice(names, func(i, j int) bool { return collate(names[i]) < collate(names[j]) })
	want := "apīte|Auces skola|ābeļu PII|Cēsu skola|Čiekurs|Saimīte|Šķēde|Zaļā skola|Žubes skola"
	if got := strings.Join(names, "|"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
