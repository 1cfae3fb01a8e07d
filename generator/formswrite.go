package generator

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// formsRecord is the name of the file in a forms folder that records
// the forms policysite wrote there. A form is replaced on a later run
// only when the record names it: a file policysite did not write is
// never overwritten.
const formsRecord = ".policysite-forms.json"

// formFile is one pre-filled form.
type formFile struct {
	name string
	data []byte
}

// formsLog is the content of formsRecord.
type formsLog struct {
	// Created is true when policysite made the folder, and may therefore
	// make it private again if its mode was widened.
	Created bool     `json:"created"`
	Files   []string `json:"files"`
}

// formsFolder is a forms folder inspected before anything is written.
type formsFolder struct {
	dir    string // absolute, symbolic links resolved
	exists bool
	widen  bool // exists, made by policysite, and open to others: to tighten
	log    formsLog
}

// inspectForms checks, without changing anything, that the forms names
// may be written into dir: dir is absent, or a directory that only its
// owner may enter (or one policysite made, which it makes private
// again), and no name is taken by a file policysite did not write or by
// anything but a regular file.
func inspectForms(dir string, names []string) (*formsFolder, error) {
	f := &formsFolder{dir: dir}
	st, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, fmt.Errorf("forms: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("forms: %s is not a directory", dir)
	}
	f.exists = true
	rec := filepath.Join(dir, formsRecord)
	if rst, err := os.Lstat(rec); err == nil {
		if !rst.Mode().IsRegular() {
			return nil, fmt.Errorf("forms: refusing %s: %s is not a regular file; remove it", dir, formsRecord)
		}
		data, err := os.ReadFile(rec)
		if err != nil {
			return nil, fmt.Errorf("forms: %w", err)
		}
		if err := json.Unmarshal(data, &f.log); err != nil {
			return nil, fmt.Errorf("forms: %s: not a record of policysite forms (%v); remove it, or choose another folder", rec, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("forms: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		if !f.log.Created {
			return nil, fmt.Errorf("forms: refusing to write pre-filled forms into %s: other users may enter it (mode %04o), and staff names are personal data; make it private with chmod 700 %s, or name a folder that does not exist yet, which policysite creates private", dir, st.Mode().Perm(), dir)
		}
		f.widen = true
	}
	var taken []string
	for _, name := range names {
		fst, err := os.Lstat(filepath.Join(dir, name))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("forms: %w", err)
		case !fst.Mode().IsRegular():
			taken = append(taken, name+" ("+kind(fst.Mode())+")")
		case !slices.Contains(f.log.Files, name):
			taken = append(taken, name)
		}
	}
	if len(taken) > 0 {
		return nil, fmt.Errorf("forms: refusing to write into %s: policysite did not write %s there, and never replaces what it did not write; move it away or choose another folder", dir, strings.Join(taken, ", "))
	}
	return f, nil
}

// kind names what a file that is not a regular one is.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a directory"
	default:
		return "a special file"
	}
}

// write writes the forms into the folder: the folder is made (or made
// again) private, each form goes to a new temporary file that only its
// owner may read, then the record, then every form is renamed to its
// name. A form that cannot be written leaves no form changed. Nothing
// is written through a symbolic link: the files are created
// exclusively, in a folder opened as a root.
func (f *formsFolder) write(files []formFile) error {
	created := false
	if !f.exists {
		if err := os.MkdirAll(f.dir, 0o700); err != nil {
			return fmt.Errorf("forms: %w", err)
		}
		created = true
	}
	if created || f.widen {
		if err := os.Chmod(f.dir, 0o700); err != nil {
			return fmt.Errorf("forms: %w", err)
		}
	}
	root, err := os.OpenRoot(f.dir)
	if err != nil {
		return fmt.Errorf("forms: %w", err)
	}
	defer root.Close()
	if st, err := root.Stat("."); err != nil || st.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("forms: %s is not private (%v)", f.dir, err)
	}
	var temps []string
	defer func() {
		for _, t := range temps {
			if t != "" {
				root.Remove(t)
			}
		}
	}()
	for _, file := range files {
		t, err := writeTemp(root, file.data)
		if err != nil {
			return fmt.Errorf("forms: %s: %w", file.name, err)
		}
		temps = append(temps, t)
	}
	log := formsLog{Created: f.log.Created || created, Files: slices.Clone(f.log.Files)}
	for _, file := range files {
		if !slices.Contains(log.Files, file.name) {
			log.Files = append(log.Files, file.name)
		}
	}
	slices.Sort(log.Files)
	data, _ := json.MarshalIndent(log, "", "  ")
	rec, err := writeTemp(root, append(data, '\n'))
	if err != nil {
		return fmt.Errorf("forms: %s: %w", formsRecord, err)
	}
	if err := replaceOwn(root, rec, formsRecord, true); err != nil {
		root.Remove(rec)
		return err
	}
	for i, file := range files {
		if err := replaceOwn(root, temps[i], file.name, slices.Contains(f.log.Files, file.name)); err != nil {
			return err
		}
		temps[i] = "" // renamed: nothing to remove
	}
	if d, err := root.Open("."); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// replaceOwn renames the temporary file tmp to name in root, over a
// regular file at name only when ours says policysite wrote it.
func replaceOwn(root *os.Root, tmp, name string, ours bool) error {
	st, err := root.Lstat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("forms: %w", err)
	case !st.Mode().IsRegular() || !ours:
		return fmt.Errorf("forms: refusing to replace %s in %s: it appeared while the forms were written, and policysite did not write it", name, root.Name())
	}
	if err := root.Rename(tmp, name); err != nil {
		return fmt.Errorf("forms: %w", err)
	}
	return nil
}

// writeTemp writes data into a new file of root that only its owner may
// read and returns its name. The file is created exclusively (O_EXCL),
// and os.Root opens it with O_NOFOLLOW and never follows a symbolic link
// when creating exclusively: no existing file or link is written through.
func writeTemp(root *os.Root, data []byte) (string, error) {
	for range 10 {
		name := ".tmp-" + rand.Text()
		f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		err = f.Chmod(0o600) // whatever the umask
		if err == nil {
			_, err = f.Write(data)
		}
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			root.Remove(name)
			return "", err
		}
		return name, nil
	}
	return "", fmt.Errorf("cannot create a temporary file")
}
