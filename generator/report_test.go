package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestCheckReportVersions checks that check reports an institution with
// an upcoming version as build treats it on the same date: published by
// its version in force, an upcoming draft held back, and skipped as a
// whole when the version in force is a draft, the gaps listed under the
// version they belong to.
func TestCheckReportVersions(t *testing.T) {
	const (
		gap      = ": defaults.transfers: not stated (Art 13(1)(f)): ask the card's service whether any data leave the EU/EEA\n"
		inForce  = "jurmalas-karte: published (the version in force, 2023-03-01); "
		archived = "content/archive/jurmalas-karte/2023-03-01.yaml:47:14"
		file     = "content/institutions/jurmalas-karte.yaml:57:14"
	)
	for _, c := range []struct {
		name string
		gap  string // the file with the gap: archived, file or none
		date notice.Date
		want string
	}{
		{"both complete", "", testDate, inForce + "upcoming 2027-03-01: published\n"},
		{"upcoming draft", file, testDate, inForce + "upcoming 2027-03-01: draft: 1 gap\n" +
			"  upcoming 2027-03-01:\n" +
			"    " + file + gap},
		{"draft in force", archived, testDate, "jurmalas-karte: draft: 1 gap (the version in force, 2023-03-01); upcoming 2027-03-01: complete, not published while the version in force is a draft\n" +
			"  the version in force, 2023-03-01:\n" +
			"    " + archived + gap},
		// Once the upcoming version is in force, the simple form again.
		{"draft no longer in force", archived, day("2027-06-01"), "jurmalas-karte: published\n"},
		{"draft now in force", file, day("2027-06-01"), "jurmalas-karte: draft: 1 gap\n  " + file + gap},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, _, _ := upcomingContent(t, func(old bool, b []byte) []byte {
				if c.gap != "" && old == (c.gap == archived) {
					return notStatedTransfers(t, b)
				}
				return b
			})
			st, err := Check(dir, c.date)
			if err != nil {
				t.Fatal(err)
			}
			report := strings.ReplaceAll(st.Report(), filepath.ToSlash(dir)+"/", "content/")
			got := block(report, "jurmalas-karte:")
			if got != c.want {
				t.Errorf("report:\n%s\nwant:\n%s", got, c.want)
			}

			sum, err := Build(Options{Content: dir, Out: filepath.Join(t.TempDir(), "public"), Date: c.date})
			if err != nil {
				t.Fatal(err)
			}
			skipped := false
			for _, d := range sum.Skipped {
				skipped = skipped || d.ID == "jurmalas-karte"
			}
			if published := strings.HasPrefix(got, "jurmalas-karte: published"); published == skipped {
				t.Errorf("check says published %v, build skipped %v", published, skipped)
			}
		})
	}
}

// block returns the line of report that starts with prefix and the
// indented lines after it.
func block(report, prefix string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.SplitAfter(report, "\n") {
		if strings.HasPrefix(l, prefix) {
			in = true
		} else if !strings.HasPrefix(l, " ") {
			in = false
		}
		if in {
			b.WriteString(l)
		}
	}
	return b.String()
}

// TestInForce checks that the check report names a version in force
// that states no effective date without the zero date.
func TestInForce(t *testing.T) {
	if got := inForce(notice.Date{}); got != "the version in force" {
		t.Errorf("undated: %q", got)
	}
	if got := inForce(day("2023-03-01")); got != "the version in force, 2023-03-01" {
		t.Errorf("dated: %q", got)
	}
}
