package pdf

import "policysite/generator/markdown"

// plain reduces a Markdown field to plain text for paper, parsed as the
// pages parse it (markdown.Plain): one line per paragraph or list item,
// list items starting with "• ", a link its text and address.
func (m *Maker) plain(md string) string {
	if md == "" {
		return ""
	}
	return markdown.Plain(m.md, md)
}
