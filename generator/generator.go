package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/pdf"
	"policysite/generator/site"
	"policysite/generator/urls"
)

// Options configure a build.
type Options struct {
	Content   string // content directory
	Templates string // templates directory; files here override the built-in ones
	Out       string // output directory
}

// Summary tells what a build made.
type Summary struct {
	Institutions int
	Purposes     int
	Pages        int // HTML pages
	PDFs         int
	Files        int // all files, including the stylesheet and sitemap
	Reused       int // institutions whose files were reused unchanged
	Bytes        int64
	Took         time.Duration
	Out          string
}

// String returns a one-line summary.
func (s *Summary) String() string {
	return fmt.Sprintf("built %d institutions: %d pages, %d PDFs, %d files (%d institutions unchanged) in %.2fs into %s",
		s.Institutions, s.Pages, s.PDFs, s.Files, s.Reused, s.Took.Seconds(), s.Out)
}

// Stats counts what the content holds.
type Stats struct {
	Institutions, Purposes, Languages int
}

// Check loads and validates the content in dir, one institution at a
// time, and counts it. The error is a notice.ErrorList of every problem.
func Check(dir string) (*Stats, error) {
	tree, errs := notice.Open(dir)
	entries := make([]notice.Entry, len(tree.Files))
	lists := make([]notice.ErrorList, len(tree.Files))
	tree.ForEach(func(i int, file string) {
		in, list := tree.Institution(file)
		lists[i] = list
		if in != nil {
			entries[i] = notice.NewEntry(in)
		}
	})
	st := &Stats{Languages: len(tree.Site.Languages)}
	var loaded []notice.Entry
	for i, e := range entries {
		errs = append(errs, lists[i]...)
		if e.ID != "" {
			loaded = append(loaded, e)
			st.Institutions++
			st.Purposes += e.Purposes
		}
	}
	tree.Finish(loaded, &errs)
	errs.Sort()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return st, nil
}

// catalog returns the built-in catalog with the site's overrides.
func catalog(s *notice.Site) *i18n.Catalog {
	over := map[string]map[string]string{}
	for k, t := range s.Catalog {
		over[k] = t
	}
	return i18n.New(over)
}

// templateOverrides returns the user's templates directory, or nil when
// it does not exist.
func templateOverrides(dir string) (fs.FS, error) {
	if dir == "" {
		return nil, nil
	}
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("templates: %s is not a directory", dir)
	}
	return os.DirFS(dir), nil
}

