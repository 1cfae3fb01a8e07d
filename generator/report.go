package generator

import (
	"fmt"
	"sort"
	"strings"

	"policysite/generator/notice"
)

// Draft is a version of an institution's notice that has gaps (issue
// 11): the version in force, or one not yet in force.
type Draft struct {
	ID   string
	File string // the version's file: the institution's, or an archived one
	Gaps int
	// Version is the effective date of the version.
	Version notice.Date
}

// Status is the compliance status of one institution as check reports
// it for a date: that of its version in force on the date, and of its
// versions not yet in force, as build decides what it publishes
// (upcoming.go).
type Status struct {
	ID   string
	File string
	// Version is the effective date of the version in force.
	Version notice.Date
	// Gaps are those of the version in force: "file:line:col: field:
	// missing|not stated (Art X): what to ask", by file and position;
	// none for a complete notice.
	Gaps []string
	// Upcoming are the versions not yet in force, oldest first.
	Upcoming []VersionStatus
}

// VersionStatus is the compliance status of a version not yet in force.
type VersionStatus struct {
	Version notice.Date
	File    string
	Gaps    []string // as Status.Gaps
}

// statusOf returns the status of the institution in whose version in
// force is cur (notice.Schedule).
func statusOf(in, cur *notice.Institution) Status {
	s := Status{ID: in.ID, File: in.File, Version: cur.Document.Effective, Gaps: gapLines(cur.Gaps())}
	for _, up := range cur.Upcoming {
		s.Upcoming = append(s.Upcoming, VersionStatus{Version: up.Document.Effective, File: up.File, Gaps: gapLines(up.Gaps())})
	}
	return s
}

// gapLines returns each of gaps as one line, by file and position.
func gapLines(gaps []notice.Gap) []string {
	gaps = append([]notice.Gap(nil), gaps...)
	sort.SliceStable(gaps, func(i, j int) bool {
		a, b := gaps[i].Pos, gaps[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	var out []string
	for _, g := range gaps {
		out = append(out, g.String())
	}
	return out
}

// Report returns the compliance report of the content: per institution,
// "published" or "draft: N gaps" followed by its gaps, one per line,
// indented. A draft's gaps are its to-do list: what the GDPR requires
// the notice to state and the content does not.
//
// An institution with versions not yet in force is reported as build
// treats it: its version in force decides whether it is published, an
// upcoming version that is a draft is held back, and a complete one
// waits while the version in force is a draft. Its line names each
// version, and its gaps are listed under the version they belong to:
//
//	jurmalas-karte: published (the version in force, 2023-03-01); upcoming 2027-03-01: draft: 1 gap
//	  upcoming 2027-03-01:
//	    content/institutions/jurmalas-karte.yaml:…: transfers: not stated (Art 13(1)(f)): …
func (st *Stats) Report() string {
	var b strings.Builder
	for _, s := range st.Statuses {
		if len(s.Upcoming) == 0 {
			fmt.Fprintf(&b, "%s: %s\n", s.ID, state(s.Gaps))
			for _, g := range s.Gaps {
				fmt.Fprintf(&b, "  %s\n", g)
			}
			continue
		}
		fmt.Fprintf(&b, "%s: %s (%s)", s.ID, state(s.Gaps), inForce(s.Version))
		for _, up := range s.Upcoming {
			word := state(up.Gaps)
			if len(up.Gaps) == 0 && len(s.Gaps) > 0 {
				word = "complete, not published while the version in force is a draft"
			}
			fmt.Fprintf(&b, "; upcoming %s: %s", up.Version, word)
		}
		b.WriteString("\n")
		versionGaps(&b, inForce(s.Version), s.Gaps)
		for _, up := range s.Upcoming {
			versionGaps(&b, "upcoming "+up.Version.String(), up.Gaps)
		}
	}
	return b.String()
}

// inForce names the version in force effective on d: "the version in
// force, 2023-03-01", or "the version in force" when it states no date.
func inForce(d notice.Date) string {
	if !d.Dated() {
		return "the version in force"
	}
	return "the version in force, " + d.String()
}

// state returns "published" for a version without gaps, else "draft: N
// gaps".
func state(gaps []string) string {
	if len(gaps) == 0 {
		return "published"
	}
	return fmt.Sprintf("draft: %d %s", len(gaps), plural(len(gaps), "gap", "gaps"))
}

// versionGaps writes the gaps of one version under its name, if it has
// any.
func versionGaps(b *strings.Builder, name string, gaps []string) {
	if len(gaps) == 0 {
		return
	}
	fmt.Fprintf(b, "  %s:\n", name)
	for _, g := range gaps {
		fmt.Fprintf(b, "    %s\n", g)
	}
}

// Drafts returns the number of institutions whose version in force is a
// draft: those a build without -drafts skips.
func (st *Stats) Drafts() int {
	n := 0
	for _, s := range st.Statuses {
		if len(s.Gaps) > 0 {
			n++
		}
	}
	return n
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
