package main

import (
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"policysite/generator"
)

func TestPlurals(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{plural(0, "problem"), "0 problems"},
		{plural(1, "problem"), "1 problem"},
		{plural(2, "problem"), "2 problems"},
		{checkSummary(&generator.Stats{Institutions: 1, Purposes: 1, Languages: 2}), "ok: 1 institution, 1 purpose, 2 languages"},
		{checkSummary(&generator.Stats{Institutions: 3, Purposes: 15, Languages: 1}), "ok: 3 institutions, 15 purposes, 1 language"},
		{buildSummary(&generator.Summary{Institutions: 1, Pages: 1, PDFs: 1, Files: 1, Reused: 1, Took: 1500 * time.Millisecond, Out: "public"}),
			"built 1 institution: 1 page, 1 PDF, 1 file (1 institution unchanged) in 1.50s into public"},
		{buildSummary(&generator.Summary{Institutions: 2, Pages: 9, PDFs: 4, Files: 15, Out: "public"}),
			"built 2 institutions: 9 pages, 4 PDFs, 15 files (0 institutions unchanged) in 0.00s into public"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestVersionString(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	for _, c := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"go install of a release", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"}},
			"policysite v1.2.0, commit unknown, go1.26.0 linux/amd64"},
		{"a clone with changes", &debug.BuildInfo{GoVersion: "go1.26.1", Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", "29bd08d1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7", "vcs.time", "2026-12-01T10:00:00Z", "vcs.modified", "true")},
			"policysite (devel), commit 29bd08d1c2e3 (2026-12-01T10:00:00Z, dirty), go1.26.1 linux/amd64"},
		{"a clean clone", &debug.BuildInfo{GoVersion: "go1.26.1", Settings: vcs("vcs.revision", "29bd08d", "vcs.modified", "false")},
			"policysite (devel), commit 29bd08d, go1.26.1 linux/amd64"},
	} {
		if got := versionString(c.bi, "linux/amd64"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	if got := versionString(nil, "linux/amd64"); !strings.HasPrefix(got, "policysite (no build information) go") {
		t.Errorf("without build information: %q", got)
	}
}
