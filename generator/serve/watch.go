package serve

import (
	"hash/fnv"
	"io/fs"
	"path/filepath"
	"strconv"
)

// fingerprint summarises the names, sizes and modification times of the
// files under dirs, so that polling notices a file added, removed or
// changed. A missing directory counts as empty.
func fingerprint(dirs ...string) uint64 {
	h := fnv.New64a()
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // gone or unreadable: the build will say so
			}
			h.Write([]byte(p))
			if info, err := d.Info(); err == nil && !d.IsDir() {
				h.Write([]byte("\x00" + strconv.FormatInt(info.Size(), 10) + "\x00" + strconv.FormatInt(info.ModTime().UnixNano(), 10)))
			}
			h.Write([]byte{'\n'})
			return nil
		})
	}
	return h.Sum64()
}
