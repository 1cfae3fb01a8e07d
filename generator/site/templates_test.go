package site

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// userTemplate returns the built-in template name with line n (from 1)
// replaced by line.
func userTemplate(t *testing.T, name string, n int, line string) []byte {
	t.Helper()
	data, err := os.ReadFile("../../templates/" + name)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		t.Fatalf("%s has %d lines", name, len(lines))
	}
	lines[n-1] = line
	return []byte(strings.Join(lines, "\n"))
}

// TestTemplateErrorPosition makes mistakes on a known line of a user's
// template override: the error names the user's file and that line, not
// a line of the minified template the pages are made from.
func TestTemplateErrorPosition(t *testing.T) {
	c := testContent()
	for _, tc := range []struct {
		name, file string
		line       int
		text       string
		parse      bool   // the mistake is found by New, else by rendering
		want       string // besides file:line
	}{
		{"parse error", "notice.html", 40, `<p>{{if}}</p>`, true, "missing value for if"},
		{"unknown function", "purpose.html", 50, `<p>{{nosuch .Purpose}}</p>`, true, `"nosuch" not defined`},
		{"parse error in shared templates", "partials.html", 12, `<p>{{range}}</p>`, true, "missing value for range"},
		{"missing field", "purpose.html", 52, `<p>{{.Purpose.NoSuchField}}</p>`, false, "NoSuchField"},
		{"missing field in shared templates", "partials.html", 10, `<p><strong>{{.NoSuchField}}</strong></p>`, false, "NoSuchField"},
		{"branches in different contexts", "purpose.html", 54, `<p class="full-notice">{{if .Notice.Href}}<a href="{{.Notice.Href}}{{end}}">x</a></p>`, false, "branches end in different contexts"},
	} {
		overrides := fstest.MapFS{tc.file: {Data: userTemplate(t, tc.file, tc.line, tc.text)}}
		r, err := New(c.Site, testCatalog(), overrides)
		if tc.parse != (err != nil) {
			t.Errorf("%s: New: %v", tc.name, err)
			continue
		}
		if err == nil {
			_, err = r.Institution(c.Institutions[0])
		}
		if err == nil {
			t.Errorf("%s: rendering succeeded", tc.name)
			continue
		}
		pos := tc.file + ":" + strconv.Itoa(tc.line) + ":"
		if !strings.Contains(err.Error(), pos) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want it at %s and to say %q", tc.name, err, pos, tc.want)
		}
		if !strings.Contains(err.Error(), tc.file+" is from your templates directory") {
			t.Errorf("%s: error %q does not say that %s is the user's", tc.name, err, tc.file)
		}
	}
}
