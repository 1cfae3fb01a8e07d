//go:build !unix

package generator

import (
	"errors"
	"os"
)

// errLocked is lockFile's error when another process holds the lock.
var errLocked = errors.New("locked")

// lockFile opens (or creates) the lock file p. Outside Unix it takes no
// lock: two builds into one output at once are not detected there.
func lockFile(p string) (*os.File, error) {
	return os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
}
