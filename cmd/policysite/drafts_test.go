package main

import (
	"testing"
	"time"

	"policysite/generator"
	"policysite/generator/notice"
)

// TestDraftLines checks the build's lines on drafts: a version is named
// by its effective date, and a version in force that states none by
// its institution alone, never by the zero date 0001-01-01.
func TestDraftLines(t *testing.T) {
	dated := notice.Date{Time: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name string
		sum  generator.Summary
		want string
	}{
		{"undated draft", generator.Summary{Drafts: []generator.Draft{{ID: "saimite", Gaps: 16}}},
			"draft saimite: rendered marked as a draft, 16 gaps\n"},
		{"dated draft", generator.Summary{Drafts: []generator.Draft{{ID: "saimite", Gaps: 1, Version: dated}}},
			"draft saimite 2027-03-01: rendered marked as a draft, 1 gap\n"},
		{"undated skipped", generator.Summary{Skipped: []generator.Draft{{ID: "saimite", File: "content/institutions/saimite.yaml", Gaps: 2}}},
			"skipped saimite: the version in force (content/institutions/saimite.yaml) is a draft with 2 gaps (run policysite check for them; build -drafts renders it marked as a draft)\n"},
		{"dated skipped", generator.Summary{Skipped: []generator.Draft{{ID: "saimite", File: "content/institutions/saimite.yaml", Gaps: 2, Version: dated}}},
			"skipped saimite: the version in force (2027-03-01, content/institutions/saimite.yaml) is a draft with 2 gaps (run policysite check for them; build -drafts renders it marked as a draft)\n"},
		{"upcoming skipped", generator.Summary{SkippedVersions: []generator.Draft{{ID: "saimite", File: "content/institutions/saimite.yaml", Gaps: 1, Version: dated}}},
			"skipped saimite 2027-03-01: the upcoming version (content/institutions/saimite.yaml) is a draft with 1 gap; the version in force is published without it or its announcement (run policysite check for the gaps; build -drafts renders it marked as a draft)\n"},
	} {
		if got := draftLines(&c.sum); got != c.want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, c.want)
		}
	}
}
