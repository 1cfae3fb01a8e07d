package site

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown returns the Markdown converter of content fields:
// CommonMark with tables, strikethrough and plain URLs made links. Raw
// HTML is not rendered (goldmark's default, which must stay so); see
// contentTransformer for what else is changed.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, linkify()),
		goldmark.WithParserOptions(parser.WithASTTransformers(
			util.Prioritized(contentTransformer{}, 100),
		)),
	)
}

// contentTransformer makes content Markdown safe and fit for a notice:
// a link whose URL has a scheme other than http, https, mailto or tel
// (javascript: and the like) becomes its plain text; an image becomes a
// link to the image, so that no page loads anything from elsewhere; and
// headings move two levels down, below the section they are written in.
type contentTransformer struct{}

// Transform implements parser.ASTTransformer.
func (contentTransformer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	var replace []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			replace = append(replace, n)
		case *ast.Link:
			if !safeURL(n.Destination) {
				replace = append(replace, n)
			}
		case *ast.AutoLink:
			if !safeURL(n.URL(source)) {
				replace = append(replace, n)
			}
		case *ast.Heading:
			n.Level = min(n.Level+2, 6)
		}
		return ast.WalkContinue, nil
	})
	for _, n := range replace {
		parent := n.Parent()
		switch n := n.(type) {
		case *ast.Image:
			if !safeURL(n.Destination) {
				unwrap(n)
				continue
			}
			link := ast.NewLink()
			link.Destination = n.Destination
			link.Title = n.Title
			for c := n.FirstChild(); c != nil; {
				next := c.NextSibling()
				link.AppendChild(link, c)
				c = next
			}
			if !link.HasChildren() {
				link.AppendChild(link, ast.NewString(n.Destination))
			}
			parent.ReplaceChild(parent, n, link)
		case *ast.Link:
			unwrap(n)
		case *ast.AutoLink:
			parent.ReplaceChild(parent, n, ast.NewString(n.Label(source)))
		}
	}
}

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

// unwrap replaces n by its children.
func unwrap(n ast.Node) {
	parent := n.Parent()
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}

// safeURL reports whether a link target is relative or has the scheme
// http, https, mailto or tel. Control characters and spaces, which
// browsers ignore inside a scheme, are ignored here too.
func safeURL(u []byte) bool {
	var scheme []byte
	for _, c := range u {
		switch {
		case c <= ' ':
			continue
		case c == ':':
			switch strings.ToLower(string(scheme)) {
			case "http", "https", "mailto", "tel":
				return true
			}
			return false
		case c == '/' || c == '?' || c == '#':
			return true // a relative URL: no scheme
		}
		scheme = append(scheme, c)
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
