package site

import (
	"bytes"
	"flag"
	stdhtml "html"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/tdewolff/minify/v2"
	mhtml "github.com/tdewolff/minify/v2/html"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/urls"
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

// TestNoThirdPartyRequests checks that no page loads anything from
// elsewhere, and that absolute links are the site's own (canonical,
// alternates) or links written in the content.
func TestNoThirdPartyRequests(t *testing.T) {
	c := testContent()
	base := c.Site.BaseURL
	content := map[string]bool{ // the absolute links of the fixture
		"https://www.dvi.gov.lv":        true,
		"https://www.kekava.example.lv": true,
		"https://example.com/zinas":     true,
	}
	for _, f := range renderAll(t, newRenderer(t, c), c) {
		switch {
		case strings.HasSuffix(f.Path, ".css"):
			s := string(f.Data)
			if strings.Contains(s, "url(") || strings.Contains(s, "@import") || strings.Contains(s, "@font-face") {
				t.Errorf("%s loads a resource", f.Path)
			}
		case strings.HasSuffix(f.Path, ".xml"):
			for _, m := range regexp.MustCompile(`(?:href="|<loc>)([^"<]*)`).FindAllStringSubmatch(string(f.Data), -1) {
				if !strings.HasPrefix(m[1], base) {
					t.Errorf("%s: %s is not on the site", f.Path, m[1])
				}
			}
		case strings.HasSuffix(f.Path, ".html"):
			if bytes.Contains(bytes.ToLower(f.Data), []byte("<script")) {
				t.Errorf("%s has a script", f.Path)
			}
			for _, e := range elements(t, f.Data) {
				for _, k := range []string{"src", "srcset", "href", "action", "poster", "data", "style"} {
					v, ok := e.attrs[k]
					if !ok {
						continue
					}
					abs := strings.Contains(v, "//") || strings.Contains(v, ":")
					switch {
					case k == "style":
						t.Errorf("%s: inline style on <%s>", f.Path, e.tag)
					case !abs:
					case strings.HasPrefix(v, base) && e.tag == "link":
					case e.tag == "a" && (strings.HasPrefix(v, "mailto:") || strings.HasPrefix(v, "tel:") || content[v]):
					default:
						t.Errorf("%s: <%s %s=%q> is not the site's own", f.Path, e.tag, k, v)
					}
				}
			}
		default:
			t.Errorf("unexpected file %s", f.Path)
		}
	}
}

// TestLinksResolve follows every relative link of every page: the target
// must be a file of the site, and a #fragment an id on the target page.
// The PDFs, JSON-LD notices and feeds, which packages pdf, jsonld and
// feed make, are
// stood in for by empty files.
func TestLinksResolve(t *testing.T) {
	c := testContent()
	files := byPath(renderAll(t, newRenderer(t, c), c))
	for _, in := range c.Institutions {
		files[urls.JSONLD(in.ID)] = []byte{}
		for _, lang := range c.Site.Languages {
			files[urls.Feed(lang, in.ID)] = []byte{}
		}
		for _, v := range in.Versions {
			files[urls.VersionJSONLD(in.ID, v.Document.Effective.String())] = []byte{}
		}
		// The PDFs of every version under its date, and the current
		// version's also at their own paths.
		for _, v := range in.Timeline() {
			var pdfs []string
			pdfs = append(pdfs, urls.Form(in.ID))
			if len(v.VideoPurposes()) > 0 {
				for _, sv := range notice.DefaultSignVariants() {
					pdfs = append(pdfs, urls.Sign(in.ID, "", sv.Size, sv.Colour, c.Site.SignLanguages(sv)))
				}
				pdfs = append(pdfs, urls.Sheet(in.ID))
			}
			for _, p := range pdfs {
				files[urls.At(p, in.ID, v.Document.Effective.String())] = []byte{}
				if v == in {
					files[p] = []byte{}
				}
			}
		}
	}
	ids := map[string]map[string]bool{}
	elems := map[string][]element{}
	for p, data := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		elems[p] = elements(t, data)
		ids[p] = map[string]bool{}
		for _, e := range elems[p] {
			if id, ok := e.attrs["id"]; ok {
				if ids[p][id] {
					t.Errorf("%s: id %q twice", p, id)
				}
				ids[p][id] = true
			}
		}
	}
	links := 0
	for p, es := range elems {
		for _, e := range es {
			v, ok := e.attrs["href"]
			if !ok || strings.Contains(v, ":") {
				continue
			}
			links++
			target, frag, _ := strings.Cut(v, "#")
			if target == "" {
				target = p
			} else {
				target = path.Join(path.Dir(p), target)
			}
			if files[target] == nil {
				t.Errorf("%s: link %q leads to %s, which is not in the site", p, v, target)
				continue
			}
			if frag != "" && !ids[target][frag] {
				t.Errorf("%s: link %q: %s has no id %q", p, v, target, frag)
			}
		}
	}
	if links < 50 {
		t.Errorf("only %d relative links followed", links)
	}
}

