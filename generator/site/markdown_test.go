package site

import (
	"bytes"
	"strings"
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
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

// TestPlainParagraph checks that the fast path for plain text gives what
// goldmark gives, on every text of the example content and on edge cases.
func TestPlainParagraph(t *testing.T) {
	c, err := notice.Options{Catalogs: notice.Catalogs{Keys: i18n.Keys(), Optional: i18n.OptionalKeys(), Builtin: i18n.BuiltinLanguages()}}.Load("../../content")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	add := func(ts ...notice.Text) {
		for _, x := range ts {
			for _, s := range x {
				texts = append(texts, strings.TrimSpace(s))
			}
		}
	}
	for _, in := range c.Institutions {
		add(in.Name, in.Exercise, in.Security, in.Cookies)
		for _, p := range in.Purposes {
			add(p.Name, p.Description, p.LegitimateInterests, p.Subjects, p.Categories, p.Sources, p.Recipients, p.Retention.Criteria)
		}
	}
	texts = append(texts, `Vārds "uzvārds" un 'pēdiņas'`, "1. punkts", "- saraksts", "a  b", "e-pasts x.lv", "50% no (visiem)", "ā; ē, ī? ū.")
	md := newMarkdown()
	fast := 0
	for _, s := range texts {
		if s == "" || !plainParagraph(s) {
			continue
		}
		fast++
		var buf bytes.Buffer
		if err := md.Convert([]byte(s), &buf); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSpace(buf.String())
		got := "<p>" + strings.ReplaceAll(s, `"`, "&quot;") + "</p>"
		if got != want {
			t.Errorf("%q: fast path %q, goldmark %q", s, got, want)
		}
	}
	if fast < 20 {
		t.Errorf("only %d texts took the fast path", fast)
	}
}
