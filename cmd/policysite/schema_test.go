package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSchema runs policysite schema: it prints the JSON Schema for the
// languages of the content's site.yaml, and fails without one.
func TestSchema(t *testing.T) {
	trilingual := t.TempDir()
	site := "title: {lv: a, en: b, ru: c}\nlanguages: [lv, en, ru]\n"
	if err := os.WriteFile(filepath.Join(trilingual, "site.yaml"), []byte(site), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		content string
		langs   []string
	}{
		{"../../content", []string{"lv", "en"}},
		{trilingual, []string{"lv", "en", "ru"}},
	} {
		var out, errOut bytes.Buffer
		if code := run([]string{"schema", "-content", tc.content}, &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.content, code, errOut.String())
		}
		var s struct {
			Schema string `json:"$schema"`
			Defs   map[string]struct {
				Required []string `json:"required"`
			} `json:"$defs"`
		}
		if err := json.Unmarshal(out.Bytes(), &s); err != nil {
			t.Fatalf("%s: not JSON: %v", tc.content, err)
		}
		if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $schema %q", tc.content, s.Schema)
		}
		if got := strings.Join(s.Defs["text"].Required, ","); got != strings.Join(tc.langs, ",") {
			t.Errorf("%s: texts require %s, want %s", tc.content, got, strings.Join(tc.langs, ","))
		}
		for _, k := range []string{"site", "controller", "institution", "purpose"} {
			if _, ok := s.Defs[k]; !ok {
				t.Errorf("%s: no $defs/%s", tc.content, k)
			}
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"schema", "-content", trilingual, "-write"}, &out, &errOut); code != 0 {
		t.Fatalf("-write: exit %d: %s", code, errOut.String())
	}
	written, err := os.ReadFile(filepath.Join(trilingual, ".policysite", "institution.schema.json"))
	if err != nil || !bytes.Contains(written, []byte(`"$ref": "#/$defs/institution"`)) || !bytes.Contains(written, []byte(`"ru"`)) {
		t.Errorf("-write: institution schema for lv, en, ru not written: %v", err)
	}
	if code := run([]string{"schema", "-content", t.TempDir()}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "site.yaml") {
		t.Errorf("no site.yaml: exit %d, stderr %q", code, errOut.String())
	}
	if code := run([]string{"schema", "extra"}, &out, &errOut); code != 2 {
		t.Errorf("stray argument: exit %d, want 2", code)
	}
}
