//go:build !linux

package generator

import (
	"io/fs"
	"path/filepath"
)

// exchange would swap the directories a and b atomically; outside Linux
// it always returns errNoExchange and Commit falls back to two renames.
func exchange(a, b string) error { return errNoExchange }

// syncTree makes the data and the names of every file under dir durable
// before the switch, one fsync(2) per file and directory.
func syncTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !d.Type().IsRegular() {
			return nil
		}
		return syncPath(p)
	})
}
