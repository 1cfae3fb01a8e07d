package generator

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestEntry checks what a build keeps of an institution: its warnings one
// line each, the files it is made from with their digests, and a stub
// with what the site-wide pages use.
func TestEntry(t *testing.T) {
	tree, errs := loadOptions().Open(filepath.Join("..", "content"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, file := range tree.Files {
		in, list := tree.Institution(file)
		if len(list) > 0 {
			t.Fatal(list)
		}
		in.Warnings.Add(notice.Pos{File: in.File, Line: 1, Col: 1}, "id", "a warning")
		e := newEntry(in, in)
		if got, want := strings.Join(e.Warnings, "\n"), in.Warnings.Error(); got != want {
			t.Errorf("%s: entry warnings %q, want %q", in.ID, got, want)
		}
		if !reflect.DeepEqual(e.Inputs, in.Inputs()) || e.Inputs[file] == "" {
			t.Errorf("%s: inputs %v, want %v with its own file", in.ID, e.Inputs, in.Inputs())
		}
		s := e.stub()
		if s.ID != in.ID || !reflect.DeepEqual(s.Name, in.Name) || len(s.Versions) != len(in.Versions) || len(s.VideoPurposes()) != len(in.VideoPurposes()) {
			t.Errorf("%s: stub %+v does not match", in.ID, s)
		}
	}
}
