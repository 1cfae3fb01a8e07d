package notice_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"policysite/generator/notice"
)

// writeTree writes files into a new directory and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSpecialFiles checks that only regular files are read: a named pipe
// would block check for ever and /dev/zero would fill the memory.
func TestSpecialFiles(t *testing.T) {
	tests := []struct {
		name string
		make func(p string) error
		want string
	}{
		{"fifo", func(p string) error { return syscall.Mkfifo(p, 0o644) },
			"institutions/x.yaml: is a named pipe (FIFO), not a regular file: content files must be regular files"},
		{"symlink to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) },
			"institutions/x.yaml: is a device, not a regular file: content files must be regular files"},
		{"dangling symlink", func(p string) error { return os.Symlink("nowhere.yaml", p) },
			"institutions/x.yaml: file is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Skip("no /dev/zero")
			}
			dir := writeTree(t, notice.Base())
			if err := tt.make(filepath.Join(dir, "institutions", "x.yaml")); err != nil {
				t.Skip(err)
			}
			done := make(chan error, 1)
			go func() { _, err := notice.Options{}.Load(dir); done <- err }()
			select {
			case err := <-done:
				got := strings.Join(errorLines(t, err), "\n")
				if want := dir + "/" + tt.want; got != want {
					t.Errorf("got:\n%s\nwant:\n%s", got, want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("loading did not return in 10s")
			}
		})
	}
}

// TestSymlinkToRegularFile checks that a symlink to a regular file, here
// outside the tree, is still read.
func TestSymlinkToRegularFile(t *testing.T) {
	files := notice.Base()
	target := filepath.Join(t.TempDir(), "saimite.yaml")
	if err := os.WriteFile(target, []byte(files[inst]), 0o644); err != nil {
		t.Fatal(err)
	}
	delete(files, inst)
	dir := writeTree(t, files)
	if err := os.MkdirAll(filepath.Join(dir, "institutions"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, inst)); err != nil {
		t.Skip(err)
	}
	c, err := notice.Options{}.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Institutions) != 1 {
		t.Errorf("%d institutions, want 1", len(c.Institutions))
	}
}

var digestRE = regexp.MustCompile(`"Digest":"[0-9a-f]*"`)

// TestNFD loads the base content written in decomposed Unicode, as macOS
// editors save it: the model and every rendered page and PDF must be
// those of the composed text.
func TestNFD(t *testing.T) {
	nfc := notice.Base()
	nfd := map[string]string{}
	changed := false
	for name, data := range nfc {
		nfd[name] = norm.NFD.String(data)
		changed = changed || nfd[name] != data
	}
	if !changed {
		t.Fatal("test setup: the base content has no composed characters")
	}
	a, err := loadFiles(nfc)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadFiles(nfd)
	if err != nil {
		t.Fatalf("NFD content does not load: %v", err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	// The files' digests differ: they are of the bytes as written.
	ja, jb = digestRE.ReplaceAll(ja, nil), digestRE.ReplaceAll(jb, nil)
	if !bytes.Equal(ja, jb) {
		t.Errorf("the NFD content loads differently:\n%s\n%s", ja, jb)
	}
	ra, err := render(a)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := render(b)
	if err != nil {
		t.Fatalf("NFD content does not render: %v", err)
	}
	if len(ra) != len(rb) {
		t.Fatalf("%d files from NFC, %d from NFD", len(ra), len(rb))
	}
	for p, data := range ra {
		if !bytes.Equal(data, rb[p]) {
			t.Errorf("%s differs between NFC and NFD content", p)
		}
	}
}

// TestLargeFileLoads loads an institution of almost MaxFileSize bytes,
// many purposes written out in full: the node limit is for hostile files,
// not for large real ones.
func TestLargeFileLoads(t *testing.T) {
	files := notice.Base()
	head, purpose, ok := strings.Cut(files[inst], "purposes:\n")
	if !ok {
		t.Fatal("test setup: no purposes")
	}
	purpose, _, _ = strings.Cut(purpose, "  - use: cctv\n") // and the rules after it
	var b strings.Builder
	b.WriteString(head + "purposes:\n")
	for i := 0; b.Len()+len(purpose) < notice.MaxFileSize; i++ {
		b.WriteString(strings.Replace(purpose, "id: pupils", "id: pupils-"+strconv.Itoa(i), 1))
	}
	files[inst] = b.String()
	c, err := loadFiles(files)
	if err != nil {
		t.Fatalf("%d bytes: %v", b.Len(), err)
	}
	t.Logf("%d bytes, %d purposes", b.Len(), len(c.Institutions[0].Purposes))
}
