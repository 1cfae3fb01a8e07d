package generator

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of generator")

// honestContent is the example content as a real site (not a
// demonstration) in which saimite's policy lacks a phone, a DPO and a
// statement on transfers: its notice is a draft.
func honestContent(t *testing.T) string {
	t.Helper()
	dir := copyDir(t, exampleContent)
	edit := func(name, old, new string) {
		t.Helper()
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(old)) {
			t.Fatalf("test setup: %q not in %s", old, name)
		}
		if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("site.yaml", "demo: true\n", "")
	edit("institutions/saimite.yaml", "phone: \"67914602\"\n", "")
	// The earlier version had the phone: its changes would name it.
	edit("archive/saimite/2018-05-21.yaml", "phone: \"67914602\"\n", "")
	edit("institutions/saimite.yaml", "  transfers: none\n", "  transfers: {unknown: ask the head of the preschool whether any data leave the EU/EEA}\n")
	return dir
}

// TestBuildSkipsDrafts checks that a build without -drafts publishes only
// complete notices and names the drafts it skipped, and that with
// -drafts a draft is rendered marked: banner in both languages, noindex,
// its gaps said plainly, out of the sitemap, a watermark on every PDF,
// and none of the missing facts invented.
func TestBuildSkipsDrafts(t *testing.T) {
	dir := honestContent(t)
	out := filepath.Join(t.TempDir(), "public")
	sum, err := Build(Options{Content: dir, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, d := range sum.Skipped {
		skipped = append(skipped, d.ID)
	}
	if !strings.Contains(strings.Join(skipped, " "), "saimite") || len(sum.Drafts) > 0 {
		t.Errorf("skipped %v, drafts %v: want saimite skipped and none rendered", skipped, sum.Drafts)
	}
	if _, err := os.Stat(filepath.Join(out, "lv", "saimite")); !os.IsNotExist(err) {
		t.Errorf("a skipped draft's pages were written: %v", err)
	}
	for _, p := range []string{"index.html", "lv/index.html", "sitemap.xml"} {
		if b, _ := os.ReadFile(filepath.Join(out, p)); bytes.Contains(b, []byte("saimite")) {
			t.Errorf("%s lists the skipped draft", p)
		}
	}

	sum, err = Build(Options{Content: dir, Out: out, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Drafts) == 0 || len(sum.Skipped) > 0 {
		t.Errorf("with -drafts: drafts %v, skipped %v", sum.Drafts, sum.Skipped)
	}
	read := func(p string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, c := range []struct {
		page     string
		want     []string
		notWants []string
	}{
		{"lv/saimite/index.html", []string{
			`<div class="draft-banner"><p><strong>MELNRAKSTS`,
			`<meta name="robots" content="noindex">`,
			"Tas nav norādīts. Tiek noskaidrots: ask the head of the preschool whether any data leave the EU/EEA",
			"defaults.transfers", "(VDAR 13. panta 1. punkta f) apakšpunkts)",
		}, []string{"Art 13(1)(f)", "netiek nosūtīti uz trešajām valstīm", "67914602", "00000000"}},
		{"en/saimite/index.html", []string{
			`<div class="draft-banner"><p><strong>DRAFT`,
			`<meta name="robots" content="noindex">`,
			"This has not been stated. Being asked: ask the head", "(GDPR Article 13(1)(f))",
		}, []string{"not transferred", "67914602", "00000000", "1900-01-01"}},
	} {
		page := read(c.page)
		for _, w := range c.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %q", c.page, w)
			}
		}
		for _, n := range c.notWants {
			if strings.Contains(page, n) {
				t.Errorf("%s invents %q", c.page, n)
			}
		}
	}
	if strings.Contains(read("sitemap.xml"), "/saimite/") {
		t.Error("sitemap.xml lists a draft")
	}
	if !strings.Contains(read("lv/index.html"), "„Saimīte” — MELNRAKSTS") {
		t.Error("lv/index.html does not mark the draft")
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "saimite", "*.pdf"))
	if len(pdfs) == 0 {
		t.Fatal("the draft has no PDFs")
	}
	for _, p := range pdfs {
		b, _ := os.ReadFile(p)
		if !bytes.Contains(b, []byte("(MELNRAKSTS / DRAFT)")) {
			t.Errorf("%s: no watermark", p)
		}
	}
}

// TestCheckReport pins the compliance report of check on the example
// content changed as honestContent does (golden: testdata/check-report.golden).
func TestCheckReport(t *testing.T) {
	dir := honestContent(t)
	st, err := Check(dir, testDate)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(st.Report(), filepath.ToSlash(dir)+"/", "content/")
	golden := filepath.Join("testdata", "check-report.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("report differs from %s (run go test -run CheckReport -update and check the diff):\n%s", golden, got)
	}
}

// TestPublishedIsComplete checks that a complete notice is published
// as it is: no banner, no noindex, nothing "not stated", in the sitemap.
func TestPublishedIsComplete(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	sum, err := Build(Options{Content: filepath.Join("testdata", "trilingual"), Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Skipped)+len(sum.Drafts) > 0 {
		t.Fatalf("the trilingual fixture is a draft: %v %v", sum.Skipped, sum.Drafts)
	}
	for _, p := range []string{"lv/saimite/index.html", "en/saimite/index.html", "ru/saimite/index.html"} {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"draft-banner", "noindex", "has not been stated", "not stated", "Tas nav norādīts", "Это не указано", "class=\"gaps\""} {
			if bytes.Contains(b, []byte(bad)) {
				t.Errorf("published %s contains %q", p, bad)
			}
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "sitemap.xml")); !bytes.Contains(b, []byte("/saimite/")) {
		t.Error("sitemap.xml leaves out a published notice")
	}
}
