package notice

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"time"
)

// Options configure how a content tree is loaded. The zero value loads
// it without a check of the characters the PDF fonts can draw and with no
// catalog; Check and Build set both, so that a site language without a
// catalog, and what a PDF cannot print, are refused at load time with
// their positions rather than when a page or PDF is made.
type Options struct {
	// Catalogs says which languages and catalog keys exist.
	Catalogs Catalogs
	// Glyphs reports whether the PDF fonts draw r. When set, every
	// character of every text must be drawable.
	Glyphs func(r rune) bool
	// Presets holds purposes, one .yaml file each at its root, that
	// content may use as {use: preset/<id>} like a shared purpose of
	// purposes/ (see LoadPresets).
	Presets fs.FS
}

// Open opens the content tree in dir.
func (o Options) Open(dir string) (*Tree, ErrorList) { return o.OpenFS(os.DirFS(dir), dir) }

// Load reads and validates the content tree in dir, as LoadFS does.
func (o Options) Load(dir string) (*Content, error) { return o.LoadFS(os.DirFS(dir), dir) }

// readFile reads the content file p, which must be a regular file or a
// symbolic link to one (a named pipe would block, a device never end),
// of at most MaxFileSize bytes: no more than MaxFileSize+1 bytes are
// read. The error's message is for a position naming the file.
func readFile(fsys fs.FS, p string) ([]byte, error) {
	st, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, statError(err)
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, statError(err)
	}
	defer f.Close()
	// The file may have been replaced since fs.Stat: check what was opened.
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is %d bytes; the limit is %d", max(st.Size(), int64(len(data))), MaxFileSize)
	}
	return data, nil
}

func statError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("file is missing")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err // the file is named by the error's position
	}
	return err
}

// notRegular says what a content file is instead of a regular file.
func notRegular(m fs.FileMode) error {
	kind := "a special file"
	switch {
	case m.IsDir():
		kind = "a folder"
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("is %s, not a regular file: content files must be regular files", kind)
}

// versionName is the name of an archived version: its effective date.
var versionName = regexp.MustCompile(`^([0-9]{4}-[0-9]{2}-[0-9]{2})\.ya?ml$`)

// listArchive checks archive/ as a whole, before any institution is
// loaded or reused: it holds one folder per institution, and each folder
// only files named by a valid date, one per date. It returns the
// versions' files by institution id, sorted.
func (l *loader) listArchive() map[string][]string {
	out := map[string][]string{}
	dirs, err := fs.ReadDir(l.fsys, "archive")
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.errs.Add(Pos{File: l.name("archive")}, "", "cannot read the archive: "+statError(err).Error())
		}
		return out
	}
	for _, dir := range dirs {
		p := path.Join("archive", dir.Name())
		if strings.HasPrefix(dir.Name(), ".") {
			continue
		}
		if !dir.IsDir() {
			l.errs.Add(Pos{File: l.name(p)}, "", "archive/ holds one folder per institution, named by its id")
			continue
		}
		files, err := fs.ReadDir(l.fsys, p)
		if err != nil {
			l.errs.Add(Pos{File: l.name(p)}, "", "cannot read the folder: "+statError(err).Error())
			continue
		}
		byDate := map[string]string{}
		for _, f := range files {
			name := f.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			fp := path.Join(p, name)
			m := versionName.FindStringSubmatch(name)
			if m != nil {
				if _, err := time.Parse("2006-01-02", m[1]); err != nil {
					m = nil
				}
			}
			switch {
			case f.IsDir() || m == nil:
				l.errs.Add(Pos{File: l.name(fp)}, "", fmt.Sprintf("not an archived version: %s/ holds only earlier versions of the institution, each named by its effective date, such as 2018-05-21.yaml", p))
			case byDate[m[1]] != "":
				l.errs.Add(Pos{File: l.name(fp)}, "", fmt.Sprintf("a second archived version effective %s (also %s): keep one", m[1], l.name(byDate[m[1]])))
			default:
				byDate[m[1]] = fp
				out[dir.Name()] = append(out[dir.Name()], fp)
			}
		}
	}
	return out
}
