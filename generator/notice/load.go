package notice

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/url"
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

// loadSite reads site.yaml. The site's languages are read first, so that
// every text after them is checked against them.
func (l *loader) loadSite() *Site {
	// Without a readable site.yaml, texts are checked in Latvian and
	// English, the languages of the example content.
	s := &Site{Languages: []string{"lv", "en"}, DefaultLanguage: "lv"}
	l.langs = s.Languages
	root, d := l.read("site.yaml")
	if root == nil {
		return s
	}
	f := d.mapping(root, "", "title", "base_url", "languages", "default_language", "authority", "accessibility", "catalog")
	if f == nil {
		return s
	}
	d.require(f, "title", "base_url", "languages", "default_language", "authority", "accessibility")
	langNodes := map[string]*yaml.Node{}
	if f.has("languages") {
		var langs []string
		d.list(f, "languages", func(i int, n *yaml.Node, p string) {
			v, ok := d.scalar(n, p)
			if !ok {
				return
			}
			switch {
			case !langRE.MatchString(v):
				d.errorf(n, p, "%q is not a language code: use a two- or three-letter ISO 639 code such as lv or en", v)
			case contains(langs, v):
				d.errorf(n, p, "language %q is listed twice", v)
			default:
				langs = append(langs, v)
				langNodes[v] = n
			}
		})
		if len(langs) == 0 {
			d.errorf(f.vals["languages"], "languages", "list at least one language")
		} else {
			s.Languages = langs
			l.langs = langs
			d.langs = langs
		}
	}
	if def := d.str(f, "default_language"); def != "" {
		if !contains(s.Languages, def) {
			d.errorf(f.vals["default_language"], "default_language", "%q is not one of the site languages (%s)", def, strings.Join(s.Languages, ", "))
		} else {
			s.DefaultLanguage = def
		}
	}
	if !contains(s.Languages, s.DefaultLanguage) {
		s.DefaultLanguage = s.Languages[0]
	}
	s.Title = d.text(f, "title")
	s.BaseURL = d.url(f, "base_url")
	if u, err := url.Parse(s.BaseURL); err == nil && (u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(s.BaseURL, "#")) {
		d.errorf(f.vals["base_url"], "base_url", "%q has a query or fragment: write the address of the site's root, such as https://privatums.example.lv/", s.BaseURL)
	}
	if s.BaseURL != "" && !strings.HasSuffix(s.BaseURL, "/") {
		s.BaseURL += "/"
	}
	if a := f.vals["authority"]; a != nil {
		if af := d.mapping(a, "authority", "name", "address", "phone", "email", "web"); af != nil {
			d.require(af, "name", "address", "email", "web")
			s.Authority = Authority{
				Name:    d.text(af, "name"),
				Address: d.str(af, "address"),
				Phone:   d.phone(af, "phone"),
				Email:   d.email(af, "email"),
				Web:     d.url(af, "web"),
			}
		}
	}
	if a := f.vals["accessibility"]; a != nil {
		if af := d.mapping(a, "accessibility", "status", "assessed", "method", "email", "phone", "issues"); af != nil {
			d.require(af, "status", "assessed", "email")
			s.Accessibility = Accessibility{
				Status:   d.oneOf(af, "status", []string{"full", "partial", "none"}),
				Assessed: d.date(af, "assessed"),
				Method:   d.text(af, "method"),
				Email:    d.email(af, "email"),
				Phone:    d.phone(af, "phone"),
				Issues:   d.texts(af, "issues"),
			}
		}
	}
	s.Catalog = map[string]Text{}
	if cn := f.vals["catalog"]; cn != nil {
		keys := append(append([]string(nil), l.cats.Keys...), l.cats.Optional...)
		if cf := d.mapping(cn, "catalog", keys...); cf != nil {
			for _, k := range sortedKeys(cf.vals) {
				if t := d.catalogText(cf, k); len(t) > 0 {
					s.Catalog[k] = t
				}
			}
		}
	}
	// Every site language needs every catalog text: from a built-in
	// catalog or, for other languages, from catalog:.
	for _, lang := range s.Languages {
		if missing := l.cats.missing(lang, s.Catalog); len(missing) > 0 {
			at := f.node
			if n := langNodes[lang]; n != nil {
				at = n
			} else if n := f.vals["languages"]; n != nil {
				at = resolve(n)
			}
			d.errorf(at, "languages", "no catalog for %s: there is no built-in one (built in: %s) and catalog: lacks %d of its %d keys (first: %s)", langName(lang), strings.Join(l.cats.Builtin, ", "), len(missing), len(l.cats.Keys), missing[0])
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// controller decodes a controller record at path.
func (d *decoder) controller(n *yaml.Node, path string) *Controller {
	f := d.mapping(n, path, "id", "name", "reg_no", "address", "phone", "email", "web")
	if f == nil {
		return nil
	}
	d.require(f, "id", "name", "reg_no", "address", "phone", "email")
	c := &Controller{
		ID:      d.slug(f, "id"),
		Name:    d.text(f, "name"),
		RegNo:   d.regNo(f, "reg_no"),
		Address: d.str(f, "address"),
		Phone:   d.phone(f, "phone"),
		Email:   d.email(f, "email"),
		Web:     d.url(f, "web"),
		File:    d.file,
		Digest:  d.digest,
	}
	if path == "" {
		c.path = d.path
	}
	return c
}

// regNo decodes a registration number: digits, at least 6.
func (d *decoder) regNo(f *fields, key string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	ok := len(s) >= 6 && len(s) <= 20
	for _, r := range s {
		if r < '0' || r > '9' {
			ok = false
		}
	}
	if !ok {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a registration number: write its digits, such as 90000028870", s)
	}
	return s
}

// contact decodes a DPO or contact person.
func (d *decoder) contact(f *fields, key string) *Contact {
	n := f.vals[key]
	if n == nil {
		return nil
	}
	path := join(f.path, key)
	cf := d.mapping(n, path, "name", "role", "phone", "email", "address")
	if cf == nil {
		return nil
	}
	if !cf.has("email") && !cf.has("phone") {
		d.errorf(cf.node, join(path, "email"), "missing required field: give an e-mail address (and a phone if there is one)")
	}
	return &Contact{
		Name:    d.str(cf, "name"),
		Role:    d.text(cf, "role"),
		Phone:   d.phone(cf, "phone"),
		Email:   d.email(cf, "email"),
		Address: d.str(cf, "address"),
	}
}

// reservedIDs cannot be institution ids: they are paths of the site.
func reservedIDs(langs []string) []string {
	return append([]string{"accessibility", "style", "sitemap", "index"}, langs...)
}

// institution decodes an institution; archived versions must be
// self-contained.
func (d *decoder) institution(n *yaml.Node, ctrls map[string]*Controller, shared map[string]*purposeDraft, archived bool) *Institution {
	f := d.mapping(n, "", "id", "name", "reg_no", "address", "phone", "email", "web", "public",
		"controller", "dpo", "privacy_contact", "contact", "document", "defaults", "purposes",
		"exercise", "security", "cookies", "sections", "attestation", "cameras")
	if f == nil {
		return nil
	}
	d.require(f, "id", "name", "address", "phone", "email", "controller", "document", "purposes")
	in := &Institution{
		ID:             d.slug(f, "id"),
		Name:           d.text(f, "name"),
		Address:        d.str(f, "address"),
		Phone:          d.phone(f, "phone"),
		Email:          d.email(f, "email"),
		Web:            d.url(f, "web"),
		Public:         d.boolean(f, "public", true),
		DPO:            d.contact(f, "dpo"),
		PrivacyContact: d.contact(f, "privacy_contact"),
		Contact:        d.contact(f, "contact"),
		Exercise:       d.text(f, "exercise"),
		Security:       d.text(f, "security"),
		Cookies:        d.text(f, "cookies"),
		Archived:       archived,
		Cameras:        d.cameras(f.vals["cameras"]),
		File:           d.file,
		Digest:         d.digest,
	}
	if f.has("reg_no") {
		in.RegNo = d.regNo(f, "reg_no")
	}
	if in.ID != "" && contains(reservedIDs(d.langs), in.ID) {
		d.errorf(f.vals["id"], "id", "%q is reserved for a page of the site; choose another id", in.ID)
	}
	if in.Public && !f.has("dpo") {
		d.errorf(f.node, "dpo", "missing required field: a public body must name its data protection officer (GDPR Art 37(1)(a)); a private controller without one sets public: false and names a privacy_contact")
	}
	if !in.Public && !f.has("dpo") && !f.has("privacy_contact") {
		d.errorf(f.node, "privacy_contact", "missing required field: without a DPO, name the contact for data-protection questions")
	}

	if cn := f.vals["controller"]; cn != nil {
		cn = resolve(cn)
		switch {
		case cn.Kind == yaml.MappingNode:
			in.Controller = d.controller(cn, "controller")
		case archived:
			d.errorf(cn, "controller", "an archived version must be self-contained: write the controller inline as a mapping, not a reference")
		default:
			if id, ok := d.scalar(cn, "controller"); ok {
				in.Controller = ctrls[id]
				if in.Controller == nil {
					msg := fmt.Sprintf("no controller with id %q in controllers/", id)
					if s := nearest(id, sortedKeys(ctrls)); s != "" {
						msg += "; did you mean " + s + "?"
					}
					d.errorf(cn, "controller", "%s", msg)
				}
			}
		}
	}

	if dn := f.vals["document"]; dn != nil {
		if df := d.mapping(dn, "document", "title", "issued_under", "approved_by", "effective", "version", "changes"); df != nil {
			d.require(df, "title", "effective")
			in.Document = Document{
				Title:       d.text(df, "title"),
				IssuedUnder: d.text(df, "issued_under"),
				ApprovedBy:  d.text(df, "approved_by"),
				Effective:   d.date(df, "effective"),
				Changes:     d.text(df, "changes"),
			}
			if df.has("version") {
				in.Document.Version = d.str(df, "version")
			}
		}
	}

	var defaults *fields
	if dn := f.vals["defaults"]; dn != nil {
		defaults = d.mapping(dn, "defaults", "recipients", "transfers", "automated")
	}

	anchors := map[string]string{}
	d.list(f, "purposes", func(i int, pn *yaml.Node, path string) {
		pd := d.purpose(pn, path, shared)
		if pd == nil {
			return
		}
		if defaults != nil {
			pd.applyDefaults(defaults)
		}
		d.checkPurpose(pd, true)
		if in.Public && pd.p.HasBasis(LegitimateInterests) {
			d.warnf(pd.node, pd.path+".legal_basis", "a public authority cannot rely on legitimate interests for processing in the performance of its tasks (GDPR Art 6(1), second subparagraph): use public-task or legal-obligation, unless this processing lies outside the institution's tasks")
		}
		if pd.p.ID != "" {
			if prev, dup := anchors[pd.p.ID]; dup {
				d.errorf(pn, pd.path+".id", "duplicate id %q (also %s)", pd.p.ID, prev)
			} else {
				anchors[pd.p.ID] = pd.path
			}
		}
		in.Purposes = append(in.Purposes, pd.p)
	})
	if f.has("purposes") && len(in.Purposes) == 0 && len(resolve(f.vals["purposes"]).Content) == 0 {
		d.errorf(f.vals["purposes"], "purposes", "list at least one purpose")
	}

	d.list(f, "sections", func(i int, sn *yaml.Node, path string) {
		sf := d.mapping(sn, path, "id", "title", "body")
		if sf == nil {
			return
		}
		d.require(sf, "id", "title", "body")
		s := Section{ID: d.slug(sf, "id"), Title: d.text(sf, "title"), Body: d.text(sf, "body")}
		if s.ID != "" {
			if prev, dup := anchors[s.ID]; dup {
				d.errorf(sn, path+".id", "duplicate id %q (also %s)", s.ID, prev)
			} else {
				anchors[s.ID] = path
			}
		}
		in.Sections = append(in.Sections, s)
	})

	if an := f.vals["attestation"]; an != nil {
		if af := d.mapping(an, "attestation", "commitments", "breach_contact"); af != nil {
			in.Attestation = Attestation{
				Commitments:   d.texts(af, "commitments"),
				BreachContact: d.contact(af, "breach_contact"),
			}
			if af.has("commitments") && len(in.Attestation.Commitments) == 0 {
				d.errorf(af.vals["commitments"], "attestation.commitments", "list at least one commitment, or leave the field out for the default ones")
			}
		}
	}
	return in
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
