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
		fmt.Fprintf(&b, "skipped %s: the version in force (%s, %s) is a draft with %s (run policysite check for them; build -drafts renders it marked as a draft)\n", d.ID, d.Version, d.File, plural(d.Gaps, "gap"))
	}
	for _, d := range sum.SkippedVersions {
		fmt.Fprintf(&b, "skipped %s %s: the upcoming version (%s) is a draft with %s; the version in force is published without it or its announcement (run policysite check for the gaps; build -drafts renders it marked as a draft)\n", d.ID, d.Version, d.File, plural(d.Gaps, "gap"))
	}
	for _, d := range sum.Drafts {
		fmt.Fprintf(&b, "draft %s %s: rendered marked as a draft, %s\n", d.ID, d.Version, plural(d.Gaps, "gap"))
	}
	return b.String()
}