// Build validates the content, renders every page, sign and form, and
// publishes them into opts.Out. It is the one place that knows the order
// of a build:
//
//  1. open the content tree: the site, controllers and shared purposes;
//  2. per institution, in parallel: reuse its outputs from the previous
//     build when none of its input files changed, or else load, validate,
//     render and write it, holding only that institution in memory;
//  3. check across institutions (duplicate ids, stray archive folders);
//  4. render the site-wide pages from what step 2 kept of each;
//  5. swap the new output into place and record what it was made from.
//
// On any error nothing is published and the previous output stays as it
// was; every content error is reported, not just the first.
func Build(opts Options) (*Summary, error) {
	start := time.Now()
	tree, errs := notice.Open(opts.Content)
	// With broken site-wide content the institutions are still checked,
	// so that every error is reported, but nothing is rendered.
	render := len(errs) == 0
	var (
		pages *site.Renderer
		pdfs  *pdf.Maker
		pub   *publisher
		stamp string
	)
	if render {
		cat := catalog(tree.Site)
		tfs, err := templateOverrides(opts.Templates)
		if err != nil {
			return nil, err
		}
		if pages, err = site.New(tree.Site, cat, tfs); err != nil {
			return nil, err
		}
		if pdfs, err = pdf.New(tree.Site, cat); err != nil {
			return nil, err
		}
		if pub, err = newPublisher(opts.Out); err != nil {
			return nil, err
		}
		stamp = buildStamp(opts, tfs)
	}
	prev := readManifest(manifestPath(opts.Out))
	if prev.Stamp != stamp {
		prev.Institutions = nil // another program, site or templates: nothing is reused
	}

	n := len(tree.Files)
	var (
		entries = make([]notice.Entry, n)
		lists   = make([]notice.ErrorList, n)
		made    = make([]published, n)
		mu      sync.Mutex
		failed  bool // stop rendering: an error will abort the build
		rerrs   []error
	)
	stop := func() bool { mu.Lock(); defer mu.Unlock(); return failed }
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		failed = true
		if err != nil {
			rerrs = append(rerrs, err)
		}
	}
	tree.ForEach(func(i int, p string) {
		if old, ok := prev.Institutions[p]; ok && render && unchanged(tree, p, old) && !stop() {
			res, err := reuse(pub, old.ID, old.Files)
			if err != nil {
				fail(err)
				return
			}
			if res.files != nil {
				entries[i], made[i] = old.Entry, res
				return
			}
		}
		in, list := tree.Institution(p)
		lists[i] = list
		if in != nil {
			entries[i] = notice.NewEntry(in)
		}
		if in == nil || len(list) > 0 {
			fail(nil)
			return
		}
		if render && !stop() {
			res, err := publishInstitution(pub, pages, pdfs, in)
			if err != nil {
				fail(fmt.Errorf("%s: %w", in.ID, err))
				return
			}
			made[i] = res
		}
	})

	next := &manifest{Stamp: stamp, Institutions: map[string]manifestEntry{}}
	sum := &Summary{Out: opts.Out}
	c := &notice.Content{Site: tree.Site}
	var loaded []notice.Entry
	for i, e := range entries {
		errs = append(errs, lists[i]...)
		if e.ID == "" {
			continue
		}
		loaded = append(loaded, e)
		c.Institutions = append(c.Institutions, e.Stub())
		next.Institutions[tree.Files[i]] = manifestEntry{Entry: e, Files: made[i].files}
		sum.Institutions++
		sum.Purposes += e.Purposes
		sum.Pages += made[i].pages
		sum.PDFs += made[i].pdfs
		if made[i].reused {
			sum.Reused++
		}
	}
	tree.Finish(loaded, &errs)
	if len(errs) > 0 || len(rerrs) > 0 || !render {
		if pub != nil {
			pub.Abort()
		}
		if len(errs) > 0 {
			errs.Sort()
			return nil, errs
		}
		sort.Slice(rerrs, func(i, j int) bool { return rerrs[i].Error() < rerrs[j].Error() })
		return nil, errors.Join(rerrs...)
	}

	sort.Slice(c.Institutions, func(i, j int) bool { return c.Institutions[i].ID < c.Institutions[j].ID })
	files, err := pages.Site(c)
	if err != nil {
		pub.Abort()
		return nil, err
	}
	for _, f := range files {
		if err := pub.Write(f.Path, f.Data); err != nil {
			pub.Abort()
			return nil, err
		}
		if strings.HasSuffix(f.Path, ".html") {
			sum.Pages++
		}
	}

	mpath := manifestPath(opts.Out)
	os.Remove(mpath) // a stale manifest must never describe the new output
	sum.Files, sum.Bytes = pub.Count(), pub.bytes
	if err := pub.Commit(); err != nil {
		return nil, err
	}
	writeManifest(mpath, next)
	sum.Took = time.Since(start)
	return sum, nil
}

// published is what publishInstitution made or reused.
type published struct {
	files       []string
	pages, pdfs int
	reused      bool
}

func (res *published) add(p string) {
	res.files = append(res.files, p)
	switch {
	case strings.HasSuffix(p, ".html"):
		res.pages++
	case strings.HasSuffix(p, ".pdf"):
		res.pdfs++
	}
}

