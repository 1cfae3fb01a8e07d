package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRegisterWrites writes the record of an example controller, then
// replaces it with the English one.
func TestRegisterWrites(t *testing.T) {
	out := filepath.Join(t.TempDir(), "register.csv")
	opts := RegisterOptions{Content: "../content", Controller: "babites-novada-pasvaldiba", Out: out}
	rows, err := Register(opts)
	if err != nil {
		t.Fatal(err)
	}
	if rows == 0 {
		t.Error("Register wrote no rows")
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeffIestāde;")) {
		t.Errorf("the record does not start with the BOM and the Latvian headings: %q", data[:min(len(data), 40)])
	}
	if got := bytes.Count(data, []byte("\r\n")); got < rows+1 {
		t.Errorf("%d lines for %d rows and the headings", got, rows)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode = %v, %v; want 0644", fi.Mode().Perm(), err)
	}
	opts.Lang = "en"
	if _, err := Register(opts); err != nil {
		t.Fatalf("replacing its own record: %v", err)
	}
	data, _ = os.ReadFile(out)
	if !bytes.HasPrefix(data, []byte("\ufeffInstitution;")) {
		t.Errorf("-lang en did not write English headings: %q", data[:min(len(data), 40)])
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".register-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestRegisterRefuses lists what Register will not do, and checks that
// it leaves the files there untouched.
func TestRegisterRefuses(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	if err := os.MkdirAll(filepath.Join(site, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, buildMarker), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "budget.csv")
	if err := os.WriteFile(foreign, []byte("\ufeffyear;sum\r\n2026;1\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts RegisterOptions
		want string
	}{
		{"inside a build output", RegisterOptions{Controller: "babites-novada-pasvaldiba", Out: filepath.Join(site, "register.csv")}, "build output"},
		{"deep inside a build output", RegisterOptions{Controller: "babites-novada-pasvaldiba", Out: filepath.Join(site, "sub", "register.csv")}, "build output"},
		{"over a foreign file", RegisterOptions{Controller: "babites-novada-pasvaldiba", Out: foreign}, "refusing to overwrite"},
		{"a directory", RegisterOptions{Controller: "babites-novada-pasvaldiba", Out: dir}, "is a directory"},
		{"unknown controller", RegisterOptions{Controller: "nobody", Out: filepath.Join(dir, "a.csv")}, "there are: babites-novada-pasvaldiba"},
		{"language not of the site", RegisterOptions{Controller: "babites-novada-pasvaldiba", Lang: "ru", Out: filepath.Join(dir, "b.csv")}, "not a language of the site"},
		{"no output", RegisterOptions{Controller: "babites-novada-pasvaldiba"}, "no output file"},
	}
	for _, tc := range tests {
		tc.opts.Content = "../content"
		_, err := Register(tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	if data, _ := os.ReadFile(foreign); string(data) != "\ufeffyear;sum\r\n2026;1\r\n" {
		t.Error("the foreign file was changed")
	}
	for _, f := range []string{filepath.Join(site, "register.csv"), filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s was written", f)
		}
	}
}

// TestRegisterPublished: with publish_register in site.yaml each
// institution's part of the record is one more output of the build, in
// the build record as any file; without it, none is published.
func TestRegisterPublished(t *testing.T) {
	content := copyDir(t, exampleContent)
	out := filepath.Join(t.TempDir(), "public")
	build(t, content, out)
	if _, err := os.Stat(filepath.Join(out, "saimite", "register.csv")); err == nil {
		t.Fatal("the record was published without publish_register")
	}
	site := filepath.Join(content, "site.yaml")
	data, _ := os.ReadFile(site)
	os.WriteFile(site, append(data, []byte("publish_register: true\n")...), 0o644)
	build(t, content, out)
	for _, id := range []string{"saimite", "jurmalas-karte", "daugavpils-izglitibas-parvalde"} {
		data, err := os.ReadFile(filepath.Join(out, id, "register.csv"))
		if err != nil || !bytes.HasPrefix(data, []byte("\ufeffIestāde;")) {
			t.Errorf("%s: no published record in Latvian: %v", id, err)
		}
	}
	if rec, _ := os.ReadFile(filepath.Join(out, buildMarker)); !bytes.Contains(rec, []byte(`"saimite/register.csv"`)) {
		t.Error("the build record does not list the published record")
	}
}
