package site

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestAskInLanguage: a fact not stated whose question is written in every
// language ({unknown: {lv: …, en: …}}) asks in the page's language, in
// the draft's list of gaps and where the fact would be; a question in one
// language is shown as written on every page.
func TestAskInLanguage(t *testing.T) {
	tests := []struct {
		name   string
		ask    string
		text   notice.Text
		lv, en string
	}{
		{"every language", "jautājiet vadītājai", notice.Text{"lv": "jautājiet vadītājai", "en": "ask the head"}, "jautājiet vadītājai", "ask the head"},
		{"one language", "ask the head", nil, "ask the head", "ask the head"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testContent()
			p := c.Institutions[0].Purposes[0]
			p.Retention = notice.Retention{}
			p.Unknown = append(p.Unknown, notice.Gap{Key: "retention", Path: "purposes[" + p.ID + "].retention", Article: "Art 13(2)(a)", Ask: tt.ask, AskText: tt.text, Mandatory: true})
			files := byPath(renderAll(t, newRenderer(t, c), c))
			for lang, want := range map[string]string{"lv": tt.lv, "en": tt.en} {
				page := string(files[lang+"/saimite/index.html"])
				if got := strings.Count(page, want); got != 2 {
					t.Errorf("%s: %q %d times, want 2 (the list of gaps and the fact)", lang, want, got)
				}
				if other := map[string]string{"lv": tt.en, "en": tt.lv}[lang]; other != want && strings.Contains(page, other) {
					t.Errorf("%s: asks in the other language: %q", lang, other)
				}
			}
		})
	}
}
