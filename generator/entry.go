package generator

import (
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"policysite/generator/notice"
)

// Entry is what a build keeps of an institution after rendering it:
// enough for the site-wide pages, the checks across institutions and the
// reuse of its outputs by the next build.
type Entry struct {
	ID   string
	File string // the institution's file as errors name it
	Name notice.Text
	// Kind is what the version in force is about (notice.Institution.Kind),
	// for its label in the lists of notices; "" for an institution.
	Kind      string        `json:",omitempty"`
	Effective notice.Date   // of the institution's file, the newest version
	Versions  []notice.Date // of the archived versions, newest first
	// Current is the effective date of the version in force on the date
	// the build published for (notice.Schedule).
	Current notice.Date
	// CurrentFile is the file of that version: File, or an archived
	// version's.
	CurrentFile string
	// Model is the SHA-256 of the institution's file as a model (its
	// canonical encoding: comments and layout do not count), as published
	// under Effective; the guard compares it with the next build's.
	Model    string
	Video    []string // ids of the video-surveillance purposes
	Purposes int
	// Inputs maps every tree file the institution was made from to its
	// SHA-256: its own, its archived versions, its controller's and its
	// shared purposes'.
	Inputs map[string]string
	Digest string
	// Warnings are the institution's warnings, one line each.
	Warnings []string `json:",omitempty"`
	// Gaps are the facts its notice does not state: a draft (issue 11).
	// A build gives those of the version in force, check those of the
	// institution's file (its report has those of each version: Status).
	Gaps []notice.Gap `json:",omitempty"`
	// Upcoming are the versions not yet in force that are drafts, and
	// Held says that the build left them out (it does unless it renders
	// drafts): see heldBack.
	Upcoming []Draft `json:",omitempty"`
	Held     bool    `json:",omitempty"`
}

// newEntry returns the entry of a loaded institution in, whose version
// in force is cur (notice.Schedule, or in itself for check).
func newEntry(in, cur *notice.Institution) Entry {
	e := Entry{ID: in.ID, File: in.File, Name: cur.Name, Effective: in.Document.Effective,
		Kind:    kindOf(cur),
		Current: cur.Document.Effective, CurrentFile: cur.File,
		Purposes: len(cur.Purposes), Inputs: map[string]string{}, Digest: in.Digest}
	for _, v := range in.Versions {
		e.Versions = append(e.Versions, v.Document.Effective)
	}
	for _, p := range cur.VideoPurposes() {
		e.Video = append(e.Video, p.ID)
	}
	for p, d := range in.Inputs() {
		e.Inputs[p] = d
	}
	for _, w := range in.Warnings {
		e.Warnings = append(e.Warnings, w.Error())
	}
	e.Gaps = cur.Gaps()
	for _, up := range cur.Upcoming {
		if gaps := up.Gaps(); len(gaps) > 0 {
			e.Upcoming = append(e.Upcoming, Draft{ID: in.ID, File: up.File, Gaps: len(gaps), Version: up.Document.Effective})
		}
	}
	if w := noteWarning(in); w != "" {
		e.Warnings = append(e.Warnings, w)
	}
	return e
}

// currentOn returns the effective date of the version of e in force on
// date, as notice.Schedule chooses it.
func (e Entry) currentOn(date notice.Date) notice.Date {
	dates := append([]notice.Date{e.Effective}, e.Versions...)
	sort.Slice(dates, func(i, j int) bool { return dates[j].Later(dates[i]) })
	return dates[notice.CurrentOn(dates, date)]
}

// stub returns an institution with only what the site-wide pages use:
// id, name, the date of the version in force, video-surveillance
// purposes and gaps (a draft).
func (e Entry) stub() *notice.Institution {
	in := &notice.Institution{ID: e.ID, Name: e.Name, Kind: e.Kind, Document: notice.Document{Effective: e.Current}, File: e.File, Unknown: e.Gaps}
	for _, d := range e.Versions {
		in.Versions = append(in.Versions, &notice.Institution{ID: e.ID, Document: notice.Document{Effective: d}, Archived: true})
	}
	for _, id := range e.Video {
		in.Purposes = append(in.Purposes, &notice.Purpose{ID: id, Video: &notice.Video{}})
	}
	return in
}

// kindOf returns in's kind as an entry keeps it: "" for an institution.
func kindOf(in *notice.Institution) string {
	if k := in.KindOf(); k != notice.KindInstitution {
		return k
	}
	return ""
}

// finish runs the checks across the institutions of entries (notice.Tree.Finish).
func finish(tree *notice.Tree, entries []Entry, errs *notice.ErrorList) map[string]bool {
	loaded := make([]notice.Loaded, len(entries))
	for i, e := range entries {
		loaded[i] = notice.Loaded{ID: e.ID, File: e.File}
	}
	return tree.Finish(loaded, errs)
}

// forEach calls fn for each of files, on as many goroutines as there are
// processors, and returns when all calls have.
func forEach(files []string, fn func(i int, file string)) {
	n := len(files)
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
				fn(i, files[i])
			}
		}()
	}
	wg.Wait()
}
