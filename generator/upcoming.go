package generator

import "policysite/generator/notice"

// An upcoming draft does not hide the version in force. A build that
// does not render drafts publishes an institution when its version in
// force is complete, and leaves out only the versions not yet in force
// that are drafts: their pages and PDFs, and the announcement of them,
// wait until they are complete (Summary.SkippedVersions names them).
// When the version in force is a draft, the institution is skipped as a
// whole, even if a later version is complete: published alone, that one
// would stand at the notice's URL as the notice in force before it is.

// heldBack returns the scheduled institution cur (notice.Schedule)
// without its upcoming versions that are drafts; cur itself when it has
// none.
func heldBack(cur *notice.Institution) *notice.Institution {
	var keep []*notice.Institution
	for _, up := range cur.Upcoming {
		if !up.Draft() {
			keep = append(keep, up)
		}
	}
	if len(keep) == len(cur.Upcoming) {
		return cur
	}
	c := *cur
	c.Upcoming = keep
	return &c
}

// reusable reports whether the outputs old recorded suit a build that
// renders drafts or not: they hold the same versions as it would make.
func reusable(old Entry, drafts bool) bool {
	if len(old.Gaps) > 0 && !drafts {
		return false // the previous build rendered a draft this one skips
	}
	return len(old.Upcoming) == 0 || old.Held == !drafts
}
