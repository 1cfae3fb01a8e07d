package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The paths a user names (-out, -site, -content, -templates) are compared
// only once resolved: absolute, with their symbolic links followed.

// pathWithin reports whether the resolved path p is dir or lies under it.
func pathWithin(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return false
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}

// realPath returns p absolute, with the symbolic links of its longest
// existing prefix resolved. Unlike filepath.Abs it does not clean p
// first: "link/../x" is where the system finds it, beside the target of
// link, not beside link.
func realPath(p string) (string, error) {
	if p == "" {
		return "", fmt.Errorf("no path")
	}
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + string(filepath.Separator) + p
	}
	sep := string(filepath.Separator)
	vol := filepath.VolumeName(p)
	parts := strings.Split(p[len(vol):], sep)
	for n := len(parts); n >= 0; n-- {
		prefix := vol + sep + strings.Join(parts[:n], sep)
		real, err := filepath.EvalSymlinks(prefix)
		if err != nil {
			continue
		}
		return filepath.Join(real, strings.Join(parts[n:], sep)), nil
	}
	return filepath.Clean(p), nil
}

// within reports whether the clean absolute path p lies strictly inside
// the directory dir.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && rel != ".." && !filepath.IsAbs(rel) &&
		(len(rel) < 3 || rel[:3] != ".."+string(filepath.Separator))
}
