package site

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	c := testContent()
	r := newRenderer(t, c)
	for _, tc := range []struct{ in, want string }{
		{"**treknraksts** un _slīpraksts_", "<p><strong>treknraksts</strong> un <em>slīpraksts</em></p>"},
		{"- viens\n- divi", "<ul>\n<li>viens</li>\n<li>divi</li>\n</ul>"},
		{"[DVI](https://www.dvi.gov.lv)", `<p><a href="https://www.dvi.gov.lv">DVI</a></p>`},
		{"[rakstiet](mailto:dati@example.lv)", `<p><a href="mailto:dati@example.lv">rakstiet</a></p>`},
		{"[lapa](../kontakti/)", `<p><a href="../kontakti/">lapa</a></p>`},
		{"[a](javascript:alert(1))", "<p>a</p>"},
		{"[a](JavaScript:alert(1))", "<p>a</p>"},
		{"[a](data:text/html,x)", "<p>a</p>"},
		{"[a](vbscript:x)", "<p>a</p>"},
		{"<javascript:alert(1)>", "<p>javascript:alert(1)</p>"},
		{"![attēls](https://example.net/p.png)", `<p><a href="https://example.net/p.png">attēls</a></p>`},
		{"![](https://example.net/p.png)", `<p><a href="https://example.net/p.png">https://example.net/p.png</a></p>`},
		{"![x](javascript:alert(1))", "<p>x</p>"},
		{"<b onclick=\"x()\">b</b>", "<p><!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>"},
		{"<script>alert(1)</script>", "<!-- raw HTML omitted -->"},
		{"# Virsraksts", "<h3>Virsraksts</h3>"},
		{"www.dvi.gov.lv", `<p><a href="http://www.dvi.gov.lv">www.dvi.gov.lv</a></p>`},
		// A bare URL ends before a ; that follows it (issue 11), as before
		// a full stop; a ; inside it stays.
		{"sk. https://www.dvi.gov.lv/lv/sudzibas; vai rakstiet", `<p>sk. <a href="https://www.dvi.gov.lv/lv/sudzibas">https://www.dvi.gov.lv/lv/sudzibas</a>; vai rakstiet</p>`},
		{"https://www.dvi.gov.lv;", `<p><a href="https://www.dvi.gov.lv">https://www.dvi.gov.lv</a>;</p>`},
		{"www.dvi.gov.lv/lv;", `<p><a href="http://www.dvi.gov.lv/lv">www.dvi.gov.lv/lv</a>;</p>`},
		{"https://x.lv/a;b=1.", `<p><a href="https://x.lv/a;b=1">https://x.lv/a;b=1</a>.</p>`},
	} {
		got, err := r.markdown(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(string(got)) != tc.want {
			t.Errorf("markdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
