//go:build unix

package generator

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// errLocked is lockFile's error when another process holds the lock.
var errLocked = errors.New("locked")

// lockFile opens (or creates) the lock file p and takes an exclusive
// flock(2) on it without waiting: errLocked when another process holds
// it. The lock goes with the returned file: closing it, or the end of the
// process however it ends, releases it.
func lockFile(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, errLocked
		}
		return nil, &os.PathError{Op: "flock", Path: p, Err: err}
	}
	return f, nil
}
