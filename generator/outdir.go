package generator

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
)

// The output directory: which directories a build may replace, and the
// files policysite keeps beside the one it replaces.
//
// A build replaces its output directory as a whole. It refuses one that
// is, holds or lies inside the content or templates directory, one that
// is or holds the working or the home directory, a file, and a non-empty
// directory without the build marker at its root: a directory policysite
// did not make. Beside the real output directory (symbolic links
// resolved) it keeps a lock file, .<name>.lock, and, while it builds, the
// new tree in .<name>.tmp-<random>.

// outDir is the output directory of one build, locked.
type outDir struct {
	given string // the output directory as named, cleaned
	real  string // absolute, with symbolic links resolved: what is replaced
	// legacy is the manifest an earlier version of policysite kept beside
	// the output directory, when there is one: it is removed when the
	// build is published.
	legacy string
	lock   *os.File
}

// maxLinks bounds the symbolic links followed to the output directory.
const maxLinks = 40

// openOutput checks that opts.Out may be replaced by a build, takes the
// lock on it, and removes what an interrupted build left beside it. The
// caller must Close the output to release the lock.
func openOutput(opts Options) (*outDir, error) {
	if opts.Out == "" {
		return nil, errors.New("no output directory (-out)")
	}
	o := &outDir{given: filepath.Clean(opts.Out)}
	var err error
	if o.real, err = followLinks(o.given); err != nil {
		return nil, err
	}
	// Refuse before making anything, and again under the lock.
	if err := o.refusePlace(opts); err != nil {
		return nil, err
	}
	if err := o.refuseForeign(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(o.real), 0o755); err != nil {
		return nil, err
	}
	if o.lock, err = lockFile(o.lockPath()); err != nil {
		if errors.Is(err, errLocked) {
			return nil, fmt.Errorf("another policysite build is writing %s (lock %s); wait for it to finish", o.given, o.lockPath())
		}
		return nil, fmt.Errorf("locking %s: %w", o.given, err)
	}
	if err := o.cleanStale(); err != nil {
		o.Close()
		return nil, err
	}
	if err := o.refuseForeign(); err != nil {
		o.Close()
		return nil, err
	}
	return o, nil
}

// Close releases the lock. The lock file stays: it is empty, and
// removing it could let two builds lock different files of one name.
func (o *outDir) Close() {
	if o.lock != nil {
		o.lock.Close()
		o.lock = nil
	}
}

// sibling returns the path of .<name><suffix> beside the real output.
func (o *outDir) sibling(suffix string) string {
	return filepath.Join(filepath.Dir(o.real), "."+filepath.Base(o.real)+suffix)
}

func (o *outDir) lockPath() string { return o.sibling(".lock") }

// refusePlace refuses an output that is a file, that lies inside
// another policysite build (which would remove it when built again), or
// whose replacement would remove the content, the templates, the
// working or the home directory. It changes nothing on disk.
func (o *outDir) refusePlace(opts Options) error {
	if filepath.Dir(o.real) == o.real {
		return fmt.Errorf("refusing -out %s: it is the root directory", o.given)
	}
	if st, err := os.Stat(o.real); err == nil && !st.IsDir() {
		return fmt.Errorf("refusing -out %s: it is a file, not a directory; a build replaces its output directory as a whole: choose a directory, such as public", o.given)
	}
	if dir, _ := enclosingBuild(filepath.Dir(o.real)); dir != "" {
		return fmt.Errorf("refusing -out %s: it lies inside the policysite build %s, whose next build would remove it; choose a directory outside it, or build into %s itself", o.given, dir, dir)
	}
	type guarded struct {
		dir, what string
		nested    bool // refuse an output inside dir too
	}
	var dirs []guarded
	if opts.Content != "" {
		dirs = append(dirs, guarded{opts.Content, "the content directory", true})
	}
	if opts.Templates != "" {
		dirs = append(dirs, guarded{opts.Templates, "the templates directory", true})
	}
	if wd, err := os.Getwd(); err == nil {
		dirs = append(dirs, guarded{wd, "the working directory", false})
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		dirs = append(dirs, guarded{home, "the home directory", false})
	}
	for _, g := range dirs {
		d, err := realPath(g.dir)
		if err != nil {
			return err
		}
		rel := ""
		switch {
		case d == o.real:
			rel = "is"
		case within(d, o.real):
			rel = "contains"
		case g.nested && within(o.real, d):
			rel = "lies inside"
		default:
			continue
		}
		return fmt.Errorf("refusing -out %s: it %s %s %s, and a build replaces its output directory as a whole; choose a new or empty directory elsewhere, such as public", o.given, rel, g.what, g.dir)
	}
	return nil
}