// TestSitemapListsEveryPage checks the sitemap against the pages.
func TestSitemapListsEveryPage(t *testing.T) {
	c := testContent()
	files := byPath(renderAll(t, newRenderer(t, c), c))
	sitemap := string(files["sitemap.xml"])
	locs := map[string]bool{}
	for _, m := range regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllStringSubmatch(sitemap, -1) {
		locs[m[1]] = true
	}
	// Every page but the versions' pages at their permanent URLs and the
	// index of versions: the sitemap lists the current versions only.
	version := regexp.MustCompile(`/(\d{4}-\d{2}-\d{2}|versions)/`)
	pages := 0
	for p := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		loc := c.Site.BaseURL + strings.TrimSuffix(p, "index.html")
		if version.MatchString(p) {
			if locs[loc] {
				t.Errorf("sitemap lists %s, which is not a current page", loc)
			}
			continue
		}
		pages++
		if !locs[loc] {
			t.Errorf("sitemap lacks %s", loc)
		}
	}
	if len(locs) != pages {
		t.Errorf("sitemap has %d locations for %d pages", len(locs), pages)
	}
	for _, s := range []string{
		`<xhtml:link rel="alternate" hreflang="en" href="https://privatums.example.lv/en/saimite/"/>`,
		`<xhtml:link rel="alternate" hreflang="lv" href="https://privatums.example.lv/lv/saimite/videonoverosana/"/>`,
		`<lastmod>2024-09-01</lastmod>`,
	} {
		if !strings.Contains(sitemap, s) {
			t.Errorf("sitemap: %s missing", s)
		}
	}
	if strings.Contains(sitemap, "2021-02-22/") {
		t.Error("sitemap lists an earlier version")
	}
}

func TestInstitutionIDTakenBySitePage(t *testing.T) {
	c := testContent()
	c.Institutions[0].ID = "accessibility"
	if _, err := newRenderer(t, c).Site(c); err == nil {
		t.Error("an institution at the accessibility statement's path was accepted")
	}
}

func TestDuplicateAnchors(t *testing.T) {
	c := testContent()
	in := c.Institutions[0]
	in.Sections = append(in.Sections, notice.Section{ID: in.Purposes[0].ID, Title: tx("a", "a")})
	if _, err := newRenderer(t, c).Institution(in); err == nil {
		t.Error("a section with a purpose's id was accepted")
	}
}

// element is a start tag with its attributes, unescaped.
type element struct {
	tag   string
	attrs map[string]string
}

// elements returns the start tags of an HTML document.
func elements(t *testing.T, data []byte) []element {
	t.Helper()
	var out []element
	l := html.NewLexer(parse.NewInputBytes(data))
	for {
		tt, _ := l.Next()
		switch tt {
		case html.ErrorToken:
			if err := l.Err(); err != nil && err.Error() != "EOF" {
				t.Fatalf("parsing HTML: %v", err)
			}
			return out
		case html.StartTagToken:
			out = append(out, element{tag: strings.ToLower(string(l.Text())), attrs: map[string]string{}})
		case html.AttributeToken:
			v := string(l.AttrVal())
			if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
				v = v[1 : len(v)-1]
			}
			out[len(out)-1].attrs[strings.ToLower(string(l.AttrKey()))] = stdhtml.UnescapeString(v)
		}
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

// TestPlainParagraph checks that the fast path for plain text gives what
// goldmark gives, on every text of the example content and on edge cases.
func TestPlainParagraph(t *testing.T) {
	c, err := notice.Options{Catalogs: notice.Catalogs{Keys: i18n.Keys(), Optional: i18n.OptionalKeys(), Builtin: i18n.BuiltinLanguages()}}.Load("../../content")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	add := func(ts ...notice.Text) {
		for _, x := range ts {
			for _, s := range x {
				texts = append(texts, strings.TrimSpace(s))
			}
		}
	}
	for _, in := range c.Institutions {
		add(in.Name, in.Exercise, in.Security, in.Cookies)
		for _, p := range in.Purposes {
			add(p.Name, p.Description, p.LegitimateInterests, p.Subjects, p.Categories, p.Sources, p.Recipients, p.Retention.Criteria)
		}
	}
	texts = append(texts, `Vārds "uzvārds" un 'pēdiņas'`, "1. punkts", "- saraksts", "a  b", "e-pasts x.lv", "50% no (visiem)", "ā; ē, ī? ū.")
	md := newMarkdown()
	fast := 0
	for _, s := range texts {
		if s == "" || !plainParagraph(s) {
			continue
		}
		fast++
		var buf bytes.Buffer
		if err := md.Convert([]byte(s), &buf); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSpace(buf.String())
		got := "<p>" + strings.ReplaceAll(s, `"`, "&quot;") + "</p>"
		if got != want {
			t.Errorf("%q: fast path %q, goldmark %q", s, got, want)
		}
	}
	if fast < 20 {
		t.Errorf("only %d texts took the fast path", fast)
	}
}

func TestCollate(t *testing.T) {
	names := []string{"Žubes skola", "Zaļā skola", "ābeļu PII", "Auces skola", "Čiekurs", "Cēsu skola", "apīte", "Saimīte", "Šķēde"}
	sort.Slice(names, func(i, j int) bool { return collate(names[i]) < collate(names[j]) })
	want := "apīte|Auces skola|ābeļu PII|Cēsu skola|Čiekurs|Saimīte|Šķēde|Zaļā skola|Žubes skola"
	if got := strings.Join(names, "|"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
