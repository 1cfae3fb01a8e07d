package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitCheckBuild runs init into a temporary directory, then check and
// build on it: both clean. The example states neither its DPO nor its
// transfers (unknown: what to ask and whom): check lists them as the
// draft's gaps, and build, on the demonstration site init declares,
// renders the notice marked as a draft.
func TestInitCheckBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var out, errOut bytes.Buffer
	if code := run([]string{"init", dir}, &out, &errOut); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"policysite check " + dir, "policysite serve " + dir, "policysite build " + dir + " -out DIR"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("next steps do not say %q:\n%s", want, out.String())
		}
	}
	for _, f := range []string{"site.yaml", "controllers/parauga-pasvaldiba.yaml", "institutions/parauga-skola.yaml", ".vscode/settings.json", ".policysite/institution.schema.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init did not write %s: %v", f, err)
		}
	}
	out.Reset()
	errOut.Reset()
	if code := run([]string{"check", dir}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "ok: 1 institution, 1 purpose") {
		t.Fatalf("check: exit %d: %s%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{
		"parauga-skola: draft: 2 gaps\n",
		"parauga-skola.yaml:50:3: dpo: not stated (Art 37(1)(a), Art 13(1)(b)): Jautājiet pārzinim,",
		"parauga-skola.yaml:71:5: defaults.transfers: not stated (Art 13(1)(f)): Jautājiet IT nodaļai,",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("check does not report %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(errOut.String(), "error") {
		t.Errorf("check: %s", errOut.String())
	}
	out.Reset()
	public := filepath.Join(t.TempDir(), "public")
	if code := run([]string{"build", dir, "-out", public}, &out, &errOut); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "draft parauga-skola ") {
		t.Errorf("build does not name the draft:\n%s", out.String())
	}
	page, err := os.ReadFile(filepath.Join(public, "lv", "parauga-skola", "index.html"))
	if err != nil {
		t.Fatalf("build wrote no notice: %v", err)
	}
	for _, want := range []string{`<div class="draft-banner">`, "(VDAR 37. panta 1. punkta a) apakšpunkts un 13. panta 1. punkta b) apakšpunkts)", "Jautājiet IT nodaļai"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the notice is not marked as a draft with its gaps: no %q", want)
		}
	}

	// A second init into the same, now non-empty, directory is refused.
	errOut.Reset()
	if code := run([]string{"init", dir}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "is not empty") {
		t.Errorf("init into a non-empty directory: exit %d: %s", code, errOut.String())
	}
	if code := run([]string{"init"}, &out, &errOut); code != 2 {
		t.Errorf("init without a directory: exit %d, want 2", code)
	}
}

// TestNew adds an institution and purposes to a new site: each is written
// once, keeps the file's comments, and is refused by check at its TODOs.
func TestNew(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var out, errOut bytes.Buffer
	if code := run([]string{"init", dir}, &out, &errOut); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errOut.String())
	}
	inst := filepath.Join(dir, "institutions", "parauga-skola.yaml")
	before, _ := os.ReadFile(inst)
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"new", "institution", "otra-skola", "-content", dir}, 0, "wrote " + filepath.Join(dir, "institutions", "otra-skola.yaml"), ""},
		{[]string{"new", "institution", "-content", dir, "otra-skola"}, 1, "", "otra-skola.yaml exists; not replaced"},
		{[]string{"new", "purpose", "video", "-content", dir, "-institution", "parauga-skola", "-preset", "cctv"}, 0, "wrote " + inst, ""},
		{[]string{"new", "purpose", "video", "-content", dir, "-institution", "parauga-skola"}, 1, "", `already has a purpose "video"`},
		{[]string{"new", "purpose", "extra", "-content", dir, "-institution", "parauga-skola"}, 0, "wrote ", ""},
		{[]string{"new", "purpose", "x", "-content", dir, "-institution", "nav"}, 1, "", `no institution "nav"`},
		{[]string{"new", "purpose", "x", "-content", dir, "-institution", "parauga-skola", "-preset", "nope"}, 1, "", `no preset "nope"`},
		{[]string{"new", "purpose", "municipal-cctv", "-content", dir, "-preset", "cctv"}, 0, "purposes", ""},
		{[]string{"new", "purpose", "Bad_ID", "-content", dir}, 2, "", `"Bad_ID" is not a valid id`},
		{[]string{"new", "thing", "x"}, 2, "", "usage: policysite new institution"},
		{[]string{"new", "institution", "x", "-content", t.TempDir()}, 1, "", "no site.yaml in "},
	} {
		out.Reset()
		errOut.Reset()
		code := run(tc.args, &out, &errOut)
		if code != tc.code || !strings.Contains(out.String(), tc.stdout) || !strings.Contains(errOut.String(), tc.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d, %q, %q", tc.args, code, out.String(), errOut.String(), tc.code, tc.stdout, tc.stderr)
		}
	}
	after, _ := os.ReadFile(inst)
	if !bytes.HasPrefix(after, before) || !strings.Contains(string(after), "  - use: preset/cctv\n    id: video\n") {
		t.Errorf("the purposes were not appended after the file as it was:\n%s", after)
	}
	out.Reset()
	errOut.Reset()
	if code := run([]string{"check", dir}, &out, &errOut); code != 1 {
		t.Fatalf("check of the skeletons: exit %d, want 1", code)
	}
	for _, want := range []string{
		"institutions/otra-skola.yaml:18:7: name.lv: placeholder \"TODO\" left in text",
		"institutions/parauga-skola.yaml:", "purposes[video].video.areas[0].lv: placeholder \"TODO\"",
		"purposes[extra].name.lv: placeholder",
		"purposes/municipal-cctv.yaml:", "retention.period: expected a whole number from 1 to 1000, found \"TODO\"",
	} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("check does not report %q:\n%s", want, errOut.String())
		}
	}
}

// TestPresets lists the built-in presets.
func TestPresets(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"presets"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"preset/pupils", "Izglītojamo uzskaite / Records of pupils", "legal-obligation (Izglītības likums, Vispārējās izglītības likums)", "contract; legal-obligation (Darba likums)",
		"preset/cctv", "(yours to state)", "cctv         needs legal_basis, retention, transfers, video.areas"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("presets does not say %q:\n%s", want, out.String())
		}
	}
	if code := run([]string{"presets", "x"}, &out, &errOut); code != 2 {
		t.Errorf("presets x: exit %d, want 2", code)
	}
}
