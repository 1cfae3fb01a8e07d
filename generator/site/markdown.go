package site

import (
	"bytes"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown returns the Markdown converter of content fields:
// CommonMark with tables, strikethrough and plain URLs made links. Raw
// HTML is not rendered and dangerous link targets (javascript: and the
// like) are dropped, goldmark's defaults that must stay so. Images become
// links to the image, so that no page loads anything from elsewhere, and
// headings move two levels down, below the section they are written in.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithASTTransformers(
			util.Prioritized(contentTransformer{}, 100),
		)),
	)
}

// contentTransformer turns images into links and demotes headings.
type contentTransformer struct{}

// Transform implements parser.ASTTransformer.
func (contentTransformer) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	var images []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			images = append(images, n)
		case *ast.Heading:
			n.Level = min(n.Level+2, 6)
		}
		return ast.WalkContinue, nil
	})
	for _, img := range images {
		link := ast.NewLink()
		link.Destination = img.Destination
		link.Title = img.Title
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			link.AppendChild(link, c)
			c = next
		}
		if !link.HasChildren() {
			link.AppendChild(link, ast.NewString(img.Destination))
		}
		img.Parent().ReplaceChild(img.Parent(), img, link)
	}
}

// markdown renders Markdown source to HTML.
func (r *Renderer) markdown(src string) (template.HTML, error) {
	if src == "" {
		return "", nil
	}
	var buf bytes.Buffer
	if err := r.md.Convert([]byte(src), &buf); err != nil {
		return "", err
	}
	// The converter escapes all text and drops raw HTML: the result is
	// safe to put into a page as it is.
	return template.HTML(bytes.TrimSpace(buf.Bytes())), nil
}
