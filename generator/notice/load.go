package notice

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v3"
)

// LoadFS reads and validates the content tree at the root of fsys and
// returns all of it. When the content has problems the error is an
// ErrorList holding all of them, sorted; file names in it start with
// prefix. A build of many institutions uses OpenFS instead, to hold one
// institution at a time.
func (o Options) LoadFS(fsys fs.FS, prefix string) (*Content, error) {
	t, errs := o.OpenFS(fsys, prefix)
	loaded := make([]*Institution, len(t.Files))
	lists := make([]ErrorList, len(t.Files))
	t.ForEach(func(i int, file string) {
		loaded[i], lists[i] = t.Institution(file)
	})
	var entries []Entry
	c := &Content{Site: t.Site, Controllers: t.Controllers, Shared: t.Shared}
	for i, in := range loaded {
		errs = append(errs, lists[i]...)
		if in != nil {
			entries = append(entries, NewEntry(in))
		}
	}
	dup := t.Finish(entries, &errs)
	for _, in := range loaded {
		if in != nil && !dup[in.File] {
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
	return l.readTo(p, &l.errs)
}

// readTo is read reporting to errs, for use from several goroutines.
func (l *loader) readTo(p string, errs *ErrorList) (*yaml.Node, *decoder) {
	d := &decoder{file: l.name(p), path: p, langs: l.langs, errs: errs, glyphs: l.glyphs}
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

// Tree is an opened content tree: the site, the controllers and the
// shared purposes loaded and validated, and the institution files
// listed. Institutions are loaded one at a time with Institution, so that
// a build holds only those it is working on. A Tree is safe for
// concurrent use once opened.
type Tree struct {
	Site        *Site
	Controllers []*Controller // sorted by ID
	Shared      []*Purpose    // sorted by ID
	Files       []string      // institution files, paths in the tree, sorted

	l       *loader
	ctrls   map[string]*Controller
	shared  map[string]*purposeDraft
	digests map[string]string   // tree path → SHA-256, of the files loaded by Open
	archive map[string][]string // institution id → its archived versions' files
}

// OpenFS opens the content tree at the root of fsys: it loads site.yaml,
// controllers/ and purposes/, lists institutions/ and checks archive/
// (see listArchive). The errors are those of these files and folders; the
// Tree is usable even when there are some, so that institutions can be
// checked too and every error reported at once.
func (o Options) OpenFS(fsys fs.FS, prefix string) (*Tree, ErrorList) {
	l := &loader{fsys: fsys, prefix: prefix, cats: o.Catalogs, glyphs: o.Glyphs}
	t := &Tree{l: l, ctrls: map[string]*Controller{}, shared: map[string]*purposeDraft{}, digests: map[string]string{}}
	l.checkLayout()
	t.archive = l.listArchive()
	t.Site = l.loadSite()

	for _, p := range l.yamlFiles("controllers", &l.errs) {
		root, d := l.read(p)
		t.digests[p] = d.digest
		if root == nil {
			continue
		}
		if ctl := d.controller(root, ""); ctl != nil && ctl.ID != "" {
			if prev := t.ctrls[ctl.ID]; prev != nil {
				d.errorf(root, "id", "duplicate controller id %q (also in %s)", ctl.ID, prev.File)
				continue
			}
			t.ctrls[ctl.ID] = ctl
			t.Controllers = append(t.Controllers, ctl)
		}
	}
	sortByID(t.Controllers, func(x *Controller) string { return x.ID })

	for _, p := range l.yamlFiles("purposes", &l.errs) {
		root, d := l.read(p)
		t.digests[p] = d.digest
		if root == nil {
			continue
		}
		pd := d.purpose(root, "", nil)
		if pd == nil || pd.p.ID == "" {
			continue
		}
		if prev := t.shared[pd.p.ID]; prev != nil {
			d.errorf(root, "id", "duplicate shared purpose id %q (also in %s)", pd.p.ID, prev.p.File)
			continue
		}
		pd.p.Digest, pd.p.path = d.digest, p
		t.shared[pd.p.ID] = pd
		t.Shared = append(t.Shared, pd.p)
	}
	for _, pd := range t.shared {
		pd.d.checkPurpose(pd, false)
	}
	sortByID(t.Shared, func(x *Purpose) string { return x.ID })

	t.Files = l.yamlFiles("institutions", &l.errs)
	return t, l.errs
}

// Institution loads and validates the institution in the tree file p with
// its archived versions, and computes its Digest. It returns nil when the
// file cannot be read as an institution.
func (t *Tree) Institution(p string) (*Institution, ErrorList) {
	var errs ErrorList
	root, d := t.l.readTo(p, &errs)
	if root == nil {
		return nil, errs
	}
	var warns ErrorList
	d.warns = &warns
	in := d.institution(root, t.ctrls, t.shared, false)
	if in == nil || in.ID == "" {
		return nil, errs
	}
	warns.Sort()
	in.Warnings = warns
	in.inputs = append(in.inputs, input{p, d.digest})
	if in.Controller != nil && in.Controller.path != "" {
		in.inputs = append(in.inputs, input{in.Controller.path, in.Controller.Digest})
	}
	for _, pur := range in.Purposes {
		if pur.Shared != "" {
			in.inputs = append(in.inputs, input{pur.path, pur.Digest})
		}
	}
	t.loadVersions(in, &errs)
	in.Digest = digest(in)
	return in, errs
}

// input is one file an institution is made from.
type input struct{ path, digest string }

// digest hashes the paths and digests of every file an institution is
// made from.
func digest(in *Institution) string {
	h := sha256.New()
	for _, src := range in.inputs {
		io.WriteString(h, src.path+"\x00"+src.digest+"\x00")
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ArchiveFiles lists the archived versions of institution id.
// OpenFS listed them, and refused what archive/<id>/ holds besides.
func (t *Tree) ArchiveFiles(id string) []string {
	return append([]string(nil), t.archive[id]...)
}

// Digest returns the SHA-256 of the tree file p as loading computes it,
// reading the file unless Open already did; "" when it cannot be read.
func (t *Tree) Digest(p string) string {
	if d, ok := t.digests[p]; ok {
		return d
	}
	data, err := readFile(t.l.fsys, p)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Entry is what a build keeps of an institution after rendering it:
// enough for the site-wide pages, the checks across institutions and the
// reuse of its outputs by the next build.
type Entry struct {
	ID        string
	File      string // the institution's file as errors name it
	Name      Text
	Effective Date
	Versions  []Date   // of the archived versions, newest first
	Video     []string // ids of the video-surveillance purposes
	Purposes  int
	// Inputs maps every tree file the institution was made from to its
	// SHA-256: its own, its archived versions, its controller's and its
	// shared purposes'.
	Inputs map[string]string
	Digest string
	// Warnings are the institution's warnings, one line each.
	Warnings []string `json:",omitempty"`
}

// NewEntry returns the entry of a loaded institution.
func NewEntry(in *Institution) Entry {
	e := Entry{ID: in.ID, File: in.File, Name: in.Name, Effective: in.Document.Effective,
		Purposes: len(in.Purposes), Inputs: map[string]string{}, Digest: in.Digest}
	for _, v := range in.Versions {
		e.Versions = append(e.Versions, v.Document.Effective)
	}
	for _, p := range in.VideoPurposes() {
		e.Video = append(e.Video, p.ID)
	}
	for _, src := range in.inputs {
		e.Inputs[src.path] = src.digest
	}
	for _, w := range in.Warnings {
		e.Warnings = append(e.Warnings, w.Error())
	}
	return e
}

// Stub returns an institution with only what the site-wide pages use:
// id, name, dates and video-surveillance purposes.
func (e Entry) Stub() *Institution {
	in := &Institution{ID: e.ID, Name: e.Name, Document: Document{Effective: e.Effective}, File: e.File}
	for _, d := range e.Versions {
		in.Versions = append(in.Versions, &Institution{ID: e.ID, Document: Document{Effective: d}, Archived: true})
	}
	for _, id := range e.Video {
		in.Purposes = append(in.Purposes, &Purpose{ID: id, Video: &Video{}})
	}
	return in
}

// Finish runs the checks across institutions on the entries of those that
// loaded: duplicate ids, and archive folders without an institution. It
// reports to errs and returns the files of the duplicates, which are not
// to be published.
func (t *Tree) Finish(entries []Entry, errs *ErrorList) map[string]bool {
	sort.Slice(entries, func(i, j int) bool { return entries[i].File < entries[j].File })
	byID := map[string]string{}
	dup := map[string]bool{}
	for _, e := range entries {
		if prev, ok := byID[e.ID]; ok {
			errs.Add(Pos{e.File, 1, 1}, "id", fmt.Sprintf("duplicate institution id %q (also in %s)", e.ID, prev))
			dup[e.File] = true
			continue
		}
		byID[e.ID] = e.File
	}
	dirs, err := fs.ReadDir(t.l.fsys, "archive")
	if err != nil {
		return dup
	}
	for _, dir := range dirs {
		p := path.Join("archive", dir.Name())
		// OpenFS reported what is not a folder.
		if dir.IsDir() && byID[dir.Name()] == "" {
			errs.Add(Pos{File: t.l.name(p)}, "", fmt.Sprintf("no institution with id %q for this archive folder", dir.Name()))
		}
	}
	return dup
}

// ForEach calls fn for each institution file t.Files[i], on as many
// goroutines as there are processors, and returns when all calls have.
func (t *Tree) ForEach(fn func(i int, file string)) {
	n := len(t.Files)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i, t.Files[i])
			}
		}()
	}
	wg.Wait()
}

// loadVersions reads archive/<id>/<date>.yaml into the institution's
// Versions, newest first.
func (t *Tree) loadVersions(cur *Institution, errs *ErrorList) {
	for _, fp := range t.archive[cur.ID] {
		root, d := t.l.readTo(fp, errs)
		cur.inputs = append(cur.inputs, input{fp, d.digest})
		if root == nil {
			continue
		}
		old := d.institution(root, t.ctrls, nil, true)
		if old == nil {
			continue
		}
		date := strings.TrimSuffix(strings.TrimSuffix(path.Base(fp), ".yaml"), ".yml")
		switch {
		case old.ID != "" && old.ID != cur.ID:
			d.errorf(root, "id", "an archived version of %q must keep the id %q", cur.ID, cur.ID)
		case !old.Document.Effective.IsZero() && old.Document.Effective.String() != date:
			d.errorf(root, "document.effective", "%s does not match the file name %s.yaml: name an archived version by its effective date", old.Document.Effective, date)
		case !old.Document.Effective.IsZero() && !cur.Document.Effective.IsZero() && !old.Document.Effective.Before(cur.Document.Effective.Time):
			d.errorf(root, "document.effective", "%s is not earlier than the current version's %s: give the current version (%s) its new, later effective date", old.Document.Effective, cur.Document.Effective, cur.File)
		}
		cur.Versions = append(cur.Versions, old)
	}
	sort.Slice(cur.Versions, func(i, j int) bool {
		return cur.Versions[i].Document.Effective.After(cur.Versions[j].Document.Effective.Time)
	})
}
