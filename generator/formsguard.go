package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Pre-filled forms hold staff names, which are personal data: they must
// never be written where a web server may publish them. formsGuard
// refuses a forms folder that is, or lies inside, a policysite build (a
// directory with buildMarker at its root, or an output of an earlier
// version, which kept its record beside it as .<name>.manifest.json),
// one that holds a build, and one that is, holds or lies inside the
// -site directory. The markers are found whatever the working directory
// and whatever symbolic links lead there: the folder is resolved first.

// Limits of the search for builds below an existing forms folder: a
// folder deeper or larger than this is not searched further.
const (
	formsScanDepth   = 4
	formsScanEntries = 10000
)

// formsGuard checks that out may receive pre-filled forms and returns it
// absolute, with symbolic links resolved: the folder the forms are to be
// written into.
func formsGuard(out, site string) (string, error) {
	real, err := realPath(out)
	if err != nil {
		return "", fmt.Errorf("forms: %s: %w", out, err)
	}
	if dir, build := enclosingBuild(real); build != "" {
		return "", fmt.Errorf("forms: refusing to write pre-filled forms into %s: it is at or inside the policysite build %s (marked by %s), which is published, and staff names are personal data; choose a private folder outside every site output", out, dir, build)
	}
	if build, err := buildBelow(real); err != nil {
		return "", fmt.Errorf("forms: %s: %w", out, err)
	} else if build != "" {
		return "", fmt.Errorf("forms: refusing to write pre-filled forms into %s: it holds the policysite build %s, and staff names are personal data; choose a folder of its own outside every site output", out, build)
	}
	if site != "" {
		realSite, err := realPath(site)
		if err != nil {
			return "", fmt.Errorf("forms: %s: %w", site, err)
		}
		if pathWithin(real, realSite) {
			return "", fmt.Errorf("forms: refusing to write pre-filled forms into %s: it is inside the site's output %s (-site), and staff names are personal data; choose a folder outside it", out, site)
		}
		if pathWithin(realSite, real) {
			return "", fmt.Errorf("forms: refusing to write pre-filled forms into %s: the site's output %s (-site) is inside it; choose a folder of its own outside the site", out, site)
		}
	}
	return real, nil
}

// enclosingBuild returns the policysite build that the resolved path p
// is or lies in, with its marker, or "" when there is none.
func enclosingBuild(p string) (dir, marker string) {
	for dir := p; ; dir = filepath.Dir(dir) {
		if m := builtAt(dir); m != "" {
			return dir, m
		}
		if filepath.Dir(dir) == dir {
			return "", ""
		}
	}
}

// builtAt returns the marker that shows dir to be a policysite build, or
// "" when dir is none.
func builtAt(dir string) string {
	if _, err := os.Lstat(filepath.Join(dir, buildMarker)); err == nil {
		return filepath.Join(dir, buildMarker)
	}
	if parent := filepath.Dir(dir); parent != dir {
		old := filepath.Join(parent, "."+filepath.Base(dir)+".manifest.json")
		if _, err := os.Lstat(old); err == nil {
			return old
		}
	}
	return ""
}

// buildBelow returns a policysite build found inside dir, or "" when
// there is none within formsScanDepth levels and formsScanEntries
// entries. Symbolic links to directories are not followed, but the
// directory they lead to is checked for a marker.
func buildBelow(dir string) (string, error) {
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		return "", fmt.Errorf("not a directory")
	}
	found, seen := "", 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // an unreadable folder is not searched
		}
		if seen++; seen > formsScanEntries {
			return fs.SkipAll
		}
		rel, _ := filepath.Rel(dir, p)
		depth := strings.Count(rel, string(filepath.Separator)) + 1
		switch {
		case d.IsDir() && p != dir && depth >= formsScanDepth:
			return fs.SkipDir
		case d.Type()&fs.ModeSymlink != 0:
			if t, err := os.Stat(p); err == nil && t.IsDir() {
				if real, err := filepath.EvalSymlinks(p); err == nil && builtAt(real) != "" {
					found = p
					return fs.SkipAll
				}
			}
		case d.Name() == buildMarker:
			found = filepath.Dir(p)
			return fs.SkipAll
		case isOldManifest(p):
			found = oldManifestOutput(p)
			return fs.SkipAll
		}
		return nil
	})
	return found, err
}

// isOldManifest reports whether p is the record an earlier version kept
// beside an output directory: .<name>.manifest.json beside <name>.
func isOldManifest(p string) bool {
	base := filepath.Base(p)
	if !strings.HasPrefix(base, ".") || !strings.HasSuffix(base, ".manifest.json") || len(base) <= len("..manifest.json") {
		return false
	}
	st, err := os.Lstat(oldManifestOutput(p))
	return err == nil && st.IsDir()
}

// oldManifestOutput returns the output directory that the old-style
// manifest p describes.
func oldManifestOutput(p string) string {
	base := filepath.Base(p)
	return filepath.Join(filepath.Dir(p), strings.TrimSuffix(strings.TrimPrefix(base, "."), ".manifest.json"))
}
