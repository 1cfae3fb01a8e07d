package notice

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
)

// Loaded names an institution that loaded, for the checks across
// institutions (Finish).
type Loaded struct {
	ID   string
	File string // as errors name it
}

// Finish runs the checks across institutions on the entries of those that
// loaded: duplicate ids, and archive folders without an institution. An
// archive folder is reported only when every institution file loaded:
// one that did not (a syntax error, say) may be the folder's institution,
// and its own error says what to fix. It reports to errs and returns the
// files of the duplicates, which are not to be published.
func (t *Tree) Finish(entries []Loaded, errs *ErrorList) map[string]bool {
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
	if len(entries) < len(t.Files) {
		return dup
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
