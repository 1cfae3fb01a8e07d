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
	"runtime"
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

// Check loads and validates the content in dir.
func Check(dir string) (*notice.Content, error) {
	return notice.Load(dir)
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

// Build loads and validates the content, renders every page, sign and
// form, and publishes them into opts.Out. It is the one place that knows
// the order of the build. On any error the previous output is left as it
// was.
func Build(opts Options) (*Summary, error) {
	start := time.Now()
	c, err := notice.Load(opts.Content)
	if err != nil {
		return nil, err
	}
	cat := catalog(c.Site)
	tfs, err := templateOverrides(opts.Templates)
	if err != nil {
		return nil, err
	}
	pages, err := site.New(c.Site, cat, tfs)
	if err != nil {
		return nil, err
	}
	pdfs, err := pdf.New(c.Site, cat)
	if err != nil {
		return nil, err
	}

	// Outputs whose inputs did not change since the previous build are
	// reused rather than rendered again.
	prev := readManifest(manifestPath(opts.Out))
	stamp := buildStamp(opts, tfs)
	next := &manifest{Institutions: map[string]manifestEntry{}}

	pub, err := newPublisher(opts.Out)
	if err != nil {
		return nil, err
	}
	sum := &Summary{Institutions: len(c.Institutions), Out: opts.Out}
	var mu sync.Mutex
	var errs []error
	work := make(chan *notice.Institution)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range work {
				key := institutionKey(stamp, in)
				res, err := publishInstitution(pub, pages, pdfs, in, key, prev)
				mu.Lock()
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", in.ID, err))
				} else {
					next.Institutions[in.ID] = manifestEntry{Key: key, Files: res.files}
					sum.Pages += res.pages
					sum.PDFs += res.pdfs
					if res.reused {
						sum.Reused++
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, in := range c.Institutions {
		work <- in
	}
	close(work)
	wg.Wait()

	if len(errs) == 0 {
		files, err := pages.Site(c)
		if err != nil {
			errs = append(errs, err)
		}
		for _, f := range files {
			if err := pub.Write(f.Path, f.Data); err != nil {
				errs = append(errs, err)
				break
			}
			if strings.HasSuffix(f.Path, ".html") {
				sum.Pages++
			}
		}
	}
	if len(errs) > 0 {
		pub.Abort()
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		return nil, errors.Join(errs...)
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

// published is what publishInstitution made.
type published struct {
	files       []string
	pages, pdfs int
	reused      bool
}

// publishInstitution renders (or reuses) every output of one institution:
// its pages, its CCTV signs and its attestation form.
func publishInstitution(pub *publisher, pages *site.Renderer, pdfs *pdf.Maker, in *notice.Institution, key string, prev *manifest) (published, error) {
	var res published
	count := func(p string) {
		res.files = append(res.files, p)
		switch {
		case strings.HasSuffix(p, ".html"):
			res.pages++
		case strings.HasSuffix(p, ".pdf"):
			res.pdfs++
		}
	}
	if old, ok := prev.Institutions[in.ID]; ok && old.Key == key && pub.allExist(old.Files) {
		for _, p := range old.Files {
			if ok, err := pub.Reuse(p); err != nil || !ok {
				return res, fmt.Errorf("reusing %s: %v", p, err)
			}
			count(p)
		}
		res.reused = true
		return res, nil
	}
	files, err := pages.Institution(in)
	if err != nil {
		return res, err
	}
	for _, f := range files {
		if err := pub.Write(f.Path, f.Data); err != nil {
			return res, err
		}
		count(f.Path)
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
			count(p)
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
	count(p)
	return res, nil
}

// allExist reports whether every site path exists in the previous output.
func (pb *publisher) allExist(paths []string) bool {
	if len(paths) == 0 {
		return false
	}
	for _, p := range paths {
		if checkPath(p) != nil {
			return false
		}
		st, err := os.Lstat(filepath.Join(pb.out, filepath.FromSlash(p)))
		if err != nil || !st.Mode().IsRegular() {
			return false
		}
	}
	return true
}

// manifest records, per institution, the key of the inputs its files
// were made from and the files, so that the next build can reuse them.
type manifest struct {
	Institutions map[string]manifestEntry `json:"institutions"`
}

type manifestEntry struct {
	Key   string   `json:"key"`
	Files []string `json:"files"`
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
	if err != nil || json.Unmarshal(data, m) != nil || m.Institutions == nil {
		return &manifest{Institutions: map[string]manifestEntry{}}
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

// institutionKey is the key of an institution's outputs: its content
// digest with the build stamp.
func institutionKey(stamp string, in *notice.Institution) string {
	sum := sha256.Sum256([]byte(stamp + in.Digest))
	return hex.EncodeToString(sum[:])
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
