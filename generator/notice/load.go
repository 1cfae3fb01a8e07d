package notice

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"go.yaml.in/yaml/v3"
)

// LoadFS reads and validates the content tree at the root of fsys and
// returns all of it. When the content has problems the error is an
// ErrorList holding all of them, sorted; file names in it start with
// prefix. A build of many institutions uses OpenFS instead, to hold one
// institution at a time.
func (o Options) LoadFS(fsys fs.FS, prefix string) (*Content, error) {
	t, errs := o.OpenFS(fsys, prefix)
	c := &Content{Site: t.Site, Controllers: t.Controllers, Shared: t.Shared}
	var loaded []Loaded
	var all []*Institution
	for _, file := range t.Files {
		in, list := t.Institution(file)
		errs = append(errs, list...)
		if in != nil {
			all = append(all, in)
			loaded = append(loaded, Loaded{ID: in.ID, File: in.File})
		}
	}
	dup := t.Finish(loaded, &errs)
	for _, in := range all {
		if !dup[in.File] {
			c.Institutions = append(c.Institutions, in)
		}
	}
	sortByID(c.Institutions, func(x *Institution) string { return x.ID })
	errs.Sort()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// loader holds the state of loading one content tree.
type loader struct {
	fsys   fs.FS
	prefix string
	errs   ErrorList
	langs  []string
	cats   Catalogs
	glyphs func(rune) bool
	tab    *tables
	// renames are the names known to have changed: the built-in rule
	// pack and site.yaml's renamed:.
	renames []Rename
	// warns are the warnings of site.yaml, controllers/ and purposes/.
	warns ErrorList
}

func (l *loader) name(p string) string {
	if l.prefix == "" {
		return p
	}
	return path.Join(l.prefix, p)
}

// read returns the parsed root node of a file and a decoder for it,
// reporting problems to the loader's errors.
func (l *loader) read(p string) (*yaml.Node, *decoder) {
	root, d := l.readTo(p, &l.errs)
	d.warns = &l.warns
	return root, d
}

// readTo is read reporting to errs, for use from several goroutines.
func (l *loader) readTo(p string, errs *ErrorList) (*yaml.Node, *decoder) {
	d := &decoder{file: l.name(p), path: p, langs: l.langs, errs: errs, glyphs: l.glyphs, tab: l.tab, renames: l.renames}
	data, err := readFile(l.fsys, p)
	sum := sha256.Sum256(data)
	d.digest = hex.EncodeToString(sum[:])
	if err != nil {
		errs.Add(Pos{File: d.file}, "", err.Error())
		return nil, d
	}
	d.src = newSource(data)
	return parseFile(d.file, data, errs), d
}

// yamlFiles lists the .yaml and .yml files in dir, sorted; a missing dir
// is empty. Other files are reported to errs.
func (l *loader) yamlFiles(dir string, errs *ErrorList) []string {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if ext := path.Ext(e.Name()); ext == ".yaml" || ext == ".yml" {
			out = append(out, path.Join(dir, e.Name()))
		} else if !strings.HasPrefix(e.Name(), ".") {
			errs.Add(Pos{File: l.name(path.Join(dir, e.Name()))}, "", "not a .yaml file; content files end in .yaml")
		}
	}
	return out
}

// checkLayout reports what the content tree holds that policysite would
// not read: a misnamed folder or a file in the wrong place would
// otherwise be left out without a word.
func (l *loader) checkLayout() {
	known := []string{"site.yaml", "controllers", "purposes", "institutions", "archive"}
	entries, err := fs.ReadDir(l.fsys, ".")
	if err != nil {
		l.errs.Add(Pos{File: l.prefix}, "", "cannot read the content directory: "+err.Error())
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || contains(known, name) || strings.EqualFold(name, "README.md") {
			continue
		}
		msg := fmt.Sprintf("not part of the content: the content directory holds %s", strings.Join(known, ", "))
		if s := nearest(name, known); s != "" {
			msg += "; did you mean " + s + "?"
		}
		l.errs.Add(Pos{File: l.name(name)}, "", msg)
	}
	for _, dir := range []string{"controllers", "purposes", "institutions"} {
		entries, _ := fs.ReadDir(l.fsys, dir)
		for _, e := range entries {
			if e.IsDir() {
				l.errs.Add(Pos{File: l.name(path.Join(dir, e.Name()))}, "", "folders inside "+dir+"/ are not read; put the files directly in "+dir+"/")
			}
		}
	}
}
