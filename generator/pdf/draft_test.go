package pdf

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestDraftWatermark checks that every page of every PDF of a draft
// notice carries the watermark in the site's languages, and that the
// PDFs of a complete notice carry none (issue 11); nor do those of a
// superseded version with gaps by today's rules, which was published as
// it is (its pages carry no draft banner either).
func TestDraftWatermark(t *testing.T) {
	m := testMaker(t)
	const mark = "MELNRAKSTS / DRAFT"
	draft := saimite()
	draft.Unknown = notice.Unknowns{{Key: "dpo", Path: "dpo", Article: "Art 37(1)(a)", Mandatory: true}}
	pdfs := func(in *notice.Institution) map[string][]byte {
		out := map[string][]byte{}
		form, err := m.Form(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		out["form"] = form
		sheet, err := m.Sheet(in, "a4")
		if err != nil {
			t.Fatal(err)
		}
		out["sheet"] = sheet
		sign, err := m.WarningSign(in, notice.DefaultSignVariants()[0], nil)
		if err != nil {
			t.Fatal(err)
		}
		out["sign"] = sign
		return out
	}
	for name, b := range pdfs(draft) {
		d := readPDF(t, b)
		pages := strings.Split(d.text(), "\f")
		for i, p := range pages {
			if !strings.Contains(p, mark) {
				t.Errorf("draft %s, page %d: no watermark %q in:\n%s", name, i+1, mark, p)
			}
		}
	}
	for name, b := range pdfs(saimite()) {
		if strings.Contains(readPDF(t, b).text(), mark) {
			t.Errorf("complete %s: watermarked", name)
		}
	}
	superseded := *draft
	superseded.Archived, superseded.Superseded = true, true
	for name, b := range pdfs(&superseded) {
		if strings.Contains(readPDF(t, b).text(), mark) {
			t.Errorf("superseded %s: watermarked", name)
		}
	}
}
