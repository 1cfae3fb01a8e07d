package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// Plain reduces Markdown src, parsed by md (New), to plain text for
// paper, which cannot link and must not show asterisks: one line per
// paragraph, heading, table row or list item, list items (nested ones
// too) starting with "• ". Text reads as the page shows it: entities
// decoded, backslash escapes resolved, emphasis and code marks dropped,
// reference links resolved. A link keeps its text and, when the text is
// not the address itself, the address in brackets; a bare URL or
// autolink is its address; mailto: is dropped. Raw HTML, omitted on the
// pages, is omitted here too.
func Plain(md goldmark.Markdown, src string) string {
	source := []byte(src)
	doc := md.Parser().Parse(text.NewReader(source))
	p := plainer{source: source}
	p.blocks(doc, "")
	return strings.Join(p.lines, "\n")
}

// plainer collects the lines of one Markdown document.
type plainer struct {
	source []byte
	lines  []string
}

// blocks adds the lines of the block children of n; the first line gets
// prefix (a list item's bullet).
func (p *plainer) blocks(n ast.Node, prefix string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			var b strings.Builder
			p.inline(&b, c)
			for _, ln := range strings.Split(b.String(), "\n") {
				p.line(&prefix, ln)
			}
		case *ast.ListItem:
			p.blocks(c, "• ")
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				at := lines.At(i)
				p.line(&prefix, strings.TrimRight(string(at.Value(p.source)), "\r\n"))
			}
		case *east.TableRow, *east.TableHeader:
			var cells []string
			for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
				var b strings.Builder
				p.inline(&b, cell)
				cells = append(cells, collapse(b.String()))
			}
			p.line(&prefix, strings.Join(cells, " | "))
		case *ast.HTMLBlock, *ast.ThematicBreak:
			// Omitted, as on the pages.
		default: // lists, block quotes, tables, documents
			p.blocks(c, prefix)
			prefix = ""
		}
	}
}

// line adds ln with *prefix, which is then used up; a blank line is not
// added.
func (p *plainer) line(prefix *string, ln string) {
	ln = collapse(ln)
	if ln == "" {
		return
	}
	p.lines = append(p.lines, *prefix+ln)
	*prefix = ""
}

// collapse trims s and makes every run of spaces and tabs one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
}

// inline writes the text of the inline children of n to b; a hard line
// break becomes a new line.
func (p *plainer) inline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.IsRaw() {
				b.Write(c.Segment.Value(p.source))
			} else {
				b.WriteString(unescape(c.Segment.Value(p.source)))
			}
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() {
				b.Write(c.Value)
			} else {
				b.WriteString(unescape(c.Value))
			}
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				switch t := t.(type) {
				case *ast.Text:
					b.WriteString(strings.ReplaceAll(string(t.Segment.Value(p.source)), "\n", " "))
				case *ast.String:
					b.Write(t.Value)
				}
			}
		case *ast.Link:
			var t strings.Builder
			p.inline(&t, c)
			b.WriteString(linkText(t.String(), string(c.Destination)))
		case *ast.AutoLink:
			b.WriteString(strings.TrimPrefix(string(c.Label(p.source)), "mailto:"))
		case *ast.RawHTML:
			// Omitted, as on the pages.
		default: // emphasis, strikethrough, table cells
			p.inline(b, c)
		}
	}
}

// linkText is what paper shows of a link with text t to url: the text
// and, when it is not the address itself, the address in brackets.
func linkText(t, url string) string {
	t = strings.TrimSpace(t)
	url = strings.TrimPrefix(url, "mailto:")
	if t == "" || t == url || strings.TrimPrefix(t, "mailto:") == url {
		return url
	}
	return t + " (" + url + ")"
}

// unescape is text as goldmark writes it to a page, entities decoded and
// backslash escapes resolved, without the HTML escaping of the page.
func unescape(v []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(w, v)
	_ = w.Flush()
	return stdhtml.UnescapeString(buf.String())
}
