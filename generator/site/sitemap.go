package site

import (
	"bytes"
	"encoding/xml"
	"fmt"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// sitePage is one page of the site in every language.
type sitePage struct {
	path     func(lang string) string
	modified notice.Date // zero when unknown
	// multilingual is set on a page that is all languages at once (the
	// entry page): it has no alternates.
	multilingual bool
}

// pagesOf returns the pages of the site in the order of the sitemap: the
// entry page, the lists of institutions and the accessibility statement,
// then per institution its current notice and purpose pages: the
// versions' pages at their permanent URLs are left out, as superseded,
// not yet in force or duplicates of the current one.
func (r *Renderer) pagesOf(c *notice.Content) []sitePage {
	pages := []sitePage{
		{path: func(string) string { return urls.Index() }, multilingual: true},
		{path: urls.Lang},
		{path: urls.Accessibility, modified: r.site.Accessibility.Assessed},
	}
	for _, in := range c.Institutions {
		if in.Draft() {
			continue // a draft is not for search engines (issue 11)
		}
		pages = append(pages, sitePage{path: noticePath(in, in, false), modified: in.Document.Effective})
		for _, p := range in.VideoPurposes() {
			pages = append(pages, sitePage{
				path:     func(lang string) string { return urls.Purpose(lang, in.ID, p.ID) },
				modified: in.Document.Effective,
			})
		}
	}
	return pages
}

type sitemapSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	XHTML   string       `xml:"xmlns:xhtml,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string        `xml:"loc"`
	Lastmod string        `xml:"lastmod,omitempty"`
	Links   []sitemapLink `xml:"xhtml:link"`
}

type sitemapLink struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// sitemap returns sitemap.xml: every page in every language with its
// alternates in the other languages.
func (r *Renderer) sitemap(c *notice.Content) (File, error) {
	set := sitemapSet{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml"}
	abs := func(p string) string { return urls.Absolute(r.site.BaseURL, p) }
	for _, pg := range r.pagesOf(c) {
		var links []sitemapLink
		for _, lang := range r.site.Languages {
			links = append(links, sitemapLink{Rel: "alternate", Hreflang: lang, Href: abs(pg.path(lang))})
		}
		links = append(links, sitemapLink{Rel: "alternate", Hreflang: "x-default", Href: abs(pg.path(r.site.DefaultLanguage))})
		if pg.multilingual {
			links = nil
		}
		seen := map[string]bool{}
		for _, lang := range r.site.Languages {
			loc := abs(pg.path(lang))
			if seen[loc] {
				continue
			}
			seen[loc] = true
			u := sitemapURL{Loc: loc, Links: links}
			if !pg.modified.IsZero() {
				u.Lastmod = pg.modified.String()
			}
			set.URLs = append(set.URLs, u)
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	if err := enc.Encode(set); err != nil {
		return File{}, fmt.Errorf("site: sitemap: %w", err)
	}
	out, err := r.min.Bytes("application/xml", buf.Bytes())
	if err != nil {
		return File{}, fmt.Errorf("site: minifying the sitemap: %w", err)
	}
	return File{Path: urls.Sitemap(), Data: out}, nil
}
