package site

import (
	"regexp"
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestSummaryNotStated checks that the summary table of a draft says
// "not stated" in the short form for a legal basis or retention period
// the content does not state: never an empty cell, and never "see the
// criteria" for criteria not given; the purpose's key facts the same.
func TestSummaryNotStated(t *testing.T) {
	c := testContent()
	p := c.Institutions[0].Purposes[0]
	p.Retention, p.Bases = notice.Retention{}, nil
	p.Unknown = append(p.Unknown,
		notice.Gap{Key: "retention", Path: "purposes[" + p.ID + "].retention", Article: "Art 13(2)(a)", Ask: "ask the head", Mandatory: true},
		notice.Gap{Key: "legal_basis", Path: "purposes[" + p.ID + "].legal_basis", Article: "Art 13(1)(c)", Ask: "ask the head", Mandatory: true})
	files := byPath(renderAll(t, newRenderer(t, c), c))
	row := regexp.MustCompile(`<tr><th scope="row"><a href="#` + p.ID + `">[^<]*</a></th>.*?</tr>`)
	for lang, want := range map[string]string{
		"en": `<td data-label="Legal basis"><span class="not-stated">This has not been stated.</span></td><td data-label="Retention period"><span class="not-stated">This has not been stated.</span></td>`,
		"lv": `<td data-label="Tiesiskais pamats"><span class="not-stated">Tas nav norādīts.</span></td><td data-label="Glabāšanas termiņš"><span class="not-stated">Tas nav norādīts.</span></td>`,
	} {
		got := row.FindString(string(files[lang+"/saimite/index.html"]))
		if !strings.Contains(got, want) {
			t.Errorf("%s: summary row\n%s\nwant it to contain\n%s", lang, got, want)
		}
	}
	for path, data := range files {
		if strings.HasPrefix(path, "en/saimite/") && strings.Contains(string(data), "see the criteria") {
			t.Errorf("%s: says \"see the criteria\" for a retention not stated", path)
		}
	}
}
