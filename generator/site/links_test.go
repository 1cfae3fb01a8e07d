package site

import (
	"bytes"
	stdhtml "html"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// This file checks the links of the rendered site: nothing loaded from
// elsewhere, every relative link resolving to a file of the site, the
// sitemap listing every page, and ids and anchors unique.

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
