package generator

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// publisher writes a build's files into a new tree beside the output
// directory and switches it into place only when the whole build
// succeeded, so that a failed or killed build leaves the previous output
// exactly as it was. Nothing is ever moved out of the live output: the
// files of unchanged institutions are hard-linked (or copied) into the
// new tree. It is safe for concurrent use.
type publisher struct {
	out *outDir
	tmp string // the new tree, .<name>.tmp-<random> beside out.real
	// step, when set, is called before each step that changes the disk
	// outside the new tree's files: tests kill the build there.
	step func(step string)
	// noExchange takes the fallback switch even where exchange works.
	noExchange bool

	mu    sync.Mutex
	dirs  map[string]bool // directories made under tmp
	files map[string]bool // files written or adopted, by site path
	bytes int64
}

// errNoExchange is exchange's error where directories cannot be swapped
// atomically.
var errNoExchange = errors.New("atomic exchange not supported")

// newPublisher starts publishing into out. The new tree's root is made
// like its subdirectories, 0755 less the umask.
func newPublisher(out *outDir, step func(string), noExchange bool) (*publisher, error) {
	pb := &publisher{out: out, step: step, noExchange: noExchange, dirs: map[string]bool{}, files: map[string]bool{}}
	for {
		var b [8]byte
		rand.Read(b[:])
		pb.tmp = out.sibling(".tmp-" + hex.EncodeToString(b[:]))
		err := os.Mkdir(pb.tmp, 0o755)
		if err == nil {
			return pb, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
	}
}

func (pb *publisher) hook(step string) {
	if pb.step != nil {
		pb.step(step)
	}
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
	if p == buildMarker {
		return "", fmt.Errorf("publish: %s is the build marker's name", p)
	}
	pb.mu.Lock()
	defer pb.mu.Unlock()
	if pb.files[p] {
		return "", fmt.Errorf("publish: %s is written twice", p)
	}
	pb.files[p] = true
	if err := pb.mkdir(path.Dir(p)); err != nil {
		return "", err
	}
	return filepath.Join(pb.tmp, filepath.FromSlash(p)), nil
}

// mkdir makes the directory dir of the new tree and its parents, 0755
// less the umask, unless they were made. It is called with pb.mu held.
func (pb *publisher) mkdir(dir string) error {
	if dir == "." || pb.dirs[dir] {
		return nil
	}
	if err := pb.mkdir(path.Dir(dir)); err != nil {
		return err
	}
	if err := os.Mkdir(filepath.Join(pb.tmp, filepath.FromSlash(dir)), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	pb.dirs[dir] = true
	return nil
}

// Write writes one file at site path p and returns its record.
func (pb *publisher) Write(p string, data []byte) (fileRecord, error) {
	rec := newRecord(p, data)
	return rec, pb.Put(rec, data)
}

// newRecord returns the record of data at site path p: size and SHA-256.
func newRecord(p string, data []byte) fileRecord {
	sum := sha256.Sum256(data)
	return fileRecord{Path: p, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
}

// Put writes data, whose record is rec, at site path rec.Path.
func (pb *publisher) Put(rec fileRecord, data []byte) error {
	return pb.Link("", rec, data)
}

// Link puts at site path rec.Path a hard link to the file this build
// wrote at site path first, whose bytes are data (rec records both), so
// that identical files are stored once. With first "", or where linking
// fails, it writes data instead.
func (pb *publisher) Link(first string, rec fileRecord, data []byte) error {
	dst, err := pb.prepare(rec.Path)
	if err != nil {
		return err
	}
	if first == "" || os.Link(filepath.Join(pb.tmp, filepath.FromSlash(first)), dst) != nil {
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	pb.mu.Lock()
	pb.bytes += int64(len(data))
	pb.mu.Unlock()
	return nil
}

// Adopt takes files of the previous output into the new tree as they
// are, by hard link, or by copy where linking fails. Each file must match
// its record, size and SHA-256, or Adopt takes nothing and reports false:
// the caller renders the files again.
func (pb *publisher) Adopt(files []fileRecord) (bool, error) {
	var taken []string
	undo := func() {
		pb.mu.Lock()
		defer pb.mu.Unlock()
		for _, p := range taken {
			os.Remove(filepath.Join(pb.tmp, filepath.FromSlash(p)))
			delete(pb.files, p)
		}
	}
	var size int64
	for _, f := range files {
		if checkPath(f.Path) != nil || f.Path == buildMarker {
			undo()
			return false, nil
		}
		dst, err := pb.prepare(f.Path)
		if err != nil {
			undo()
			return false, err
		}
		taken = append(taken, f.Path)
		pb.hook("link " + f.Path)
		ok, err := adoptFile(filepath.Join(pb.out.real, filepath.FromSlash(f.Path)), dst, f)
		if err != nil || !ok {
			undo()
			return false, err
		}
		size += f.Size
	}
	pb.mu.Lock()
	pb.bytes += size
	pb.mu.Unlock()
	return true, nil
}

// adoptFile links src at dst, or copies it, and reports whether what dst
// holds now matches f. It fails only when dst cannot be written.
func adoptFile(src, dst string, f fileRecord) (bool, error) {
	if err := os.Link(src, dst); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		// Another file system, or one without hard links: copy.
		return copyFile(src, dst, f)
	}
	return matches(dst, f), nil
}

// copyFile copies the regular file src to the new file dst and reports
// whether its contents match f.
func copyFile(src, dst string, f fileRecord) (bool, error) {
	in, err := os.Open(src)
	if err != nil {
		return false, nil
	}
	defer in.Close()
	if st, err := os.Lstat(src); err != nil || !st.Mode().IsRegular() || st.Size() != f.Size {
		return false, nil
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return false, err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(out, h), in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, err
	}
	return n == f.Size && hex.EncodeToString(h.Sum(nil)) == f.SHA256, nil
}

// matches reports whether the file p, not a symbolic link, has the size
// and SHA-256 that f records.
func matches(p string, f fileRecord) bool {
	st, err := os.Lstat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() != f.Size {
		return false
	}
	r, err := os.Open(p)
	if err != nil {
		return false
	}
	defer r.Close()
	h := sha256.New()
	if n, err := io.Copy(h, r); err != nil || n != f.Size {
		return false
	}
	return hex.EncodeToString(h.Sum(nil)) == f.SHA256
}

// oldFiles lists the site paths of the files (of any type) under the
// directory dir of the previous output.
func (pb *publisher) oldFiles(dir string) []string {
	var files []string
	root := filepath.Join(pb.out.real, filepath.FromSlash(dir))
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(pb.out.real, p)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	return files
}

// Count returns the number of files written or adopted so far.
func (pb *publisher) Count() int {
	pb.mu.Lock()
	defer pb.mu.Unlock()
	return len(pb.files)
}

// Commit writes the build marker, record, into the new tree, makes the
// tree durable and switches it into place in one atomic step: on Linux
// renameat2(RENAME_EXCHANGE) swaps it with the previous output, which is
// then removed. Where the exchange is not supported the previous output
// is renamed aside and the new tree renamed in its place; a build killed
// between the two renames leaves no output, and the next build moves the
// previous one back before anything else. When Commit fails before the
// switch the previous output stays as it was.
func (pb *publisher) Commit(record []byte) error {
	fail := func(err error) error {
		pb.Abort()
		return fmt.Errorf("publish: %w", err)
	}
	pb.hook("write marker")
	if err := writeSynced(filepath.Join(pb.tmp, buildMarker), record); err != nil {
		return fail(err)
	}
	pb.hook("sync")
	if err := syncTree(pb.tmp); err != nil {
		return fail(err)
	}
	real := pb.out.real
	if _, err := os.Lstat(real); err == nil {
		err := errNoExchange
		if !pb.noExchange {
			pb.hook("exchange")
			err = exchange(pb.tmp, real)
		}
		if errors.Is(err, errNoExchange) {
			err = pb.renameAside()
		}
		if err != nil {
			return fail(err)
		}
	} else if errors.Is(err, fs.ErrNotExist) {
		pb.hook("rename")
		if err := os.Rename(pb.tmp, real); err != nil {
			return fail(err)
		}
	} else {
		return fail(err)
	}
	// From here the new output is published; pb.tmp holds the previous
	// one, or nothing.
	pb.hook("sync parent")
	serr := syncPath(filepath.Dir(real))
	pb.hook("remove old")
	rerr := os.RemoveAll(pb.tmp)
	if pb.out.legacy != "" {
		pb.hook("remove legacy manifest")
		os.Remove(pb.out.legacy)
	}
	if err := errors.Join(serr, rerr); err != nil {
		return fmt.Errorf("publish: the new output is in place, but: %w", err)
	}
	return nil
}

// renameAside is the switch where directories cannot be exchanged: the
// previous output moves to pb.tmp+".old", the new tree into its place.
// Afterwards pb.tmp names what is left to remove.
func (pb *publisher) renameAside() error {
	real, aside := pb.out.real, pb.tmp+".old"
	pb.hook("move aside")
	if err := os.Rename(real, aside); err != nil {
		return err
	}
	pb.hook("move in")
	if err := os.Rename(pb.tmp, real); err != nil {
		os.Rename(aside, real)
		return err
	}
	pb.tmp = aside
	return nil
}

// Abort removes the unfinished tree, leaving the previous output as it
// was.
func (pb *publisher) Abort() {
	os.RemoveAll(pb.tmp)
}

// writeSynced writes data to the new file p and flushes it to disk.
func writeSynced(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncPath flushes the file or directory p to disk.
func syncPath(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
