package generator

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/pdf"
	"policysite/generator/site"
)

// Options configure a build.
type Options struct {
	Content   string // content directory
	Templates string // templates directory; files here override the built-in ones
	Out       string // output directory; see openOutput for what it may be
	// Drafts renders draft notices too, marked as drafts (issue 11); a
	// demonstration site (site.yaml demo: true) always does.
	Drafts bool
	// Date is the date the build publishes for (see BuildDate): the
	// version of each notice in force on it is current, later ones are
	// upcoming (notice.Schedule). Zero means today, in UTC.
	Date notice.Date
	// Preview marks an output that is not published, such as serve's: the
	// guard against editing a published version under its date (guard.go)
	// does not apply.
	Preview bool

	// step, when set, is called before each step of publishing that
	// changes the disk outside the new tree: tests kill the build there.
	step func(step string)
	// noExchange makes publishing take the fallback of systems without
	// an atomic exchange of directories: tests use it.
	noExchange bool
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
	Warnings     []string // "file:line:col: field: message", sorted
	// Skipped are the institutions not published because their version
	// in force is a draft, with its number of gaps; SkippedVersions the
	// upcoming versions left out, drafts, of institutions published with
	// their version in force (upcoming.go); Drafts the versions rendered
	// marked as drafts.
	Skipped, SkippedVersions, Drafts []Draft
}

// String returns a one-line summary.
func (s *Summary) String() string {
	return fmt.Sprintf("built %d institutions: %d pages, %d PDFs, %d files (%d institutions unchanged) in %.2fs into %s",
		s.Institutions, s.Pages, s.PDFs, s.Files, s.Reused, s.Took.Seconds(), s.Out)
}

// Stats counts what the content holds.
type Stats struct {
	Institutions, Purposes, Languages int
	Warnings                          []string // "file:line:col: field: message", sorted
	// Statuses are the institutions' compliance statuses, by id: see
	// Report.
	Statuses []Status
}

