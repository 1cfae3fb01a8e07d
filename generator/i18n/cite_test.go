package i18n

import (
	"reflect"
	"testing"
)

// TestCite pins every form of a GDPR citation in each built-in language.
func TestCite(t *testing.T) {
	c := New(nil)
	for _, tt := range []struct {
		in, lv, en, ru string
	}{
		{"Art 77", "VDAR 77. pants", "GDPR Article 77", "статья 77 GDPR"},
		{"Art 7(3)", "VDAR 7. panta 3. punkts", "GDPR Article 7(3)", "пункт 3 статьи 7 GDPR"},
		{"Art 12(3)", "VDAR 12. panta 3. punkts", "GDPR Article 12(3)", "пункт 3 статьи 12 GDPR"},
		{"Art 13(1)(b)", "VDAR 13. panta 1. punkta b) apakšpunkts", "GDPR Article 13(1)(b)", "подпункт b) пункта 1 статьи 13 GDPR"},
		{"Art 6(1)(e)", "VDAR 6. panta 1. punkta e) apakšpunkts", "GDPR Article 6(1)(e)", "подпункт e) пункта 1 статьи 6 GDPR"},
		{"Art 37(1)(a), Art 13(1)(b)",
			"VDAR 37. panta 1. punkta a) apakšpunkts un 13. panta 1. punkta b) apakšpunkts",
			"GDPR Article 37(1)(a) and Article 13(1)(b)",
			"подпункт a) пункта 1 статьи 37 и подпункт b) пункта 1 статьи 13 GDPR"},
		{"Art 29, Art 32(4)", "VDAR 29. pants un 32. panta 4. punkts", "GDPR Article 29 and Article 32(4)", "статья 29 и пункт 4 статьи 32 GDPR"},
		{"Art 9, Art 10, Art 13(2)", "VDAR 9. pants, 10. pants un 13. panta 2. punkts", "GDPR Article 9, Article 10 and Article 13(2)", "статья 9, статья 10 и пункт 2 статьи 13 GDPR"},
		{"Art 21(2)–(3)", "VDAR 21. panta 2. un 3. punkts", "GDPR Article 21(2) and (3)", "пункты 2 и 3 статьи 21 GDPR"},
		{"Art 21(2)-(4)", "VDAR 21. panta 2.–4. punkts", "GDPR Article 21(2)–(4)", "пункты 2–4 статьи 21 GDPR"},
		{"Arts 45-49", "VDAR 45.–49. pants", "GDPR Articles 45–49", "статьи 45–49 GDPR"},
		{"Arts 13–14", "VDAR 13. un 14. pants", "GDPR Articles 13 and 14", "статьи 13 и 14 GDPR"},
		{"Art 13(1)(a)–(c)", "VDAR 13. panta 1. punkta a)–c) apakšpunkts", "GDPR Article 13(1)(a)–(c)", "подпункты a)–c) пункта 1 статьи 13 GDPR"},
		{"Art 13(1)(e)-(f)", "VDAR 13. panta 1. punkta e) un f) apakšpunkts", "GDPR Article 13(1)(e) and (f)", "подпункты e) и f) пункта 1 статьи 13 GDPR"},
		// Citations of other texts are written as they are.
		{"ePrivacy Directive Art 5(3)", "ePrivacy Directive Art 5(3)", "ePrivacy Directive Art 5(3)", "ePrivacy Directive Art 5(3)"},
		{"EDPB Guidelines 3/2019 para 114", "EDPB Guidelines 3/2019 para 114", "EDPB Guidelines 3/2019 para 114", "EDPB Guidelines 3/2019 para 114"},
		{"Art 9(2), WP260 para 29", "Art 9(2), WP260 para 29", "Art 9(2), WP260 para 29", "Art 9(2), WP260 para 29"},
		{"", "", "", ""},
	} {
		for lang, want := range map[string]string{"lv": tt.lv, "en": tt.en, "ru": tt.ru} {
			if got := c.Cite(lang, tt.in); got != want {
				t.Errorf("Cite(%s, %q) = %q, want %q", lang, tt.in, got, want)
			}
		}
	}
}

// TestParseCitation checks what the parser reads and what it refuses.
func TestParseCitation(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Citation
	}{
		{"Art 77", Citation{{Article: Span{"77", ""}}}},
		{"Art 13(1)(b)", Citation{{Span{"13", ""}, Span{"1", ""}, Span{"b", ""}}}},
		{"Arts 45-49", Citation{{Article: Span{"45", "49"}}}},
		{"Art 21(2)–(3)", Citation{{Article: Span{"21", ""}, Paragraph: Span{"2", "3"}}}},
		{"Art 13(1)(a)-(c)", Citation{{Span{"13", ""}, Span{"1", ""}, Span{"a", "c"}}}},
		{"Art 7(3), Art 77", Citation{{Article: Span{"7", ""}, Paragraph: Span{"3", ""}}, {Article: Span{"77", ""}}}},
	} {
		got, ok := ParseCitation(tt.in)
		if !ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseCitation(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{
		"", "Art", "Art ", "Art x", "Art 7(", "Art 7()", "Art 7(3", "Art 7(a)", "Art 7(3)(1)",
		"Art 7(3)(b)(i)", "Art 7(3) ", "Art 7–", "Arts 45-", "Arts 45-49x", "Art 21(2)–3",
		"Art 21(2)–(b)", "Art 21(2)–(3)(a)", "Article 7", "art 7", "Art 7,Art 8", "Art 7, ",
		"GDPR Art 7", "Art 9(2)(%s)",
	} {
		if got, ok := ParseCitation(in); ok {
			t.Errorf("ParseCitation(%q) = %+v, want no citation", in, got)
		}
	}
}
