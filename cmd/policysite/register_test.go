package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRegisterCommand(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "daugavpils.csv")
	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut string // substrings expected
	}{
		{"needs flags", []string{"register", "-controller", "daugavpils-ip"}, 2, "", "give -controller (the record of processing activities) or -cameras (the camera register), and -out"},
		{"one register at a time", []string{"register", "-controller", "daugavpils-ip", "-cameras", "saimite", "-out", out}, 2, "", "give -controller (the record of processing activities) or -cameras"},
		{"cameras", []string{"register", "-content", "../../content", "-cameras", "saimite", "-out", filepath.Join(dir, "cameras.pdf")}, 0, "wrote the camera register of saimite to ", ""},
		{"no camera register", []string{"register", "-content", "../../content", "-cameras", "jurmalas-karte", "-out", filepath.Join(dir, "j.pdf")}, 1, "", "jurmalas-karte has no camera register"},
		{"stray argument", []string{"register", "-controller", "x", "-out", out, "extra"}, 2, "", `unexpected argument "extra"`},
		{"unknown flag", []string{"register", "-institution", "saimite"}, 2, "", "flag provided but not defined: -institution"},
		{"unknown controller", []string{"register", "-content", "../../content", "-controller", "x", "-out", out}, 1, "", `no controller "x"`},
		{"writes", []string{"register", "-content", "../../content", "-controller", "daugavpils-ip", "-out", out, "-lang", "en"}, 0, "daugavpils-ip, ", ""},
		{"help", []string{"help"}, 0, "register", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.out) {
				t.Errorf("stdout %q does not contain %q", stdout.String(), tt.out)
			}
			if !strings.Contains(stderr.String(), tt.errOut) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.errOut)
			}
		})
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("\ufeffInstitution;")) {
		t.Errorf("the record was not written in English: %v", err)
	}
}
