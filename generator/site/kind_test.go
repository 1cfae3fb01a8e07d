package site

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestKindLabel checks that a notice about a programme or service is
// labelled as such beside its name, on its page, in its contact card and
// in the lists of notices, in every language; and that an institution
// gets no label.
func TestKindLabel(t *testing.T) {
	tests := []struct {
		kind string
		want map[string][]string // file → snippets
		not  map[string][]string
	}{
		{notice.KindProgramme, map[string][]string{
			"lv/saimite/index.html": {`<p class="kicker">Pirmsskolas izglītības iestāde „Saimīte” <span class="kind">Programma</span></p>`, `<h3>Programma</h3>`},
			"en/saimite/index.html": {`<p class="kicker">Preschool “Saimīte” <span class="kind">Programme</span></p>`, `<h3>Programme</h3>`},
			"lv/index.html":         {`Pirmsskolas izglītības iestāde „Saimīte”</a> <span class="kind">Programma</span></li>`},
			"en/index.html":         {`Preschool “Saimīte”</a> <span class="kind">Programme</span></li>`},
			"index.html":            {`<span class="kind">Programma</span>`, `<span class="kind">Programme</span>`},
		}, map[string][]string{"en/saimite/index.html": {`<h3>Institution</h3>`}}},
		{notice.KindService, map[string][]string{
			"en/saimite/index.html": {`<span class="kind">Service</span></p>`, `<h3>Service</h3>`},
			"lv/index.html":         {`<span class="kind">Pakalpojums</span></li>`},
		}, nil},
		{"", map[string][]string{"en/saimite/index.html": {`<p class="kicker">Preschool “Saimīte”</p>`, `<h3>Institution</h3>`}},
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
