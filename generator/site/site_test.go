package site

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata/")
	dump   = flag.String("dump", "", "write the rendered fixture site into this directory, to look at it")
)


func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump directory")
	}
	c := testContent()
	r, err := New(c.Site, testCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var files []File
	for _, in := range c.Institutions {
		fs, err := r.Institution(in)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	fs, err := r.Site(c)
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, fs...)
	for _, f := range files {
		p := filepath.Join(*dump, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
