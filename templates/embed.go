// Package templates holds the default page templates and the stylesheet
// of the site, embedded in the binary. A user's templates directory
// overrides them file by file (see package site). The data each page
// template gets is documented in generator/site/view.go and viewfacts.go.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html style.css
var files embed.FS

// FS returns the default templates: the .html templates and style.css.
func FS() fs.FS { return files }
