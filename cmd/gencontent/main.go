// Command gencontent writes a synthetic content tree for benchmarks and
// tests: N institutions in the content format of package generator
// (generator/doc.go), with about twelve purposes each, video surveillance
// on every third, Latvian and English text for about 9 KB per notice
// page, some Markdown, and earlier versions in archive/ for every tenth
// institution.
// The same seed always gives the same files.
//
// Usage:
//
//	gencontent -n N -out DIR [-seed S] [-format policysite|hugo]
//
// With -format hugo it writes instead the content of a Hugo site that
// builds the same HTML pages with the same visible text (see writeHugo):
// JSON front matter under DIR/content/<lang>/ and the catalog under
// DIR/i18n; .ci/bench-hugo adds the configuration and layouts of
// .ci/hugo and checks the pages with .ci/pagetext.py.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"policysite/generator/notice"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command with its arguments and output streams; it returns
// the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencontent", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "number of institutions")
	out := fs.String("out", "", "output directory (created; must be empty if it exists)")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same files")
	format := fs.String("format", "policysite", "policysite (content tree) or hugo (Hugo site content)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: gencontent -n N -out DIR [-seed S] [-format policysite|hugo]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || *n < 1 || fs.NArg() > 0 || (*format != "policysite" && *format != "hugo") {
		fs.Usage()
		return 2
	}
	if err := emptyDir(*out); err != nil {
		fmt.Fprintln(stderr, "gencontent:", err)
		return 1
	}
	t := generate(*n, *seed)
	var err error
	if *format == "hugo" {
		err = writeHugo(t, *out)
	} else {
		err = writeTree(t, *out)
	}
	if err != nil {
		fmt.Fprintln(stderr, "gencontent:", err)
		return 1
	}
	fmt.Fprintf(stdout, "gencontent: wrote %d institutions (%d with video surveillance, %d archived versions) to %s\n",
		len(t.institutions), videoCount(t), len(t.archive), *out)
	return 0
}

// emptyDir creates dir, or checks that it is empty, so that files of an
// earlier run never mix with this one's.
func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	return nil
}

// videoCount counts the institutions with a video-surveillance purpose.
func videoCount(t *tree) int {
	n := 0
	for _, in := range t.institutions {
		if len(in.VideoPurposes()) > 0 {
			n++
		}
	}
	return n
}

// writeTree writes t as a policysite content tree under dir, through the
// content format's own encoder: controllers of controllers/ by id, the
// shared purpose with use:, archived versions self-contained.
func writeTree(t *tree, dir string) error {
	e := notice.Encoder{Langs: t.site.Languages, Refs: true, Shared: t.shared}
	write := func(name string, data []byte, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return writeFile(filepath.Join(dir, name), append([]byte("# Synthetic content written by cmd/gencontent.\n"), data...))
	}
	data, err := e.Site(t.site)
	if err := write("site.yaml", data, err); err != nil {
		return err
	}
	for _, c := range t.controllers {
		data, err := e.Controller(c)
		if err := write(c.File, data, err); err != nil {
			return err
		}
	}
	for _, p := range t.shared {
		data, err := e.Purpose(p)
		if err := write(p.File, data, err); err != nil {
			return err
		}
	}
	for _, in := range t.institutions {
		data, err := e.Institution(in)
		if err := write(in.File, data, err); err != nil {
			return err
		}
	}
	for _, a := range t.archive {
		data, err := notice.Encoder{Langs: t.site.Languages}.Institution(a)
		if err := write(filepath.Join("archive", a.ID, a.Document.Effective.String()+".yaml"), data, err); err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes data to name, creating its directory.
func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
