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
// it: published, or a draft with its gaps.
type Status struct {
	ID   string
	File string
	// Gaps are "file:line:col: field: missing|not stated (Art X): what
	// to ask", by file and position; none for a complete notice.
	Gaps []string
}

// statusOf returns the status of the institution of e.
func statusOf(e Entry) Status {
	s := Status{ID: e.ID, File: e.File}
	gaps := append([]notice.Gap(nil), e.Gaps...)
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
	for _, g := range gaps {
		s.Gaps = append(s.Gaps, g.String())
	}
	return s
}

// Report returns the compliance report of the content: per institution,
// "published" or "draft: N gaps" followed by its gaps, one per line,
// indented. A draft's gaps are its to-do list: what the GDPR requires
// the notice to state and the content does not.
func (st *Stats) Report() string {
	var b strings.Builder
	for _, s := range st.Statuses {
		if len(s.Gaps) == 0 {
			fmt.Fprintf(&b, "%s: published\n", s.ID)
			continue
		}
		fmt.Fprintf(&b, "%s: draft: %d %s\n", s.ID, len(s.Gaps), plural(len(s.Gaps), "gap", "gaps"))
		for _, g := range s.Gaps {
			fmt.Fprintf(&b, "  %s\n", g)
		}
	}
	return b.String()
}

// Drafts returns the number of institutions that are drafts.
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