// Check loads and validates the content in dir, one institution at a
// time, and counts it. Like Build, it requires every character of every
// text to be one the PDF fonts draw (pdf.Covers). Its statuses are for
// date, as a build for date would publish (zero means today, in UTC).
// The error is a notice.ErrorList of every problem.
func Check(dir string, date notice.Date) (*Stats, error) {
	if date.IsZero() {
		date = notice.Today(time.Now())
	}
	tree, errs := loadOptions().Open(dir)
	entries := make([]Entry, len(tree.Files))
	statuses := make([]Status, len(tree.Files))
	lists := make([]notice.ErrorList, len(tree.Files))
	signs := newSignChecker(tree.Site, errs)
	forEach(tree.Files, func(i int, file string) {
		in, list := signs.institution(tree, file)
		lists[i] = list
		if in != nil {
			entries[i] = newEntry(in, in)
			statuses[i] = statusOf(in, notice.Schedule(in, date))
		}
	})
	st := &Stats{Languages: len(tree.Site.Languages), Warnings: lines(tree.Warnings)}
	var loaded []Entry
	for i, e := range entries {
		errs = append(errs, lists[i]...)
		if e.ID != "" {
			loaded = append(loaded, e)
			st.Institutions++
			st.Purposes += e.Purposes
			st.Warnings = append(st.Warnings, e.Warnings...)
			st.Statuses = append(st.Statuses, statuses[i])
		}
	}
	sort.Slice(st.Statuses, func(i, j int) bool { return st.Statuses[i].ID < st.Statuses[j].ID })
	finish(tree, loaded, &errs)
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
//  5. write the record of what it was made from into the new output as
//     its build marker, and switch the new output into place.
//
// The output directory is locked for the whole build. On any error
// nothing is published and the previous output stays as it was; every
// content error is reported, not just the first.
func Build(opts Options) (*Summary, error) {
	start := time.Now()
	date := opts.Date
	if date.IsZero() {
		date = notice.Today(start)
	}
	out, err := openOutput(opts)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	tree, errs := loadOptions().Open(opts.Content)
	// With broken site-wide content the institutions are still checked,
	// so that every error is reported, but nothing is rendered.
	render := len(errs) == 0
	var (
		pages *site.Renderer
		pdfs  *pdf.Maker
		outs  []output.Output
		pub   *publisher
		stamp string
	)
	if render {
		cat := catalog(tree.Site)
		tpl, err := readTemplates(opts.Templates)
		if err != nil {
			return nil, err
		}
		if pages, err = site.New(tree.Site, cat, tpl.fs); err != nil {
			return nil, err
		}
		if pdfs, err = pdf.New(tree.Site, cat); err != nil {
			return nil, err
		}
		outs = outputs(tree.Site, cat, pages, pdfs)
		if pub, err = newPublisher(out, opts.step, opts.noExchange); err != nil {
			return nil, err
		}
		stamp = buildStamp(tree.Site, tpl)
	}
	prev := readManifest(out.real)
	// What the previous output published, for the guard: kept even when
	// nothing of it can be reused.
	last := prev.Institutions
	if prev.Stamp != stamp || !isDigest(stamp) {
		prev.Institutions = nil // another program, site or templates: nothing is reused
	}

	drafts := opts.Drafts || tree.Site.Demo
	signs := newSignChecker(tree.Site, errs)
	if pdfs != nil {
		// Measure the signs with the maker that renders them: a sign is
		// laid out once for both (pdf.Maker caches the layout).
		signs = signChecker{m: pdfs, site: tree.Site}
	}
	n := len(tree.Files)
	var (
		entries = make([]Entry, n)
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
	forEach(tree.Files, func(i int, p string) {
		if old, ok := prev.Institutions[p]; ok && render && reusable(old.Entry, drafts) && unchanged(tree, p, old) && old.Current.Equal(old.currentOn(date).Time) && !stop() {
			res, err := reuse(pub, tree.Site.Languages, old.ID, old.Files)
			if err != nil {
				fail(err)
				return
			}
			if res.files != nil {
				entries[i], made[i] = relocate(old.Entry, opts.Content, p), res
				return
			}
		}
		in, list := signs.institution(tree, p)
		var cur *notice.Institution
		if in != nil {
			scheduled := notice.Schedule(in, date)
			cur = scheduled
			if !drafts {
				cur = heldBack(scheduled)
			}
			entries[i] = newEntry(in, scheduled)
			entries[i].Held = cur != scheduled
			if in == scheduled || !in.Draft() || drafts {
				// The file's version is published: the guard keeps it.
				entries[i].Model = modelDigest(in, tree.Site.Languages)
			}
			if old, ok := last[p]; ok && !opts.Preview {
				list = append(list, guard(entries[i], old.Entry)...)
			}
		}
		lists[i] = list
		if in == nil || len(list) > 0 {
			fail(nil)
			return
		}
		if cur.Draft() && !drafts {
			return // not published: listed in Summary.Skipped
		}
		if render && !stop() {
			res, err := publishInstitution(pub, outs, cur)
			if err != nil {
				fail(fmt.Errorf("%s: %w", in.ID, err))
				return
			}
			made[i] = res
		}
	})

	next := &manifest{Format: manifestFormat, Stamp: stamp, Institutions: map[string]manifestEntry{}}
	sum := &Summary{Out: opts.Out, Warnings: lines(tree.Warnings)}
	c := &notice.Content{Site: tree.Site}
	var loaded []Entry
	for i, e := range entries {
		errs = append(errs, lists[i]...)
		if e.ID == "" {
			continue
		}
		loaded = append(loaded, e)
		sum.Institutions++
		sum.Purposes += e.Purposes
		sum.Warnings = append(sum.Warnings, e.Warnings...)
		if len(e.Gaps) > 0 {
			d := Draft{ID: e.ID, File: e.CurrentFile, Gaps: len(e.Gaps), Version: e.Current}
			if !drafts {
				sum.Skipped = append(sum.Skipped, d)
				continue
			}
			sum.Drafts = append(sum.Drafts, d)
		}
		if e.Held {
			sum.SkippedVersions = append(sum.SkippedVersions, e.Upcoming...)
		} else {
			sum.Drafts = append(sum.Drafts, e.Upcoming...)
		}
		c.Institutions = append(c.Institutions, e.stub())
		next.Institutions[tree.Files[i]] = manifestEntry{Entry: e, Files: made[i].files}
		sum.Pages += made[i].pages
		sum.PDFs += made[i].pdfs
		if made[i].reused {
			sum.Reused++
		}
	}
	finish(tree, loaded, &errs)
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
		if _, err := pub.Write(f.Path, f.Data); err != nil {
			pub.Abort()
			return nil, err
		}
		if strings.HasSuffix(f.Path, ".html") {
			sum.Pages++
		}
	}

	record, err := json.Marshal(next)
	if err != nil {
		pub.Abort()
		return nil, err
	}
	sum.Files, sum.Bytes = pub.Count(), pub.bytes
	if err := pub.Commit(record); err != nil {
		return nil, err
	}
	sum.Took = time.Since(start)
	return sum, nil
}

// published is what publishInstitution made or reused.
type published struct {
	files       []fileRecord
	pages, pdfs int
	reused      bool
}

func (res *published) add(f fileRecord) {
	res.files = append(res.files, f)
	switch {
	case strings.HasSuffix(f.Path, ".html"):
		res.pages++
	case strings.HasSuffix(f.Path, ".pdf"):
		res.pdfs++
	}
}

// lines returns each error of l as one line.
func lines(l notice.ErrorList) []string {
	var out []string
	for _, e := range l {
		out = append(out, e.Error())
	}
	return out
}
