package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"policysite/generator/notice"
	"policysite/templates"
)

// TestCommonOnce: what the defaults give two or more purposes (or all)
// is stated once, in the common section, and left out under each purpose
// that takes it; a purpose's own value stays under it; a default only
// one purpose of several takes (the recipients: one Recipients under
// each purpose) stays under that purpose; the page of a
// video purpose, reached alone from a sign, states all its facts; and a
// default not stated is said to be so once.
func TestCommonOnce(t *testing.T) {
	const (
		none   = "Personal data are not transferred to third countries or international organisations."
		noAuto = "There is no automated decision-making, including profiling."
		ownUS  = "United States (the social network&#39;s operator)"
		recip  = "<div><dt>Recipients</dt>"
		common = `<section class="purpose common" id="_common"><h3>Common to all purposes</h3>`
		ask    = "ask the head whether any data leave the EU"
	)
	notStated := func(c *notice.Content) {
		in := c.Institutions[0]
		g := notice.Gap{Key: "transfers", Path: "defaults.transfers", Article: "Art 13(1)(f)", Ask: ask, Mandatory: true}
		in.Defaults.Transfers = nil
		in.Defaults.Unknown = notice.Unknowns{g}
		for _, p := range in.Purposes {
			if p.Inherits("transfers") {
				p.Transfers = nil
				p.Unknown = append(p.Unknown, g)
			}
		}
	}
	tests := []struct {
		name   string
		change func(*notice.Content)
		page   string
		count  map[string]int
	}{
		{"notice", nil, "en/saimite/index.html",
			map[string]int{common: 1, none: 1, noAuto: 1, ownUS: 1, recip: 4}},
		{"video purpose page", nil, "en/saimite/videonoverosana/index.html",
			map[string]int{common: 0, none: 1, noAuto: 0}},
		{"earlier version", nil, "en/saimite/2021-02-22/index.html",
			map[string]int{common: 1, none: 1, noAuto: 1}},
		{"default not stated", notStated, "en/saimite/index.html",
			// once in the list of gaps, once in the common section
			map[string]int{common: 1, none: 0, ask: 2, "Transfers to third countries — Common to all purposes": 1}},
		{"default not stated, video purpose page", notStated, "en/saimite/videonoverosana/index.html",
			map[string]int{common: 0, none: 0, ask: 1}},
		{"default not stated, taken by one purpose of several", func(c *notice.Content) {
			notStated(c)
			in := c.Institutions[0]
			for _, v := range in.Purposes[2:] { // the clubs and video surveillance state their own: none
				v.Transfers, v.Unknown, v.FromDefaults = []notice.Transfer{}, nil, []string{"automated"}
			}
		}, "en/saimite/index.html",
			// under enrolment, the one purpose taking it, as the gap list says
			map[string]int{none: 2, ask: 2, "Transfers to third countries — Enrolment and education": 1, "Common to all purposes": 1}},
		{"no defaults", func(c *notice.Content) {
			in := c.Institutions[0]
			in.Defaults = nil
			for _, p := range in.Purposes {
				p.FromDefaults = nil
			}
		}, "en/saimite/index.html",
			map[string]int{common: 0, none: 3, noAuto: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testContent()
			if tt.change != nil {
				tt.change(c)
			}
			files := byPath(renderAll(t, newRenderer(t, c), c))
			page := string(files[tt.page])
			if page == "" {
				t.Fatalf("%s not rendered", tt.page)
			}
			for s, want := range tt.count {
				if got := strings.Count(page, s); got != want {
					t.Errorf("%q: %d times, want %d", s, got, want)
				}
			}
		})
	}
}

// TestCommonCoversDefaults: every field the defaults may give has its
// place in the common section and is left out under a purpose that takes
// it from there: a field added to the defaults (notice.DefaultKeys) needs
// {{if .Has "key"}} in the template "common" and {{if .Shows "key"}}
// around it in "purpose-details" (templates/partials.html), and the
// same in the Hugo mirror (.ci/hugo/layouts/partials).
func TestCommonCoversDefaults(t *testing.T) {
	data, err := fs.ReadFile(templates.FS(), "partials.html")
	if err != nil {
		t.Fatal(err)
	}
	hugo := map[string][]byte{}
	for _, name := range []string{"common.html", "purpose-details.html"} {
		if hugo[name], err = os.ReadFile(filepath.Join("..", "..", ".ci", "hugo", "layouts", "partials", name)); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range notice.DefaultKeys() {
		for _, want := range []string{`{{- if .Has "` + k + `"}}`, `{{- if .Shows "` + k + `"}}`} {
			if !strings.Contains(string(data), want) {
				t.Errorf("templates/partials.html: no %s", want)
			}
		}
		if want := `{{- if in .keys "` + k + `" }}`; !strings.Contains(string(hugo["common.html"]), want) {
			t.Errorf(".ci/hugo/layouts/partials/common.html: no %s", want)
		}
		if want := `{{- if not (in .inherited "` + k + `") }}`; !strings.Contains(string(hugo["purpose-details.html"]), want) {
			t.Errorf(".ci/hugo/layouts/partials/purpose-details.html: no %s", want)
		}
	}
}