// unchanged reports whether none of the files an institution was made
// from has changed since the previous build: its own file, its
// controller's, its shared purposes' and its archived versions, with no
// archived version added or removed.
func unchanged(tree *notice.Tree, p string, old manifestEntry) bool {
	if old.Inputs[p] == "" || len(old.Files) == 0 {
		return false
	}
	archived := 0
	for _, a := range tree.ArchiveFiles(old.ID) {
		if old.Inputs[a] == "" {
			return false
		}
		archived++
	}
	if archived != len(old.Versions) {
		return false
	}
	for file, digest := range old.Inputs {
		if tree.Digest(file) != digest {
			return false
		}
	}
	return true
}

// reuse takes an institution's files from the previous output: the
// directories that hold them move into the new output at Commit. It
// returns no files, and takes nothing, when any of them is missing.
func reuse(pub *publisher, id string, files []string) (published, error) {
	var res published
	dirs := map[string]bool{}
	for _, p := range files {
		// An institution's outputs are its pages under <lang>/<id>/ and
		// its PDFs under <id>/: urls keeps them there.
		parts := strings.SplitN(p, "/", 3)
		switch {
		case len(parts) == 3 && parts[1] == id:
			dirs[parts[0]+"/"+id] = true
		case len(parts) == 2 && parts[0] == id:
			dirs[id] = true
		default:
			return res, nil
		}
	}
	ok, err := pub.Adopt(sortedKeys(dirs), files)
	if err != nil || !ok {
		return res, err
	}
	for _, p := range files {
		res.add(p)
	}
	res.reused = true
	return res, nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// publishInstitution renders and writes every output of one institution:
// its pages, its CCTV signs and its attestation form.
func publishInstitution(pub *publisher, pages *site.Renderer, pdfs *pdf.Maker, in *notice.Institution) (published, error) {
	var res published
	files, err := pages.Institution(in)
	if err != nil {
		return res, err
	}
	for _, f := range files {
		if err := pub.Write(f.Path, f.Data); err != nil {
			return res, err
		}
		res.add(f.Path)
	}
	if len(in.VideoPurposes()) > 0 {
		for _, size := range []string{"a4", "a3"} {
			data, err := pdfs.Sign(in, size)
			if err != nil {
				return res, fmt.Errorf("CCTV sign: %w", err)
			}
			p := urls.Sign(in.ID, size)
			if err := pub.Write(p, data); err != nil {
				return res, err
			}
			res.add(p)
		}
	}
	data, err := pdfs.Form(in, nil)
	if err != nil {
		return res, fmt.Errorf("attestation form: %w", err)
	}
	p := urls.Form(in.ID)
	if err := pub.Write(p, data); err != nil {
		return res, err
	}
	res.add(p)
	return res, nil
}

// manifest records what an output was made from, so that the next build
// can reuse the files of institutions whose inputs did not change.
type manifest struct {
	// Stamp hashes what every output depends on: the program, the site
	// file and the templates.
	Stamp string `json:"stamp"`
	// Institutions are keyed by their file in the content tree.
	Institutions map[string]manifestEntry `json:"institutions"`
}

type manifestEntry struct {
	notice.Entry
	Files []string `json:"files"` // the institution's outputs, site paths
}

// manifestPath is where the manifest of the output out is kept: beside
// it, so that it is not uploaded with the site.
func manifestPath(out string) string {
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".manifest.json")
}

func readManifest(p string) *manifest {
	m := &manifest{}
	data, err := os.ReadFile(p)
	if err != nil || json.Unmarshal(data, m) != nil {
		return &manifest{}
	}
	return m
}

func writeManifest(p string, m *manifest) {
	data, err := json.Marshal(m)
	if err == nil {
		os.WriteFile(p, data, 0o644)
	}
}

