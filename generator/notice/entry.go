package notice

import (
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

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
