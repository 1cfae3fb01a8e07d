// Package markdown holds the one Markdown configuration of content
// fields: New gives the goldmark converter the pages render with, and
// Plain reduces the same Markdown, parsed the same way, to plain text for
// paper.
package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// New returns the Markdown converter of content fields: CommonMark with
// tables, strikethrough and plain URLs made links. Raw HTML is not
// rendered (goldmark's default, which must stay so); see
// contentTransformer for what else is changed.
func New() goldmark.Markdown {
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
