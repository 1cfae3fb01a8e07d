package notice_test

import (
	"io/fs"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"policysite/generator/notice"
	"policysite/generator/pdf"
)

// countingFS counts the opens of each file of a tree; a Stat is not an
// open.
type countingFS struct {
	fs.FS
	mu    sync.Mutex
	opens map[string]int
}

func (c *countingFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(c.FS, name) }

func (c *countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err == nil {
		if st, serr := f.Stat(); serr == nil && !st.IsDir() {
			c.mu.Lock()
			c.opens[name]++
			c.mu.Unlock()
		}
	}
	return f, err
}

// TestEachFileReadOnce opens a tree and loads every institution, as
// check and a full build do, then asks for the digests an incremental
// build compares: every file is read once, so that what is rendered and
// the digest recorded for it come from the same read (a file edited
// during the build cannot be rendered from one text and recorded as
// another).
func TestEachFileReadOnce(t *testing.T) {
	files := notice.Base()
	files["archive/saimite/2018-05-21.yaml"] = archived(t, "2018-05-21")
	mapFS := fstest.MapFS{}
	for name, data := range files {
		mapFS[name] = &fstest.MapFile{Data: []byte(data)}
	}
	fsys := &countingFS{FS: mapFS, opens: map[string]int{}}
	tree, errs := notice.Options{Glyphs: pdf.Covers}.OpenFS(fsys, "content")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, p := range tree.Files {
		in, list := tree.Institution(p)
		if in == nil || len(list) > 0 {
			t.Fatalf("%s: %v", p, list)
		}
		for file, digest := range in.Inputs() {
			// The controller's and shared purposes' digests, as an
			// incremental build compares them, are those of Open's read.
			if !strings.HasPrefix(file, "institutions/") && !strings.HasPrefix(file, "archive/") && tree.Digest(file) != digest {
				t.Errorf("%s: digest %s, recorded %s", file, tree.Digest(file), digest)
			}
		}
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if n := fsys.opens[name]; n != 1 {
			t.Errorf("%s read %d times, want once", name, n)
		}
	}
}
