package generator

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// upcomingContent returns the example content as a real site (not a
// demonstration) in which jurmalas-karte's version of 2023-03-01 is
// archived and its file is a new version effective 2027-03-01, upcoming
// on testDate. edit changes the text of the archived version (archived
// true) or of the file.
func upcomingContent(t *testing.T, edit func(archived bool, b []byte) []byte) (dir, archive, file string) {
	t.Helper()
	dir = copyDir(t, versionedContent)
	replace := func(p, old, new string) {
		t.Helper()
		b, err := os.ReadFile(p)
		if err != nil || !bytes.Contains(b, []byte(old)) {
			t.Fatalf("test setup: %q not in %s (%v)", old, p, err)
		}
		if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	replace(filepath.Join(dir, "site.yaml"), "demo: true\n", "")
	archive, err := Archive(dir, "jurmalas-karte", "")
	if err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(dir, "institutions", "jurmalas-karte.yaml")
	replace(file, "effective: 2023-03-01", "effective: 2027-03-01")
	for _, p := range []string{archive, file} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, edit(p == archive, b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, archive, file
}

// notStatedTransfers makes the first statement on transfers in b a gap.
func notStatedTransfers(t *testing.T, b []byte) []byte {
	t.Helper()
	if !bytes.Contains(b, []byte("transfers: none")) {
		t.Fatal("test setup: no transfers: none")
	}
	return bytes.Replace(b, []byte("transfers: none"), []byte("transfers: {unknown: ask the card's service whether any data leave the EU/EEA}"), 1)
}

// outputMentions returns the output files under out, the build marker
// aside, whose path or text contains s, as slash paths relative to out.
func outputMentions(t *testing.T, out, s string) []string {
	t.Helper()
	var found []string
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == buildMarker {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.Contains(filepath.ToSlash(rel), s) || bytes.Contains(b, []byte(s)) {
			found = append(found, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// TestBuildUpcomingDraft checks that an upcoming version that is a draft
// does not hide the version in force: without -drafts the version in
// force is published with its archive, and only the upcoming draft (its
// pages, PDFs and the announcement of it) is left out and named; with
// -drafts the upcoming draft is rendered marked as a draft, and the
// version in force is not; and neither build reuses the other's files.
func TestBuildUpcomingDraft(t *testing.T) {
	dir, _, file := upcomingContent(t, func(archived bool, b []byte) []byte {
		if archived {
			return b
		}
		return notStatedTransfers(t, b)
	})
	out := filepath.Join(t.TempDir(), "public")
	read := func(p string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	const name = "Jūrmalas iedzīvotāja karte"
	withoutDrafts := func(when string, reused int) {
		t.Helper()
		sum, err := Build(Options{Content: dir, Out: out, Date: testDate})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range sum.Skipped {
			if d.ID == "jurmalas-karte" {
				t.Errorf("%s: skipped as a whole: %+v", when, d)
			}
		}
		want := Draft{ID: "jurmalas-karte", File: file, Gaps: 1, Version: day("2027-03-01")}
		if len(sum.SkippedVersions) != 1 || sum.SkippedVersions[0] != want {
			t.Errorf("%s: skipped versions %+v, want %+v", when, sum.SkippedVersions, want)
		}
		if sum.Reused != reused {
			t.Errorf("%s: %d institutions reused, want %d", when, sum.Reused, reused)
		}
		page := read("lv/jurmalas-karte/index.html")
		for _, n := range []string{"draft-banner", "noindex", `class="announce"`} {
			if strings.Contains(page, n) {
				t.Errorf("%s: the version in force has %q", when, n)
			}
		}
		if !strings.Contains(read("sitemap.xml"), "/lv/jurmalas-karte/") || !strings.Contains(read("lv/index.html"), name) {
			t.Errorf("%s: the lists leave jurmalas-karte out", when)
		}
		if got := outputMentions(t, out, "2027-03-01"); len(got) > 0 {
			t.Errorf("%s: the upcoming draft is published: %v", when, got)
		}
	}
	withoutDrafts("first build", 0)

	sum, err := Build(Options{Content: dir, Out: out, Date: testDate, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	var upcoming []Draft
	for _, d := range sum.Drafts {
		if d.ID == "jurmalas-karte" {
			upcoming = append(upcoming, d)
		}
	}
	if len(sum.SkippedVersions) > 0 || len(upcoming) != 1 || upcoming[0].Version != day("2027-03-01") || sum.Reused != 0 {
		t.Errorf("with -drafts: drafts %+v, skipped versions %+v, %d reused", sum.Drafts, sum.SkippedVersions, sum.Reused)
	}
	if page := read("lv/jurmalas-karte/index.html"); strings.Contains(page, "draft-banner") || !strings.Contains(page, `class="announce"`) {
		t.Error("with -drafts: the version in force is marked as a draft, or does not announce the upcoming one")
	}
	if page := read("lv/jurmalas-karte/2027-03-01/index.html"); !strings.Contains(page, `<div class="draft-banner">`) || !strings.Contains(page, "(VDAR 13. panta 1. punkta f) apakšpunkts)") {
		t.Error("with -drafts: the upcoming draft is not marked as a draft with its gaps")
	}
	if strings.Contains(read("lv/index.html"), name+" — MELNRAKSTS") || !strings.Contains(read("sitemap.xml"), "/lv/jurmalas-karte/") {
		t.Error("with -drafts: the lists mark jurmalas-karte, whose version in force is complete, as a draft")
	}

	withoutDrafts("after a build with -drafts", 0)
	withoutDrafts("unchanged", 1)

	// Completing the draft that was held back is no edit of a published
	// version: the guard lets it through, and it is announced.
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Replace(b, []byte("transfers: {unknown: ask the card's service whether any data leave the EU/EEA}"), []byte("transfers: none"), 1)
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err = Build(Options{Content: dir, Out: out, Date: testDate}); err != nil {
		t.Fatal(err)
	}
	if len(sum.SkippedVersions) > 0 || !strings.Contains(read("lv/jurmalas-karte/index.html"), `class="announce"`) {
		t.Errorf("completed: skipped versions %+v, or no announcement", sum.SkippedVersions)
	}
	read("lv/jurmalas-karte/2027-03-01/index.html")
}

// TestBuildDraftInForce checks the converse: when the version in force is
// a draft, the institution is skipped as a whole though its upcoming
// version is complete (publishing that one alone would present a notice
// not yet in force as the one in force), and the skip names the archived
// version's file; once the complete version is in force, it is published.
func TestBuildDraftInForce(t *testing.T) {
	dir, archive, _ := upcomingContent(t, func(archived bool, b []byte) []byte {
		if archived {
			return notStatedTransfers(t, b)
		}
		return b
	})
	out := filepath.Join(t.TempDir(), "public")
	sum, err := Build(Options{Content: dir, Out: out, Date: testDate})
	if err != nil {
		t.Fatal(err)
	}
	want := Draft{ID: "jurmalas-karte", File: archive, Gaps: 1, Version: day("2023-03-01")}
	found := false
	for _, d := range sum.Skipped {
		found = found || d == want
	}
	if !found || len(sum.SkippedVersions) > 0 {
		t.Errorf("skipped %+v, skipped versions %+v: want %+v", sum.Skipped, sum.SkippedVersions, want)
	}
	if _, err := os.Stat(filepath.Join(out, "lv", "jurmalas-karte")); !os.IsNotExist(err) {
		t.Errorf("jurmalas-karte's pages were written: %v", err)
	}

	sum, err = Build(Options{Content: dir, Out: out, Date: day("2027-06-01")})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sum.Skipped {
		if d.ID == "jurmalas-karte" {
			t.Errorf("skipped after its complete version took effect: %+v", d)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "lv", "jurmalas-karte", "index.html")); err != nil {
		t.Errorf("not published after its complete version took effect: %v", err)
	}
}
