package generator

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIdenticalFilesLinked builds the dated fixture: the current
// version's PDFs, published at their own path and at the version's dated
// address with the same bytes, are one file with two names.
func TestIdenticalFilesLinked(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, versionedContent, out)
	byData := map[[32]byte][]string{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".pdf") {
			return err
		}
		data, err := os.ReadFile(p)
		byData[sha256.Sum256(data)] = append(byData[sha256.Sum256(data)], p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	linked := 0
	for _, paths := range byData {
		first, err := os.Stat(paths[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths[1:] {
			st, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if !os.SameFile(first, st) {
				t.Errorf("%s and %s have the same bytes but are two files", paths[0], p)
			}
			linked++
		}
	}
	if linked == 0 {
		t.Error("no PDF is published at two addresses: the fixture no longer tests linking")
	}
	// A rebuild from nothing reuses nothing and makes the same tree.
	fresh := filepath.Join(t.TempDir(), "public")
	build(t, versionedContent, fresh)
	equalTrees(t, snapshot(t, out), snapshot(t, fresh))
}
