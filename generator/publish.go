package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// publisher writes a build's files into a fresh directory beside the
// output directory and swaps it into place only when the whole build
// succeeded, so that a failed build leaves the previous output exactly as
// it was. It is safe for concurrent use.
type publisher struct {
	out string // the output directory
	tmp string // the directory being filled

	mu    sync.Mutex
	dirs  map[string]bool // directories made under tmp
	files map[string]bool // files written, by site path
	bytes int64
	// adopted are directories of the previous output that Commit moves
	// into the new one as they are: those of unchanged institutions.
	adopted []string
}

// newPublisher starts publishing into out.
func newPublisher(out string) (*publisher, error) {
	out = filepath.Clean(out)
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &publisher{out: out, tmp: tmp, dirs: map[string]bool{}, files: map[string]bool{}}, nil
}

// checkPath refuses a site path that is empty, absolute, not clean or
// leaves the output directory.
func checkPath(p string) error {
	if p == "" || path.IsAbs(p) || path.Clean(p) != p || p == "." || strings.HasPrefix(p, "../") || p == ".." || strings.Contains(p, "\\") {
		return fmt.Errorf("publish: refusing unsafe output path %q", p)
	}
	return nil
}

// prepare checks p, records it and makes its directory. It returns the
// file's path under tmp.
func (pb *publisher) prepare(p string) (string, error) {
	if err := checkPath(p); err != nil {
		return "", err
	}
	pb.mu.Lock()
	defer pb.mu.Unlock()
	if pb.files[p] {
		return "", fmt.Errorf("publish: %s is written twice", p)
	}
	pb.files[p] = true
	dst := filepath.Join(pb.tmp, filepath.FromSlash(p))
	if dir := path.Dir(p); dir != "." && !pb.dirs[dir] {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", err
		}
		pb.dirs[dir] = true
	}
	return dst, nil
}

// Write writes one file at site path p.
func (pb *publisher) Write(p string, data []byte) error {
	dst, err := pb.prepare(p)
	if err != nil {
		return err
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return err
	}
	pb.mu.Lock()
	pb.bytes += int64(len(data))
	pb.mu.Unlock()
	return nil
}

// Adopt takes the directories dirs of the previous output, with the
// files in them, into the new output as they are: Commit moves them
// there. files are the site paths of those files, which must all exist
// in the previous output and lie in dirs; Adopt reports false, and takes
// nothing, when one does not.
func (pb *publisher) Adopt(dirs, files []string) (bool, error) {
	var size int64
	for _, p := range files {
		if err := checkPath(p); err != nil {
			return false, err
		}
		st, err := os.Lstat(filepath.Join(pb.out, filepath.FromSlash(p)))
		if err != nil || !st.Mode().IsRegular() {
			return false, nil
		}
		size += st.Size()
		in := false
		for _, d := range dirs {
			in = in || strings.HasPrefix(p, d+"/")
		}
		if !in {
			return false, nil
		}
	}
	for _, d := range dirs {
		if err := checkPath(d); err != nil {
			return false, err
		}
	}
	pb.mu.Lock()
	defer pb.mu.Unlock()
	for _, p := range files {
		if pb.files[p] {
			return false, fmt.Errorf("publish: %s is written twice", p)
		}
	}
	for _, p := range files {
		pb.files[p] = true
	}
	pb.adopted = append(pb.adopted, dirs...)
	pb.bytes += size
	return true, nil
}

// Count returns the number of files written or reused so far.
func (pb *publisher) Count() int {
	pb.mu.Lock()
	defer pb.mu.Unlock()
	return len(pb.files)
}

// Commit moves the adopted directories into the new output, swaps it
// into place and removes the previous output. When a step fails, what
// was moved goes back: the previous output stays whole.
func (pb *publisher) Commit() error {
	sort.Strings(pb.adopted)
	moved := 0
	// fail puts the adopted directories back into the previous output
	// and drops the new one.
	fail := func(err error) error {
		for _, d := range pb.adopted[:moved] {
			os.Rename(filepath.Join(pb.tmp, filepath.FromSlash(d)), filepath.Join(pb.out, filepath.FromSlash(d)))
		}
		pb.Abort()
		return fmt.Errorf("publish: %w", err)
	}
	for _, d := range pb.adopted {
		dst := filepath.Join(pb.tmp, filepath.FromSlash(d))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fail(err)
		}
		if err := os.Rename(filepath.Join(pb.out, filepath.FromSlash(d)), dst); err != nil {
			return fail(err)
		}
		moved++
	}
	old := ""
	if _, err := os.Lstat(pb.out); err == nil {
		old = pb.tmp + ".old"
		if err := os.Rename(pb.out, old); err != nil {
			return fail(fmt.Errorf("moving the previous output aside: %w", err))
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fail(err)
	}
	if err := os.Rename(pb.tmp, pb.out); err != nil {
		if old != "" {
			os.Rename(old, pb.out)
		}
		return fail(err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort removes the unfinished output, leaving the previous one as it was.
func (pb *publisher) Abort() {
	os.RemoveAll(pb.tmp)
}

// inside reports whether path p is dir or lies under it, after resolving
// symbolic links of the parts that exist.
func inside(p, dir string) (bool, error) {
	ap, err := resolvePath(p)
	if err != nil {
		return false, err
	}
	ad, err := resolvePath(dir)
	if err != nil {
		return false, err
	}
	rel, err := filepath.Rel(ad, ap)
	if err != nil {
		return false, nil
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))), nil
}

// resolvePath makes p absolute and resolves symbolic links in its longest
// existing prefix.
func resolvePath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}
