package notice

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

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
	// Warnings are the warnings of site.yaml, controllers/ and purposes/
	// (an institution's own are in its Warnings).
	Warnings ErrorList

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
	l := &loader{fsys: fsys, prefix: prefix, cats: o.Catalogs, glyphs: o.Glyphs, tab: newTables(), renames: BuiltinRenames()}
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
	if o.Presets != nil {
		t.addPresets(o.Presets)
	}

	t.Files = l.yamlFiles("institutions", &l.errs)
	l.warns.Sort()
	t.Warnings = l.warns
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

// Inputs maps every tree file the institution was made from to its
// SHA-256: its own, its archived versions, its controller's and its
// shared purposes'. A build that finds them unchanged may reuse its
// outputs.
func (in *Institution) Inputs() map[string]string {
	m := make(map[string]string, len(in.inputs))
	for _, src := range in.inputs {
		m[src.path] = src.digest
	}
	return m
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

// loadVersions reads archive/<id>/<date>.yaml into the institution's
// Versions, newest first.
func (t *Tree) loadVersions(cur *Institution, errs *ErrorList) {
	for _, fp := range t.archive[cur.ID] {
		root, d := t.l.readTo(fp, errs)
		// An archived version is kept as it was: what it cites is warned
		// of, not refused (see checkText).
		d.warns = &cur.Warnings
		cur.inputs = append(cur.inputs, input{fp, d.digest})
		if root == nil {
			continue
		}
		old := d.institution(root, t.ctrls, nil, true)
		if old == nil {
			continue
		}
		date := strings.TrimSuffix(strings.TrimSuffix(path.Base(fp), ".yaml"), ".yml")
		if old.Document.Effective.IsZero() { // named by its date
			if t, err := time.Parse("2006-01-02", date); err == nil {
				old.Document.Effective = Date{t}
				old.Document.Unknown = old.Document.Unknown.without("effective")
			}
		}
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
	cur.Warnings.Sort()
	sort.Slice(cur.Versions, func(i, j int) bool {
		return cur.Versions[i].Document.Effective.After(cur.Versions[j].Document.Effective.Time)
	})
}
