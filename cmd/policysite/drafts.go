package main

import (
	"fmt"
	"strings"

	"policysite/generator"
)

// draftLines tells which draft notices a build skipped and which it
// rendered marked as drafts, one line each.
func draftLines(sum *generator.Summary) string {
	var b strings.Builder
	for _, d := range sum.Skipped {
		fmt.Fprintf(&b, "skipped %s: the version in force (%s) is a draft with %s (run policysite check for them; build -drafts renders it marked as a draft)\n", d.ID, dateAnd(d, d.File), plural(d.Gaps, "gap"))
	}
	for _, d := range sum.SkippedVersions {
		fmt.Fprintf(&b, "skipped %s: the upcoming version (%s) is a draft with %s; the version in force is published without it or its announcement (run policysite check for the gaps; build -drafts renders it marked as a draft)\n", draftName(d), d.File, plural(d.Gaps, "gap"))
	}
	for _, d := range sum.Drafts {
		fmt.Fprintf(&b, "draft %s: rendered marked as a draft, %s\n", draftName(d), plural(d.Gaps, "gap"))
	}
	return b.String()
}

// draftName names a draft version: its institution's id and its
// effective date, or the id alone for a version in force that states no
// date (never the zero date 0001-01-01).
func draftName(d generator.Draft) string {
	if !d.Version.Dated() {
		return d.ID
	}
	return d.ID + " " + d.Version.String()
}

// dateAnd returns the version's effective date and s, comma-separated;
// s alone when the version states no date.
func dateAnd(d generator.Draft, s string) string {
	if !d.Version.Dated() {
		return s
	}
	return d.Version.String() + ", " + s
}
