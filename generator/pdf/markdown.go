package pdf

import (
	"regexp"
	"strings"
)

// Markdown fields are printed as plain text: the paper cannot link, and a
// sign must not show asterisks. plain keeps the words and the structure
// that matters on paper: paragraphs and list items become lines, list
// items get a bullet, a link keeps its text and, when the text is not the
// address itself, the address in brackets.

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)
	mdAutolink = regexp.MustCompile(`<((?:https?://|mailto:)[^>\s]+)>`)
	mdEmph     = regexp.MustCompile(`(^|[^\pL\pN\\])(\*\*|__|\*|_|~~)([^\s*_~](?:[^*_~]*[^\s*_~])?)(\*\*|__|\*|_|~~)($|[^\pL\pN])`)
	mdCode     = regexp.MustCompile("`+([^`]*)`+")
	mdList     = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdQuote    = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdEscape   = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)
	mdSpaces   = regexp.MustCompile(`[ \t]+`)
)

// plain reduces Markdown md to plain text: one line per paragraph or
// list item, list items starting with "• ".
func plain(md string) string {
	var out []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, strings.Join(para, " "))
			para = nil
		}
	}
	for _, ln := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(ln) == "" || isRule(ln) {
			flush()
			continue
		}
		ln = mdQuote.ReplaceAllString(ln, "")
		if mdHeading.MatchString(ln) {
			flush()
			para = append(para, strings.TrimRight(mdHeading.ReplaceAllString(ln, ""), " #"))
			flush()
			continue
		}
		if mdList.MatchString(ln) {
			flush()
			ln = "• " + mdList.ReplaceAllString(ln, "")
		}
		para = append(para, strings.TrimSpace(ln))
	}
	flush()
	s := strings.Join(out, "\n")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLink.FindStringSubmatch(m)
		text, url := strings.TrimSpace(sub[1]), strings.TrimPrefix(sub[2], "mailto:")
		if text == "" || text == url || strings.TrimPrefix(text, "mailto:") == url {
			return url
		}
		return text + " (" + url + ")"
	})
	s = mdAutolink.ReplaceAllStringFunc(s, func(m string) string {
		return strings.TrimPrefix(m[1:len(m)-1], "mailto:")
	})
	for i := 0; i < 3; i++ { // nested emphasis
		s = mdEmph.ReplaceAllStringFunc(s, func(m string) string {
			sub := mdEmph.FindStringSubmatch(m)
			if sub[2] != sub[4] {
				return m
			}
			return sub[1] + sub[3] + sub[5]
		})
	}
	s = mdEscape.ReplaceAllString(s, "$1")
	s = mdSpaces.ReplaceAllString(s, " ")
	return strings.TrimSpace(s)
}

// isRule reports whether ln is a thematic break (---, ***, ___).
func isRule(ln string) bool {
	t := strings.ReplaceAll(strings.TrimSpace(ln), " ", "")
	if len(t) < 3 {
		return false
	}
	return strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == ""
}
