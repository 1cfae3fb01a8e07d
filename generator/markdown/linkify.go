package markdown

import (
	"regexp"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// urlPath is what goldmark's linkify takes for the path of a bare URL,
// made to end in anything but a ;: goldmark keeps a trailing ; (it trims
// one only after an entity such as &amp;), so that "see https://x.lv/a;"
// linked "https://x.lv/a;". A ; inside the path stays. goldmark trims
// the other trailing punctuation (. , : ! ?) itself.
const urlPath = `(?:[/#?](?:[-a-zA-Z0-9@:%_+.~#$!?&/=\(\);,'">\^{}\[\]` + "`" + `]*[-a-zA-Z0-9@:%_+.~#$!?&/=\(\),'">\^{}\[\]` + "`" + `])?)?`

// linkify returns goldmark's linkify extension with URLs that do not
// swallow a ; after them.
func linkify() goldmark.Extender {
	return extension.NewLinkify(
		extension.WithLinkifyURLRegexp(regexp.MustCompile(`^(?:http|https|ftp)://[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-z]+(?::\d+)?`+urlPath)),
		extension.WithLinkifyWWWRegexp(regexp.MustCompile(`^www\.[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-z]+`+urlPath)),
	)
}
