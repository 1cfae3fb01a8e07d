package site

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"

	"policysite/generator/markdown"
)

// newMarkdown returns the Markdown converter of content fields, the
// one the PDFs make plain text with too (markdown.New).
func newMarkdown() goldmark.Markdown { return markdown.New() }

// plainParagraph reports whether src is one line of text that Markdown
// leaves as it is: no character that starts or ends any Markdown
// construct, entity, autolink or linkified URL, and no line start that
// makes a block other than a paragraph.
func plainParagraph(src string) bool {
	if strings.ContainsAny(src, "\n\r\t\\`*_[]<>#!&|~:@=") || strings.Contains(src, "www.") || src != strings.TrimSpace(src) {
		return false
	}
	switch c := src[0]; {
	case c == '-' || c == '+' || c == '>' || c >= '0' && c <= '9':
		return false
	}
	return true
}

// markdown renders Markdown source to HTML.
func (r *Renderer) markdown(src string) (template.HTML, error) {
	if src == "" {
		return "", nil
	}
	if plainParagraph(src) {
		// Most content fields are a single sentence with no Markdown in
		// it; they become what goldmark would make of them, a paragraph,
		// without parsing. TestPlainParagraph holds the two equal.
		return template.HTML("<p>" + strings.ReplaceAll(src, `"`, "&quot;") + "</p>"), nil
	}
	var buf bytes.Buffer
	if err := r.md.Convert([]byte(src), &buf); err != nil {
		return "", err
	}
	// The converter escapes all text and drops raw HTML: the result is
	// safe to put into a page as it is.
	return template.HTML(bytes.TrimSpace(buf.Bytes())), nil
}
