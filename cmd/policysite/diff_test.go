package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestDiffCommand runs diff on the dated fixture generator/testdata/versioned
// (the example content's current versions carry no date), whose institution
// saimite has one archived version (2018-05-21) and a current one
// (2026-11-20).
func TestDiffCommand(t *testing.T) {
	for _, tt := range []struct {
		name        string
		args        []string
		code        int
		out, errOut []string // substrings expected
	}{
		{"latest archived vs current", []string{"diff", "-content", "../../generator/testdata/versioned", "saimite"}, 0,
			[]string{"from the version in force from 21 May 2018 (Version 1) to the version in force from 20 November 2026 (Version 2)", "[fundamental] Purpose of the processing added: Accounting",
				"Fundamental changes: 6 — give advance notice (WP260 para 30)", "Signs to reprint: Video surveillance (babite-video-surveillance)",
				"Staff must sign the attestation again."}, nil},
		{"from a date, flags after the id", []string{"diff", "saimite", "2018-05-21", "-content", "../../generator/testdata/versioned", "-lang", "lv"}, 0,
			[]string{"Būtiskas izmaiņas: 6", "Darbiniekiem apliecinājums jāparaksta no jauna."}, nil},
		{"a version with itself", []string{"diff", "-content", "../../generator/testdata/versioned", "saimite", "2018-05-21", "2018-05-21"}, 0,
			[]string{"No changes.", "Fundamental changes: 0", "Signs to reprint: none", "Staff need not sign"}, nil},
		{"no such version", []string{"diff", "-content", "../../generator/testdata/versioned", "saimite", "2019-01-01"}, 1,
			nil, []string{"saimite has no version effective 2019-01-01; its versions: 2026-11-20 (current), 2018-05-21"}},
		{"not a date", []string{"diff", "-content", "../../generator/testdata/versioned", "saimite", "21.05.2018"}, 1, nil, []string{`"21.05.2018" is not a date`}},
		{"nothing archived", []string{"diff", "-content", "../../generator/testdata/versioned", "jurmalas-karte"}, 1, nil, []string{"has no archived version", "policysite archive -institution jurmalas-karte"}},
		{"unknown institution", []string{"diff", "-content", "../../generator/testdata/versioned", "nope"}, 1, nil, []string{`no institution "nope"`}},
		{"unknown language", []string{"diff", "-content", "../../generator/testdata/versioned", "-lang", "de", "saimite"}, 1, nil, []string{`"de" is not a language of the site`}},
		{"no id", []string{"diff", "-content", "../../generator/testdata/versioned"}, 2, nil, []string{"usage: policysite diff"}},
		{"too many", []string{"diff", "saimite", "2018-05-21", "2026-11-20", "x"}, 2, nil, []string{"at most two effective dates"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, &out, &errOut)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, tt.code, errOut.String())
			}
			for _, want := range tt.out {
				if !strings.Contains(out.String(), want) {
					t.Errorf("stdout lacks %q:\n%s", want, out.String())
				}
			}
			for _, want := range tt.errOut {
				if !strings.Contains(errOut.String(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
				}
			}
		})
	}
}
