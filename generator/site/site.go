// Package site renders the privacy-notice web site: the notice of each
// institution in every language with its earlier versions and its
// video-surveillance pages, the index pages, the accessibility statement,
// the sitemap and the stylesheet.
//
// Pages come from html/template files (the embedded defaults of package
// templates, each replaceable by a file of the same name in a user's
// directory) executed on the typed data of view.go and viewfacts.go.
// Markdown fields go through goldmark with raw HTML off; every page is
// minified. Links between pages are relative, so the site works from any
// directory and opened from disk; canonical, hreflang and sitemap links
// are absolute.
// The renderer returns bytes and never touches the disk.
package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/yuin/goldmark"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// File is a page or another file of the site at its path.
type File = output.File

// Renderer renders pages. It is made once per build, with the templates
// parsed and goldmark and the minifier set up once, and is safe for
// concurrent use.
type Renderer struct {
	site *notice.Site
	cat  *i18n.Catalog
	md   goldmark.Markdown
	min  *minify.M
	// pages holds the page templates by language, then by file name.
	pages map[string]map[string]*template.Template
	css   []byte // the stylesheet, minified
	// files are the templates as written, and user names those from the
	// user's templates directory; sources parses them by language when
	// an error needs their positions (see execError).
	files   map[string][]byte
	user    map[string]bool
	sources map[string]*sourceTemplates
	// signFits tells whether a warning sign of an earlier version was
	// published (see SignFits); nil: every sign was.
	signFits func(in *notice.Institution, v notice.SignVariant, entrance string) bool
}

// SignFits tells the renderer which warning signs of an earlier version
// exist: the PDF maker leaves out a sign whose text does not fit (see
// pdf.Maker.Fits), and the version's page must not link it.
func (r *Renderer) SignFits(fits func(in *notice.Institution, v notice.SignVariant, entrance string) bool) {
	r.signFits = fits
}

// New returns a renderer for site with catalog cat. overrides is a user's
// templates directory (nil for none): a file there replaces the embedded
// default of the same name, and further .html files there are parsed
// with the shared templates.
func New(site *notice.Site, cat *i18n.Catalog, overrides fs.FS) (*Renderer, error) {
	if site == nil || cat == nil {
		return nil, fmt.Errorf("site: New needs a site and a catalog")
	}
	if len(site.Languages) == 0 {
		return nil, fmt.Errorf("site: the site has no languages")
	}
	r := &Renderer{site: site, cat: cat, md: newMarkdown(), min: newMinifier()}
	files, user, err := templateFiles(overrides)
	if err != nil {
		return nil, err
	}
	r.files, r.user = files, user
	r.pages = map[string]map[string]*template.Template{}
	r.sources = map[string]*sourceTemplates{}
	tmin := templateMinifier()
	for _, lang := range site.Languages {
		r.sources[lang] = &sourceTemplates{}
		folded, err := minifyTemplates(tmin, foldCatalog(files, cat, lang))
		if err != nil {
			return nil, err
		}
		set, err := parsePages(folded, r.funcs(lang))
		if err != nil {
			return nil, r.parseError(lang, err)
		}
		r.pages[lang] = set
	}
	style, ok := files[stylesheetFile]
	if !ok {
		return nil, fmt.Errorf("site: templates: %s is missing", stylesheetFile)
	}
	if r.css, err = r.min.Bytes("text/css", style); err != nil {
		return nil, fmt.Errorf("site: %s: %w", stylesheetFile, err)
	}
	return r, nil
}

// funcs returns the template functions of pages in lang: t looks a
// catalog text up, formatted with its arguments, and fails the page when
// the catalog has no such text.
func (r *Renderer) funcs(lang string) template.FuncMap {
	return template.FuncMap{
		"t": func(key string, args ...any) (string, error) { return r.catalogText(lang, key, args...) },
	}
}

// catalogText returns the catalog text of key in lang, formatted with
// args as by fmt.Sprintf when args are given, or an error when the
// catalog has no such text.
func (r *Renderer) catalogText(lang, key string, args ...any) (string, error) {
	s, ok := r.cat.Lookup(lang, key)
	if !ok {
		return "", fmt.Errorf("catalog: no %s text for %q", lang, key)
	}
	if len(args) > 0 {
		s = fmt.Sprintf(s, args...)
	}
	return s, nil
}

// render executes page template name in lang on data and returns the
// result as the file of page path p. The templates are minified when
// parsed, so the page needs no minifying of its own.
func (r *Renderer) render(lang, name, p string, data any) (File, error) {
	t := r.pages[lang][name]
	if t == nil {
		return File{}, fmt.Errorf("site: no %s template for language %q", name, lang)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, layoutTemplate, data); err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), r.execError(lang, name, data, err))
	}
	return File{Path: urls.File(p), Data: buf.Bytes()}, nil
}

// newMinifier returns the minifier of the stylesheet and the sitemap.
func newMinifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.AddRegexp(regexp.MustCompile(`[/+]xml$`), &xml.Minifier{})
	return m
}

// templateMinifier returns the minifier of HTML templates: it leaves
// template actions alone and keeps attribute quotes, which
// html/template's escaping relies on.
func templateMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, TemplateDelims: html.GoTemplateDelims})
	return m
}

// minifyTemplates minifies the HTML templates once per build, so that the
// pages they make come out minified without minifying every page.
func minifyTemplates(m *minify.M, files map[string][]byte) (map[string][]byte, error) {
	out := make(map[string][]byte, len(files))
	for name, data := range files {
		if path.Ext(name) != templateFileSuffix {
			out[name] = data
			continue
		}
		min, err := m.Bytes("text/html", data)
		if err != nil {
			return nil, fmt.Errorf("site: minifying template %s: %w", name, err)
		}
		out[name] = min
	}
	return out, nil
}