// buildStamp hashes what every output depends on besides its
// institution: the program itself, the site file and the template
// overrides. When the program cannot be read the stamp is unique, and
// nothing is reused.
func buildStamp(opts Options, tfs fs.FS) string {
	h := sha256.New()
	exe, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(exe); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprint(h, time.Now().UnixNano())
	}
	site, _ := os.ReadFile(filepath.Join(opts.Content, "site.yaml"))
	h.Write(site)
	if tfs != nil {
		fs.WalkDir(tfs, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			data, _ := fs.ReadFile(tfs, p)
			fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
			h.Write(data)
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// FormsOptions configure the pre-filled attestation forms.
type FormsOptions struct {
	Content     string // content directory
	Institution string // institution id
	Staff       string // staff list CSV
	Out         string // directory for the forms
	Site        string // the site's output directory, which Out must not be inside
}

// Forms writes one attestation form per person on the staff list,
// pre-filled with the person's name and position, into opts.Out. Staff
// names are personal data: Out may not be inside the site's output.
func Forms(opts FormsOptions) ([]string, error) {
	if in, err := inside(opts.Out, opts.Site); err != nil {
		return nil, err
	} else if in {
		return nil, fmt.Errorf("forms: refusing to write pre-filled forms into %s: it is inside the site's output %s, and staff names are personal data; choose a directory outside it", opts.Out, opts.Site)
	}
	if in, err := inside(opts.Site, opts.Out); err == nil && in {
		return nil, fmt.Errorf("forms: refusing to write pre-filled forms into %s: the site's output %s is inside it", opts.Out, opts.Site)
	}
	c, err := notice.Load(opts.Content)
	if err != nil {
		return nil, err
	}
	var inst *notice.Institution
	var ids []string
	for _, in := range c.Institutions {
		ids = append(ids, in.ID)
		if in.ID == opts.Institution {
			inst = in
		}
	}
	if inst == nil {
		return nil, fmt.Errorf("forms: no institution %q; there are: %s", opts.Institution, strings.Join(ids, ", "))
	}
	data, err := os.ReadFile(opts.Staff)
	if err != nil {
		return nil, err
	}
	staff, err := pdf.ReadStaff(bytes.NewReader(data), opts.Staff)
	if err != nil {
		return nil, err
	}
	maker, err := pdf.New(c.Site, catalog(c.Site))
	if err != nil {
		return nil, err
	}
	var files []formFile
	for i, p := range staff {
		doc, err := maker.Form(inst, &p)
		if err != nil {
			return nil, err
		}
		files = append(files, formFile{name: fmt.Sprintf("%03d-%s.pdf", i+1, fileSlug(p.Name)), data: doc})
	}
	return writeForms(opts.Out, files)
}

// fileSlug turns a name into a safe file name part: "Jānis Bērziņš" →
// "janis-berzins".
func fileSlug(name string) string {
	const from, to = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ"
	fold := map[rune]rune{}
	tr := []rune(to)
	for i, r := range []rune(from) {
		fold[r] = tr[i]
	}
	var b strings.Builder
	dash := false
	for _, r := range name {
		if f, ok := fold[r]; ok {
			r = f
		}
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "form"
	}
	return s
}

// formFile is one pre-filled form.
type formFile struct {
	name string
	data []byte
}

// writeForms writes the forms into dir, readable by the owner only since
// they hold personal data.
func writeForms(dir string, files []formFile) ([]string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o600); err != nil {
			return out, err
		}
		out = append(out, p)
	}
	return out, nil
}

// Archive writes the current version of institution id into the content
// archive as a self-contained file, so that it stays published at its
// permanent URL after the current content changes. It returns the file
// written and refuses to overwrite one.
func Archive(content, id string) (string, error) {
	c, err := notice.Load(content)
	if err != nil {
		return "", err
	}
	for _, in := range c.Institutions {
		if in.ID != id {
			continue
		}
		data, err := notice.Marshal(in, c.Site.Languages)
		if err != nil {
			return "", err
		}
		dir := filepath.Join(content, "archive", id)
		file := filepath.Join(dir, in.Document.Effective.String()+".yaml")
		if _, err := os.Stat(file); err == nil {
			return "", fmt.Errorf("archive: %s exists: the version effective %s is already archived", file, in.Document.Effective)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		return file, os.WriteFile(file, data, 0o644)
	}
	return "", fmt.Errorf("archive: no institution %q", id)
}
