//go:build unix

package generator

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestUmask builds with umask 077: the output's root gets the mode of
// its folders.
func TestUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	out := filepath.Join(t.TempDir(), "public")
	build(t, exampleContent, out)
	root, err1 := os.Stat(out)
	sub, err2 := os.Stat(filepath.Join(out, "lv"))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if root.Mode().Perm() != 0o700 || sub.Mode().Perm() != 0o700 {
		t.Errorf("root %v, folder %v, want both 0700", root.Mode().Perm(), sub.Mode().Perm())
	}
}
