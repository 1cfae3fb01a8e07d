package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// catalogs is what the loader needs of the built-in catalog.
func catalogs() notice.Catalogs {
	keys, optional, langs := i18n.Describe()
	return notice.Catalogs{Keys: keys, Optional: optional, Builtin: langs}
}

// gen runs the command with args and fails the test unless it exits 0.
func gen(t *testing.T, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("gencontent %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
}

func TestGeneratedContentLoads(t *testing.T) {
	dir := t.TempDir()
	gen(t, "-n", "3", "-out", dir)
	c, err := notice.Options{Catalogs: catalogs()}.Load(dir)
	if err != nil {
		t.Fatalf("notice.Load: %v", err)
	}
	if got := len(c.Institutions); got != 3 {
		t.Fatalf("institutions = %d, want 3", got)
	}
	_, purposes := c.Stats()
	if purposes != 3*purposesPer {
		t.Errorf("purposes = %d, want %d", purposes, 3*purposesPer)
	}
	video, versions := 0, 0
	for _, in := range c.Institutions {
		if len(in.VideoPurposes()) > 0 {
			video++
		}
		versions += len(in.Versions)
	}
	if video != 1 {
		t.Errorf("institutions with video surveillance = %d, want 1", video)
	}
	if versions != 1 {
		t.Errorf("archived versions = %d, want 1", versions)
	}
}

func TestLargerTreeLoads(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	// Twelve institutions reach every kind of institution and purpose,
	// a private one without a DPO and a third-country transfer.
	dir := t.TempDir()
	gen(t, "-n", "12", "-out", dir)
	c, err := notice.Options{Catalogs: catalogs()}.Load(dir)
	if err != nil {
		t.Fatalf("notice.Load: %v", err)
	}
	if got := len(c.Institutions); got != 12 {
		t.Fatalf("institutions = %d, want 12", got)
	}
}

// readTree returns every file under dir by its relative path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	gen(t, "-n", "4", "-out", a, "-seed", "7")
	gen(t, "-n", "4", "-out", b, "-seed", "7")
	gen(t, "-n", "4", "-out", c, "-seed", "8")
	ta, tb, tc := readTree(t, a), readTree(t, b), readTree(t, c)
	if len(ta) != len(tb) {
		t.Fatalf("same seed: %d files, then %d", len(ta), len(tb))
	}
	for name, data := range ta {
		if tb[name] != data {
			t.Errorf("same seed: %s differs", name)
		}
	}
	if ta["institutions/skola-0001.yaml"] == tc["institutions/skola-0001.yaml"] {
		t.Error("different seeds gave the same institution")
	}
}

func TestInstitutionIndependentOfN(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	gen(t, "-n", "2", "-out", a)
	gen(t, "-n", "5", "-out", b)
	ta, tb := readTree(t, a), readTree(t, b)
	for _, name := range []string{"institutions/skola-0001.yaml", "institutions/pamatskola-0002.yaml"} {
		if ta[name] == "" || ta[name] != tb[name] {
			t.Errorf("%s differs between -n 2 and -n 5", name)
		}
	}
}

func TestTextSizeAndLetters(t *testing.T) {
	tr := generate(30, 1)
	for _, l := range langs() {
		// The content's own text: ≈9 KB per notice page, to which the
		// page adds headings, a summary table and the catalog's standard
		// wording.
		total := 0
		for _, in := range tr.institutions {
			n := textBytes(in, l)
			total += n
			if n < 5500 || n > 13000 {
				t.Errorf("%s (%s): %d bytes of text, want 5,500–13,000", in.ID, l, n)
			}
		}
		if avg := total / len(tr.institutions); avg < 7500 || avg > 10500 {
			t.Errorf("%s: %d bytes of text per institution on average, want 7,500–10,500", l, avg)
		}
	}
	if c := tr.institutions[0].Purposes[0].Categories["lv"]; !strings.HasPrefix(c, "- ") {
		t.Errorf("categories are not a Markdown list: %q", c)
	}
	dir := t.TempDir()
	gen(t, "-n", "3", "-out", dir)
	all := strings.Join(mapValues(readTree(t, dir)), "")
	for _, s := range []string{"ā", "č", "ē", "ģ", "ī", "ķ", "ļ", "ņ", "š", "ū", "ž", "**", "](https://"} {
		if !strings.Contains(all, s) {
			t.Errorf("generated content has no %q", s)
		}
	}
	for _, bad := range []string{"TODO", "XXX", "TBD", "…", "{", "datu aizsardzības likums"} {
		if strings.Contains(all, bad) {
			t.Errorf("generated content contains %q, which the validator refuses", bad)
		}
	}
}

// mapValues returns the values of m in no particular order.
func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func TestHugoFormat(t *testing.T) {
	dir := t.TempDir()
	gen(t, "-n", "3", "-out", dir, "-format", "hugo")
	files := readTree(t, dir)
	// Per language: list, accessibility, 3 notices in force, 3 indexes
	// of versions, 4 versions at their permanent URLs (skola-0001 has
	// two), 3 video purpose pages (in force and of each of skola-0001's
	// versions); the entry page; i18n for lv, en and mul.
	if len(files) != 2*15+1+3 {
		t.Fatalf("hugo: %d files, want 34: %v", len(files), keys(files))
	}
	for name, data := range files {
		if strings.HasPrefix(name, "content") {
			var fm map[string]any
			if err := json.Unmarshal([]byte(data), &fm); err != nil {
				t.Errorf("%s: front matter is not JSON: %v", name, err)
			}
		}
	}
	page := files[filepath.Join("content", "lv", "skola-0001", "_index.md")]
	for _, s := range []string{`"title": "Privātuma politika — `, `"name": "Videonovērošana"`, `"institution": "Ādažu vidusskola Nr. 1"`,
		`VDAR 6. panta 1. punkta e) apakšpunkts`, `"href": "../../lv/skola-0001/2023-11-01/index.html"`} {
		if !strings.Contains(page, s) {
			t.Errorf("lv/skola-0001/_index.md has no %q", s)
		}
	}
	if p := files[filepath.Join("content", "lv", "skola-0001", "video-surveillance.md")]; !strings.Contains(p, `"type": "purpose"`) {
		t.Errorf("no purpose page of the video purpose")
	}
	if p := files[filepath.Join("content", "en", "skola-0001", "versions.md")]; !strings.Contains(p, `"type": "versions"`) {
		t.Errorf("no index of versions of skola-0001")
	}
	if i18n := files[filepath.Join("i18n", "en.json")]; !strings.Contains(i18n, `"notice_rights": "Your rights"`) {
		t.Errorf("i18n/en.json has no notice_rights")
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestUsageErrors(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"-n", "3"}, 2},
		{[]string{"-n", "0", "-out", t.TempDir()}, 2},
		{[]string{"-format", "jekyll", "-out", t.TempDir()}, 2},
		{[]string{"-bogus"}, 2},
		{[]string{"-n", "1", "-out", full}, 1},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tc.args, &stdout, &stderr); code != tc.code {
			t.Errorf("gencontent %v: exit %d, want %d", tc.args, code, tc.code)
		}
	}
}
