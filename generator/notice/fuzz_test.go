package notice_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"policysite/generator"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"policysite/generator/notice"
)

// exampleFiles returns the files of the example content in content/, by
// path in the tree.
func exampleFiles(tb testing.TB) map[string]string {
	tb.Helper()
	root := filepath.Join("..", "..", "content")
	files := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		files[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// wholeFile reports whether msg is about a file as a whole, which has no
// line to point at: everything else about a file's content must have one.
// (Errors about folders, such as an archive folder without its
// institution, name no file.)
func wholeFile(msg string) bool {
	return msg == "file is empty" || strings.HasPrefix(msg, "file is ") && strings.HasSuffix(msg, "the limit is 1048576")
}

// FuzzLoad replaces one file of the example content by the fuzzer's data
// and loads the tree as check does. Loading must not panic or hang; every
// error must have a position with a line (except those about a file as
// a whole); and content that loads without error must render, every
// page and PDF, as build renders it.
func FuzzLoad(f *testing.F) {
	example := exampleFiles(f)
	var names []string
	for name := range example {
		names = append(names, name)
	}
	sort.Strings(names)
	at := func(name string) uint8 { return uint8(sort.SearchStrings(names, name)) }
	for i, name := range names {
		f.Add(uint8(i), example[name])
	}
	for _, s := range notice.Base() {
		f.Add(at("institutions/saimite.yaml"), s)
	}
	f.Add(at("institutions/saimite.yaml"), "a: &a [*a]")
	f.Add(at("institutions/saimite.yaml"), "purposes: [{use: cctv, id: x}]")
	f.Add(at("site.yaml"), strings.Replace(example["site.yaml"], "base_url: ", "base_url: !!str ", 1))
	f.Fuzz(func(t *testing.T, which uint8, data string) {
		files := map[string]string{}
		for name, d := range example {
			files[name] = d
		}
		name := names[int(which)%len(names)]
		files[name] = data
		c, err := checkFiles(files)
		if err != nil {
			var list notice.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is not an ErrorList: %v", err)
			}
			for _, e := range list {
				if e.Pos.File == "" || e.Msg == "" {
					t.Fatalf("error without a file or message: %#v", e)
				}
				_, isFile := files[strings.TrimPrefix(e.Pos.File, "content/")]
				if isFile && (e.Pos.Line < 1 || e.Pos.Col < 1) && !wholeFile(e.Msg) {
					t.Fatalf("error without a line and column: %q", e.Error())
				}
			}
			return
		}
		if c == nil {
			t.Fatal("no content and no error")
		}
		if _, err := render(c); err != nil {
			t.Fatalf("content that passes check does not render: %v", err)
		}
	})
}

// checkFiles loads files as a content tree and checks it as check and
// build do (generator.LoadFS): what passes it must render.
func checkFiles(files map[string]string) (*notice.Content, error) {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return generator.LoadFS(fsys, "content")
}
