package site

import (
	"fmt"
	"html/template"
	"io"
	"regexp"
	"sync"
)

// The pages are made from minified templates (see minifyTemplates), in
// which a user's template lines are joined: an error found there names a
// line of the minified text, which the user cannot find. So a template
// error is reported as the templates the user wrote give it: a parse
// error by parsing the unminified templates, an execution error by
// executing the unminified page template on the same data, which fails
// at the same action, at its line in the user's file. This costs nothing
// while the templates work, and keeps the pages' bytes as they are.

// sourceTemplates parses the unminified, unfolded templates in one
// language, once, when an error needs their positions.
type sourceTemplates struct {
	once  sync.Once
	pages map[string]*template.Template
	err   error
}

// source returns the unminified page templates of lang, or the error
// that parsing them gives.
func (r *Renderer) source(lang string) (map[string]*template.Template, error) {
	s := r.sources[lang]
	s.once.Do(func() { s.pages, s.err = parsePages(r.files, r.funcs(lang)) })
	return s.pages, s.err
}

// parseError returns the error of parsing the templates of lang as the
// user wrote them, for err, the error of parsing them minified.
func (r *Renderer) parseError(lang string, err error) error {
	if _, serr := r.source(lang); serr != nil {
		err = serr
	}
	return r.ownedError(err)
}

// execError returns the error of executing page template name as the
// user wrote it, in lang on data, for err, the error of executing it
// minified.
func (r *Renderer) execError(lang, name string, data any, err error) error {
	// The unminified templates may fail to parse where the minified ones
	// did not (an action in an HTML comment, which minifying drops):
	// then err is the error to report.
	if pages, perr := r.source(lang); perr == nil && pages[name] != nil {
		if serr := pages[name].ExecuteTemplate(io.Discard, layoutTemplate, data); serr != nil {
			err = serr
		}
	}
	return r.ownedError(err)
}

// templatePos finds the template file an error of text/template or
// html/template is about: "template: notice.html:12:5: ...",
// "html/template:notice.html:12:5: ...".
var templatePos = regexp.MustCompile(`template: ?([^\s:]+\.html):\d+`)

// ownedError adds to a template error whose file is a user's override
// that it is the user's, so that it is looked for in the templates
// directory rather than among the built-in templates.
func (r *Renderer) ownedError(err error) error {
	m := templatePos.FindStringSubmatch(err.Error())
	if m == nil || !r.user[m[1]] {
		return err
	}
	return fmt.Errorf("%w (%s is from your templates directory)", err, m[1])
}
