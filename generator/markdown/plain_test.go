package markdown

import "testing"

func TestPlain(t *testing.T) {
	md := New()
	for _, c := range []struct{ name, in, want string }{
		{"text", "plain text", "plain text"},
		{"emphasis", "**bold** and *italic* and __b__ and _i_ and ~~gone~~", "bold and italic and b and i and gone"},
		{"nested emphasis", "***both*** and **a *b* c**", "both and a b c"},
		{"not emphasis", "a snake_case_name and 2 * 3 * 4 stay", "a snake_case_name and 2 * 3 * 4 stay"},
		// CommonMark makes the 3 of 2*3*4 emphasis; the page shows 2<em>3</em>4.
		{"emphasis as the page has it", "2*3*4", "234"},
		{"links", "[the rules](https://example.lv/r) and <https://example.lv>", "the rules (https://example.lv/r) and https://example.lv"},
		{"link to itself, mailto", "[https://example.lv](https://example.lv) [mail](mailto:a@b.lv)", "https://example.lv mail (a@b.lv)"},
		{"autolink", "<https://www.dvi.gov.lv/lv/sudzibas> <mailto:dati@x.lv> <dati@x.lv>", "https://www.dvi.gov.lv/lv/sudzibas dati@x.lv dati@x.lv"},
		{"bare URL", "sk. https://www.dvi.gov.lv/lv; vai www.dvi.gov.lv.", "sk. https://www.dvi.gov.lv/lv; vai www.dvi.gov.lv."},
		{"reference link", "See [the rules][ref] and [ref].\n\n[ref]: https://example.lv/r \"Rules\"", "See the rules (https://example.lv/r) and ref (https://example.lv/r)."},
		{"undefined reference", "[x][nowhere]", "[x][nowhere]"},
		{"unsafe link", "[a](javascript:alert(1))", "a"},
		{"image", "![plan](https://example.lv/p.png)", "plan (https://example.lv/p.png)"},
		{"nbsp", "5&nbsp;gadi", "5\u00a0gadi"},
		{"entities", "A &amp; B &lt;C&gt; &#8470;&#x31; &copy; &bogus;", "A & B <C> №1 © &bogus;"},
		{"escapes", "\\*not emphasis\\* \\_x\\_ \\[y\\] \\\\ \\&amp;", "*not emphasis* _x_ [y] \\ &amp;"},
		{"code", "`code *as is*` and `&amp;`", "code *as is* and &amp;"},
		{"list", "Intro:\n\n- one\n- *two*\n\n1. first\n2. second", "Intro:\n• one\n• two\n• first\n• second"},
		{"nested list", "- one\n  - one a\n  - one b\n- two\n\n  still two", "• one\n• one a\n• one b\n• two\nstill two"},
		{"heading, soft break, quote", "# Heading\nline one\nline two\n\n> quoted", "Heading\nline one line two\nquoted"},
		{"hard break", "line one  \nline two", "line one\nline two"},
		{"rule", "---\ntext", "text"},
		{"raw HTML omitted", "a <b>bold</b> word\n\n<div>block</div>", "a bold word"},
		{"table", "| a | b |\n|---|---|\n| 1 | *2* |", "a | b\n1 | 2"},
		{"code block", "```\nx = 1\n```", "x = 1"},
		{"empty", "", ""},
	} {
		if got := Plain(md, c.in); got != c.want {
			t.Errorf("%s: Plain(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
