package main

import (
	"fmt"

	"policysite/generator"
)

// plural returns "1 word" or "n words".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// buildSummary describes a finished build in one line, with the plurals
// right.
func buildSummary(s *generator.Summary) string {
	return fmt.Sprintf("built %s: %s, %s, %s (%s unchanged) in %.2fs into %s",
		plural(s.Institutions, "institution"), plural(s.Pages, "page"), plural(s.PDFs, "PDF"),
		plural(s.Files, "file"), plural(s.Reused, "institution"), s.Took.Seconds(), s.Out)
}

// checkSummary describes the content a check found valid.
func checkSummary(st *generator.Stats) string {
	return fmt.Sprintf("ok: %s, %s, %s",
		plural(st.Institutions, "institution"), plural(st.Purposes, "purpose"), plural(st.Languages, "language"))
}
