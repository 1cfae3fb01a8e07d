package pdf

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// This file holds the golden-text helpers of the PDF tests: a PDF read
// back as text (summary), compared with testdata/ or rewritten with
// -update.

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// summary is the golden text of a PDF: the page size and count, the fonts,
// every line of text with its page, baseline, left edge and size, and the
// decoded QR codes, all read back from the file.
func summary(t *testing.T, b []byte) string {
	t.Helper()
	d := readPDF(t, b)
	var s strings.Builder
	fmt.Fprintf(&s, "%s pages=%d size=%.0fx%.0fmm\n", d.header[:8], d.pages, d.w, d.h)
	var fonts []string
	for _, f := range d.fonts {
		fonts = append(fonts, f[strings.Index(f, "+")+1:])
	}
	fmt.Fprintf(&s, "fonts: %s\n", strings.Join(dedup(sorted(fonts)), " "))
	for _, l := range d.lines() {
		fmt.Fprintf(&s, "p%d %6.1f %5.1f %4.1f  %s\n", l.page, l.y, l.x, l.size, l.text)
	}
	for _, q := range d.qrs {
		payload, err := decodeQR(q.size, q.modules)
		if err != nil {
			t.Errorf("page %d: QR code at %.1f,%.1f: %v", q.page, q.x, q.y, err)
		}
		fmt.Fprintf(&s, "p%d qr %.1f,%.1f %.1fmm %dx%d  %s\n", q.page, q.x, q.y, q.side, q.size, q.size, payload)
	}
	return s.String()
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, diffLines(string(want), got))
	}
}

// diffLines shows the first lines that differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, a, b))
		}
	}
	return strings.Join(out, "\n")
}
