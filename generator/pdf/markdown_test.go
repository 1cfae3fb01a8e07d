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

func TestPhoneDoesNotBreak(t *testing.T) {
	m := testMaker(t)
	f := &m.fonts
	for _, c := range []struct {
		in   string
		want int // words
	}{
		{"tālr. +371 67914650, e-pasts", 3},
		{"+371 6791 4650", 1},
		{"2 dienas un 14 dienas", 5},
		{"reģ. Nr. 90000028870 rīkojums", 4},
	} {
		if got := len(f.words([]span{{c.in, regular}})); got != c.want {
			t.Errorf("%q: %d words, want %d", c.in, got, c.want)
		}
	}
}
