package pdf

import "testing"

func TestPlain(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"**bold** and *italic* and __b__ and _i_", "bold and italic and b and i"},
		{"a snake_case_name and 2*3*4 stay", "a snake_case_name and 2*3*4 stay"},
		{"[the rules](https://example.lv/r) and <https://example.lv>", "the rules (https://example.lv/r) and https://example.lv"},
		{"[https://example.lv](https://example.lv) [mail](mailto:a@b.lv)", "https://example.lv mail (a@b.lv)"},
		{"Intro:\n\n- one\n- *two*\n\n1. first\n2. second", "Intro:\n• one\n• two\n• first\n• second"},
		{"# Heading\nline one\nline two\n\n> quoted", "Heading\nline one line two\nquoted"},
		{"`code` and \\*escaped\\*", "code and *escaped*"},
		{"---\ntext", "text"},
	} {
		if got := plain(c.in); got != c.want {
			t.Errorf("plain(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