// refuseForeign refuses a non-empty output directory that policysite did
// not make: one without the build marker at its root (or the manifest an
// earlier policysite kept beside it).
func (o *outDir) refuseForeign() error {
	if _, err := os.Lstat(o.real); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if st, err := os.Lstat(filepath.Join(o.real, buildMarker)); err == nil && st.Mode().IsRegular() {
		o.findLegacy()
		return nil
	}
	d, err := os.Open(o.real)
	if err != nil {
		return err
	}
	names, err := d.Readdirnames(1)
	d.Close()
	if errors.Is(err, io.EOF) && len(names) == 0 {
		return nil
	}
	if err != nil {
		return err
	}
	if o.findLegacy() {
		return nil
	}
	return fmt.Errorf("refusing -out %s: it holds files that policysite did not make (it has no %s), and a build replaces its output directory as a whole; choose a new or empty directory, or remove %s yourself if nothing in it is needed", o.given, buildMarker, o.given)
}

// findLegacy looks for the manifest that policysite before the build
// marker kept beside its output, .<name>.manifest.json, and reports
// whether it is one.
func (o *outDir) findLegacy() bool {
	p := filepath.Join(filepath.Dir(o.given), "."+filepath.Base(o.given)+".manifest.json")
	st, err := os.Lstat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() > 256<<20 {
		return false
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return false
	}
	var m struct {
		Stamp        string                     `json:"stamp"`
		Institutions map[string]json.RawMessage `json:"institutions"`
	}
	if json.Unmarshal(data, &m) != nil || !isDigest(m.Stamp) || m.Institutions == nil {
		return false
	}
	o.legacy = p
	return true
}

// staleSuffix matches what a build leaves beside its output when it is
// killed, after .<name>: its new tree, .tmp-<hex>, or the previous output
// moved aside, .tmp-<hex>.old.
var staleSuffix = regexp.MustCompile(`^\.tmp-[0-9a-f]+(\.old)?$`)

// cleanStale removes the trees interrupted builds left beside the
// output. When the output itself is missing because a build was killed
// between moving it aside and moving the new one in, the previous output
// is moved back first. It must be called holding the lock.
func (o *outDir) cleanStale() error {
	parent, base := filepath.Dir(o.real), "."+filepath.Base(o.real)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return err
	}
	var stale, aside []string
	for _, e := range entries {
		name := e.Name()
		if len(name) <= len(base) || name[:len(base)] != base || !staleSuffix.MatchString(name[len(base):]) || !e.IsDir() {
			continue
		}
		stale = append(stale, name)
		if filepath.Ext(name) == ".old" {
			aside = append(aside, name)
		}
	}
	if _, err := os.Lstat(o.real); errors.Is(err, fs.ErrNotExist) && len(aside) > 0 {
		// The newest one moved aside is the last published output.
		sort.Slice(aside, func(i, j int) bool {
			return modTime(filepath.Join(parent, aside[i])) > modTime(filepath.Join(parent, aside[j]))
		})
		if err := os.Rename(filepath.Join(parent, aside[0]), o.real); err != nil {
			return fmt.Errorf("restoring the previous output %s: %w", o.given, err)
		}
	}
	for _, name := range stale {
		if err := os.RemoveAll(filepath.Join(parent, name)); err != nil {
			return fmt.Errorf("removing what an interrupted build left: %w", err)
		}
	}
	return nil
}

func modTime(p string) int64 {
	st, err := os.Lstat(p)
	if err != nil {
		return 0
	}
	return st.ModTime().UnixNano()
}

// followLinks returns p made absolute with every symbolic link resolved,
// including one at p itself whose target does not exist yet, so that an
// output named through a link is built beside the link's target.
func followLinks(p string) (string, error) {
	cur, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	for range maxLinks {
		parent, err := realPath(filepath.Dir(cur))
		if err != nil {
			return "", err
		}
		cur = filepath.Join(parent, filepath.Base(cur))
		st, err := os.Lstat(cur)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			return cur, nil
		}
		target, err := os.Readlink(cur)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(parent, target)
		}
		cur = filepath.Clean(target)
	}
	return "", fmt.Errorf("-out %s: too many symbolic links", p)
}
