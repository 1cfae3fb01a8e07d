package site

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"policysite/generator/i18n"
	"policysite/templates"
)

// Template file names. Each page file defines "main" (and may define
// "head"); the layout defines layoutTemplate, which every page is
// executed as. Every other .html file is shared by all pages.
const (
	layoutTemplate     = "layout"
	noticeFile         = "notice.html"
	purposeFile        = "purpose.html"
	indexFile          = "index.html"
	accessibilityFile  = "accessibility.html"
	versionsFile       = "versions.html"
	stylesheetFile     = "style.css"
	templateFileSuffix = ".html"
)

// pageFiles lists the page templates.
func pageFiles() []string {
	return []string{noticeFile, purposeFile, indexFile, accessibilityFile, versionsFile}
}

// templateFiles returns the contents of the template files by name: the
// embedded defaults, each replaced by the override of the same name, and
// the overrides' further files; and the names of the files that come
// from overrides.
func templateFiles(overrides fs.FS) (files map[string][]byte, user map[string]bool, err error) {
	files, user = map[string][]byte{}, map[string]bool{}
	read := func(fsys fs.FS, which string) error {
		entries, err := fs.ReadDir(fsys, ".")
		if err != nil {
			return fmt.Errorf("site: reading %s templates: %w", which, err)
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !(strings.HasSuffix(name, templateFileSuffix) || name == stylesheetFile) {
				continue
			}
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				return fmt.Errorf("site: reading %s template %s: %w", which, name, err)
			}
			files[name] = b
			user[name] = which == "user"
		}
		return nil
	}
	if err := read(templates.FS(), "default"); err != nil {
		return nil, nil, err
	}
	if overrides != nil {
		if err := read(overrides, "user"); err != nil {
			return nil, nil, err
		}
	}
	return files, user, nil
}

// parsePages parses the templates with funcs and returns each page
// template (with the shared templates) by file name.
func parsePages(files map[string][]byte, funcs template.FuncMap) (map[string]*template.Template, error) {
	isPage := map[string]bool{}
	for _, name := range pageFiles() {
		if _, ok := files[name]; !ok {
			return nil, fmt.Errorf("site: templates: %s is missing", name)
		}
		isPage[name] = true
	}
	var shared []string
	for name := range files {
		if path.Ext(name) == templateFileSuffix && !isPage[name] {
			shared = append(shared, name)
		}
	}
	sort.Strings(shared)
	base := template.New("").Option("missingkey=error").Funcs(funcs)
	for _, name := range shared {
		if _, err := base.New(name).Parse(string(files[name])); err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
	}
	if base.Lookup(layoutTemplate) == nil {
		return nil, fmt.Errorf("site: templates: no template defines %q", layoutTemplate)
	}
	pages := map[string]*template.Template{}
	for _, name := range pageFiles() {
		t, err := base.Clone()
		if err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
		if _, err := t.New(name).Parse(string(files[name])); err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
		if t.Lookup("main") == nil {
			return nil, fmt.Errorf("site: templates: %s does not define \"main\"", name)
		}
		pages[name] = t
	}
	return pages, nil
}

// catalogCall matches a template action that looks up a catalog text
// with a constant key and no arguments: {{t "notice.retention"}}.
var catalogCall = regexp.MustCompile(`\{\{t "([A-Za-z0-9._-]+)"\}\}`)

// foldCatalog returns the templates with each constant catalog lookup
// replaced by its text in lang, escaped as html/template escapes text, so
// that pages do not call t hundreds of times for texts that are the same
// on every page. A key the catalog lacks is left to t, which fails the
// page.
func foldCatalog(files map[string][]byte, cat *i18n.Catalog, lang string) map[string][]byte {
	out := make(map[string][]byte, len(files))
	for name, data := range files {
		if path.Ext(name) != templateFileSuffix {
			out[name] = data
			continue
		}
		out[name] = catalogCall.ReplaceAllFunc(data, func(m []byte) []byte {
			s, ok := cat.Lookup(lang, string(catalogCall.FindSubmatch(m)[1]))
			if !ok || strings.Contains(s, "{{") {
				return m
			}
			return []byte(htmlEscaper.Replace(s))
		})
	}
	return out
}

// htmlEscaper escapes text as html/template does in HTML text and quoted
// attributes.
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")
