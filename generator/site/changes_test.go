package site

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestChangeNoteMarkdown: the change note of a version is Markdown on the
// notice page, its paragraphs and lists kept (issue 11: it ran into one
// line), and reaches the page through the notice template.
func TestChangeNoteMarkdown(t *testing.T) {
	c := testContent()
	in := c.Institutions[0]
	in.Document.Changes = notice.Text{"lv": "Jauns nolūks.\n\n- videonovērošana\n- *precīzāks* termiņš", "en": "A new purpose.\n\n- CCTV\n- a *more precise* period"}
	r := newRenderer(t, c)
	want := map[string]string{
		"lv": "<p>Jauns nolūks.</p>\n<ul>\n<li>videonovērošana</li>\n<li><em>precīzāks</em> termiņš</li>\n</ul>",
		"en": "<p>A new purpose.</p>\n<ul>\n<li>CCTV</li>\n<li>a <em>more precise</em> period</li>\n</ul>",
	}
	for lang, w := range want {
		if got := string(r.builder(lang, "x/").document(in.Document).Changes); got != w {
			t.Errorf("%s: change note %q, want %q", lang, got, w)
		}
	}
	var page string
	for _, f := range renderAll(t, r, c) {
		if f.Path == "en/"+in.ID+"/index.html" {
			page = string(f.Data)
		}
	}
	if !strings.Contains(page, "<dd>"+want["en"]+"</dd>") {
		t.Errorf("en notice page lacks the change note as Markdown:\n%s", page)
	}
}
