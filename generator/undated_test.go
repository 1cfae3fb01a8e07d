package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// undate removes the effective date of the current notice of institution
// id in the content tree dir, as a policy that states none is written.
func undate(t *testing.T, dir, id string) {
	t.Helper()
	p := filepath.Join(dir, "institutions", id+".yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^  effective: .*\n`)
	if !re.Match(data) {
		t.Fatalf("test setup: %s has no document.effective", p)
	}
	if err := os.WriteFile(p, re.ReplaceAll(data, nil), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestUndatedNotice builds notices whose source states no effective date
// (issue 11: a date is good practice, not a fact to invent): the check
// warns, the build publishes without a date anywhere and without a
// permanent address or feed entry for the undated version, while an
// archived version keeps its own; archive refuses to name a version by
// a date it does not have, and the guard still refuses a silent edit.
func TestUndatedNotice(t *testing.T) {
	content := copyDir(t, versionedContent)
	undate(t, content, "jurmalas-karte")
	undate(t, content, "saimite") // has an archived version, 2018-05-21
	c, err := Check(content, testDate)
	if err != nil {
		t.Fatal(err)
	}
	var warned bool
	for _, w := range c.Warnings {
		warned = warned || strings.Contains(w, "jurmalas-karte.yaml") && strings.HasSuffix(w, "document.effective: recommended: missing")
	}
	if !warned {
		t.Errorf("check does not warn of the missing date: %v", c.Warnings)
	}

	out := filepath.Join(t.TempDir(), "public")
	files := buildOn(t, content, out, "2026-12-02")
	for p, data := range files {
		if strings.Contains(p, "0001-01-01") || bytes.Contains(data, []byte("0001-01-01")) || bytes.Contains(data, []byte("0001.")) {
			t.Errorf("%s: a version without a date is given the zero date", p)
		}
	}
	for _, lang := range []string{"lv", "en"} {
		if _, ok := files[lang+"/jurmalas-karte/feed.xml"]; ok {
			t.Errorf("%s: a feed without a dated version", lang)
		}
		mustNotHave(t, files, lang+"/jurmalas-karte/index.html", "feed.xml", "<dl class=facts></dl>")
		mustNotHave(t, files, lang+"/jurmalas-karte/versions/index.html", "feed.xml")
		// saimite's 2018 version keeps its permanent page, linked from
		// the current one; its feed announces that version alone.
		mustHave(t, files, lang+"/saimite/index.html", "2018-05-21/")
		mustHave(t, files, lang+"/saimite/2018-05-21/index.html")
		mustHave(t, files, lang+"/saimite/feed.xml", "/saimite/2018-05-21/")
	}
	mustHave(t, files, "en/jurmalas-karte/versions/index.html", "Version in force")
	mustHave(t, files, "lv/jurmalas-karte/versions/index.html", "Spēkā esošā versija")

	if _, err := Archive(content, "jurmalas-karte", out); err == nil || !strings.Contains(err.Error(), "document.effective: the version has no effective date") {
		t.Errorf("archive of an undated version: %v", err)
	}

	p := filepath.Join(content, "institutions", "jurmalas-karte.yaml")
	orig, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(orig, []byte("lv: Jūrmalas iedzīvotāja karte"), []byte("lv: Jūrmalas iedzīvotāja viedkarte"), 1), 0o644)
	_, err = Build(Options{Content: content, Out: out, Date: day("2026-12-02")})
	if err == nil || !strings.Contains(err.Error(), "document.effective: the notice changed since it was published, and it has no effective date") {
		t.Errorf("build of an edit of an undated published notice: %v", err)
	}
}
