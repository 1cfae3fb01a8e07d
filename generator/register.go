package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/register"
)

// RegisterOptions configure the record of processing activities.
type RegisterOptions struct {
	Content    string // content directory
	Controller string // controller id
	Out        string // the CSV file to write
	Lang       string // language of the record; "" means the site's default
}

// Register writes the record of processing activities (GDPR Art 30(1))
// of one controller to opts.Out as CSV and returns the number of rows,
// one per purpose of each of the controller's institutions. The record
// is an internal document: Register refuses to write it inside a
// policysite build output (a directory with the build marker at or above
// it), and over an existing file that is not such a record.
func Register(opts RegisterOptions) (int, error) {
	if opts.Out == "" {
		return 0, errors.New("register: no output file")
	}
	if err := registerTarget(opts.Out); err != nil {
		return 0, err
	}
	c, err := loadOptions().Load(opts.Content)
	if err != nil {
		return 0, err
	}
	var ctrl *notice.Controller
	var ids []string
	for _, cc := range c.Controllers {
		ids = append(ids, cc.ID)
		if cc.ID == opts.Controller {
			ctrl = cc
		}
	}
	if ctrl == nil {
		return 0, fmt.Errorf("register: no controller %q; there are: %s", opts.Controller, strings.Join(ids, ", "))
	}
	lang := opts.Lang
	if lang == "" {
		lang = c.Site.DefaultLanguage
	}
	if !slices.Contains(c.Site.Languages, lang) {
		return 0, fmt.Errorf("register: %q is not a language of the site; the site has %s", lang, strings.Join(c.Site.Languages, ", "))
	}
	data, err := register.CSV(ctrl, c.Institutions, lang)
	if err != nil {
		return 0, err
	}
	rows := 0
	for _, in := range c.Institutions {
		if in.Controller == ctrl {
			rows += len(in.Purposes)
		}
	}
	return rows, writeRegister(opts.Out, data)
}

// registerTarget refuses what documentTarget refuses, and an existing
// file that is not a record of processing activities.
func registerTarget(out string) error {
	return documentTarget(out, "the record", "a record of processing activities written by policysite", register.IsRegister)
}

// documentTarget refuses, for an internal document (what, such as "the
// record"), an output file inside a policysite build output, a
// directory, and an existing file that ours does not recognise as one
// policysite wrote (kind names what it should have been).
func documentTarget(out, what, kind string, ours func([]byte) bool) error {
	real, err := realPath(out)
	if err != nil {
		return err
	}
	if dir, _ := enclosingBuild(filepath.Dir(real)); dir != "" {
		return fmt.Errorf("register: refusing to write %s: it is inside %s, a policysite build output, which is published; write %s outside it", out, dir, what)
	}
	old, err := os.ReadFile(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		if fi, serr := os.Stat(out); serr == nil && fi.IsDir() {
			return fmt.Errorf("register: %s is a directory; give the file to write", out)
		}
		return err
	case !ours(old):
		return fmt.Errorf("register: refusing to overwrite %s: it is not %s; remove it or choose another file", out, kind)
	}
	return nil
}

// writeRegister writes data to path through a temporary file beside it,
// so that a failed write leaves the previous record whole.
func writeRegister(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".register-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
