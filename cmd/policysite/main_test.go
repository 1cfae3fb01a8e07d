package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "site.yaml"), []byte("title: [\n"), 0o644)
	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut string // substrings expected
	}{
		{"no command", nil, 2, "", "usage: policysite"},
		{"unknown command", []string{"bulid"}, 2, "", `unknown command "bulid"`},
		{"unknown flag", []string{"check", "-contnet", "x"}, 2, "", "flag provided but not defined: -contnet"},
		{"stray argument", []string{"check", "extra"}, 2, "", `unexpected argument "extra"`},
		{"help", []string{"help"}, 0, "commands:", ""},
		{"check example", []string{"check", "-content", "../../content"}, 0, "ok: 3 institutions, ", ""},
		{"check bad", []string{"check", "-content", bad}, 1, "", "site.yaml:2:1: YAML syntax:"},
		{"build refuses the content", []string{"build", "-content", "../../content", "-out", "../../content"}, 1, "", "policysite: refusing -out ../../content: it is the content directory"},
		{"forms needs flags", []string{"forms", "-institution", "saimite"}, 2, "", "-institution, -staff and -out are required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, &out, &errOut)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, tt.code, errOut.String())
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("stdout %q does not contain %q", out.String(), tt.out)
			}
			if !strings.Contains(errOut.String(), tt.errOut) {
				t.Errorf("stderr %q does not contain %q", errOut.String(), tt.errOut)
			}
		})
	}
}
