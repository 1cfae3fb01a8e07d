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
	empty := t.TempDir()
	tabbed := t.TempDir()
	os.WriteFile(filepath.Join(tabbed, "site.yaml"), []byte("title:\n\tlv: x\n"), 0o644)
	forms := filepath.Join(t.TempDir(), "forms")
	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut string // substrings expected
	}{
		{"no command", nil, 2, "", "usage: policysite"},
		{"unknown command", []string{"bulid"}, 2, "", `unknown command "bulid"`},
		{"unknown flag", []string{"check", "-contnet", "x"}, 2, "", "flag provided but not defined: -contnet"},
		{"stray argument", []string{"archive", "-institution", "saimite", "extra"}, 2, "", `unexpected argument "extra"`},
		{"second positional argument", []string{"check", "../../content", "extra"}, 2, "", `unexpected argument "extra"`},
		{"check positional", []string{"check", "../../content"}, 0, "ok: 3 institutions, ", ""},
		{"content given twice", []string{"build", "-content", "../../content", "other"}, 2, "", "the content directory is given twice"},
		{"content given twice, the same", []string{"check", "-content", "../../content", "../../content/"}, 0, "ok: 3 institutions, ", ""},
		{"outside a site", []string{"check", empty}, 1, "", "no site.yaml in " + empty + "; run `policysite init " + empty + "` to start a site there, or pass the content directory of your site: `policysite check -content DIR`"},
		{"outside a site, default", []string{"build", "-content", filepath.Join(empty, "content")}, 1, "", "policysite build: no site.yaml in "},
		{"tab indentation", []string{"check", tabbed}, 1, "", "site.yaml:2:1: YAML syntax: found character that cannot start any token; YAML indentation must use spaces, not tabs\n"},
		{"one problem", []string{"check", bad}, 1, "", "\n1 problem\n"},
		{"forms from a Latvian Excel list", []string{"forms", "-content", "../../content", "-institution", "saimite", "-staff", "../../generator/staff/testdata/excel-lv.csv", "-out", forms}, 0, "wrote 3 forms to ", ""},
		{"version", []string{"version"}, 0, "policysite ", ""},
		{"version with an argument", []string{"version", "-x"}, 2, "", `unexpected argument "-x"`},
		{"serve refuses every interface", []string{"serve", "-addr", ":1313", "../../content"}, 2, "", `address ":1313" listens on every network interface`},
		{"serve refuses a LAN address", []string{"serve", "-addr", "192.168.1.10:1313"}, 2, "", "use 127.0.0.1:PORT, or -bind 192.168.1.10:1313"},
		{"serve with -addr and -bind", []string{"serve", "-addr", "127.0.0.1:1313", "-bind", "0.0.0.0:1313"}, 2, "", "give -addr or -bind, not both"},
		{"serve outside a site", []string{"serve", "-addr", "127.0.0.1:0", empty}, 1, "", "policysite serve: no site.yaml in "},
		{"help", []string{"help"}, 0, "commands:", ""},
		{"check example", []string{"check", "-content", "../../content"}, 0, "ok: 3 institutions, ", ""},
		{"check bad", []string{"check", "-content", bad}, 1, "", "site.yaml:2:1: YAML syntax:"},
		{"build refuses the content", []string{"build", "-content", "../../content", "-out", "../../content"}, 1, "", "policysite: refusing -out ../../content: it is the content directory"},
		{"forms needs flags", []string{"forms", "-institution", "saimite"}, 2, "", "-institution, -staff and -out are required"},
		{"build with a bad date", []string{"build", "-content", "../../content", "-out", filepath.Join(t.TempDir(), "public"), "-date", "2027-13-01"}, 2, "", `policysite build: -date "2027-13-01" is not a date: write YYYY-MM-DD`},
		{"check with a bad date", []string{"check", "-content", "../../content", "-date", "2027-02-30"}, 2, "", `policysite check: -date "2027-02-30" is not a date: write YYYY-MM-DD`},
		{"check for a date", []string{"check", "../../content", "-date", "2027-01-01"}, 0, "saimite: draft: ", ""},
		{"build for a date", []string{"build", "-content", "../../content", "-out", filepath.Join(t.TempDir(), "public"), "-date", "2027-01-01"}, 0, "built 3 institutions", ""},
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
