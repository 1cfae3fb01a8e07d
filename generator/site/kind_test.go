package site

import (
	"strings"
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// TestKindLabel checks that a notice about a programme or service is
// labelled as such beside its name, on its page, in its contact card and
// in the lists of notices, in every language; that its introductions
// name its controller as who processes the data, in the programme or
// service; and that an institution gets no label.
func TestKindLabel(t *testing.T) {
	tests := []struct {
		kind string
		want map[string][]string // file → snippets
		not  map[string][]string
	}{
		{notice.KindProgramme, map[string][]string{
			"lv/saimite/index.html": {`<p class="kicker">Pirmsskolas izglītības iestāde „Saimīte” <span class="kind">Programma</span></p>`, `<h3>Programma</h3>`},
			"en/saimite/index.html": {`<p class="kicker">Preschool “Saimīte” <span class="kind">Programme</span></p>`, `<h3>Programme</h3>`,
				`In this notice Ķekava Municipality explains which personal data it processes in the programme “Preschool “Saimīte””, for which`},
			"lv/saimite/videonoverosana/index.html": {`personas datu apstrādi, ko veic Ķekavas novada pašvaldība programmā „Pirmsskolas izglītības iestāde „Saimīte””.`},
			"lv/index.html":                         {`Pirmsskolas izglītības iestāde „Saimīte”</a> <span class="kind">Programma</span></li>`},
			"en/index.html":                         {`Preschool “Saimīte”</a> <span class="kind">Programme</span></li>`},
			"index.html":                            {`<span class="kind">Programma</span>`, `<span class="kind">Programme</span>`},
		}, map[string][]string{"en/saimite/index.html": {`<h3>Institution</h3>`}}},
		{notice.KindService, map[string][]string{
			"en/saimite/index.html":                 {`<span class="kind">Service</span></p>`, `<h3>Service</h3>`},
			"lv/saimite/index.html":                 {`Šajā paziņojumā Ķekavas novada pašvaldība skaidro, kādus personas datus un kādiem nolūkiem apstrādā, sniedzot pakalpojumu „Pirmsskolas`},
			"en/saimite/videonoverosana/index.html": {`processing of personal data by Ķekava Municipality in providing the service “Preschool “Saimīte”” that Article 13`},
			"lv/index.html":                         {`<span class="kind">Pakalpojums</span></li>`},
		}, nil},
		{"", map[string][]string{"en/saimite/index.html": {`<p class="kicker">Preschool “Saimīte”</p>`, `<h3>Institution</h3>`, `In this notice Preschool “Saimīte” explains which personal data it processes, for which`}},
			map[string][]string{"en/saimite/index.html": {`class="kind"`}, "lv/index.html": {`class="kind"`}}},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			c := testContent()
			c.Institutions[0].Kind = tt.kind
			files := byPath(renderAll(t, newRenderer(t, c), c))
			for file, snippets := range tt.want {
				for _, s := range snippets {
					if !strings.Contains(string(files[file]), s) {
						t.Errorf("%s does not contain %s", file, s)
					}
				}
			}
			for file, snippets := range tt.not {
				for _, s := range snippets {
					if strings.Contains(string(files[file]), s) {
						t.Errorf("%s contains %s", file, s)
					}
				}
			}
		})
	}
}

// TestKindNeutralSentences checks that the general sentences about the
// notice's subject do not call a service or a programme an institution:
// the draft's banner and gap texts, the documents' introduction, the
// index's introduction and the camera register's texts read for all
// three kinds.
func TestKindNeutralSentences(t *testing.T) {
	cat := i18n.New(nil)
	keys := []string{"draft.banner", "draft.gaps.intro", "draft.not-stated", "draft.not-stated.ask",
		"notice.documents.intro", "index.intro", "camera.not-stated", "camera.register.intro", "camera.register.intro.undated"}
	for _, lang := range []string{"lv", "en", "ru"} {
		for _, k := range keys {
			s, ok := cat.Lookup(lang, k)
			if !ok {
				t.Fatalf("%s: no %s", lang, k)
			}
			for _, w := range []string{"institution", "iestād", "учрежд"} {
				if strings.Contains(strings.ToLower(s), w) {
					t.Errorf("%s %s says %q: %s", lang, k, w, s)
				}
			}
		}
	}
}
