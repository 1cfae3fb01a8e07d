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
// With -format hugo it writes the same notices instead as Markdown pages
// of a Hugo site (DIR/content/<institution>.<lang>.md), so that Hugo can
// be measured building the same pages; .ci/bench-hugo adds the Hugo
// configuration and layouts.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
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
		for _, p := range in.Purposes {
			if p.Use == sharedVideoID || p.Video != nil {
				n++
				break
			}
		}
	}
	return n
}

// writeTree writes t as a policysite content tree under dir.
func writeTree(t *tree, dir string) error {
	if err := writeYAML(filepath.Join(dir, "site.yaml"), t.site); err != nil {
		return err
	}
	for _, c := range t.controllers {
		if err := writeYAML(filepath.Join(dir, "controllers", c.ID+".yaml"), c); err != nil {
			return err
		}
	}
	for _, p := range t.shared {
		if err := writeYAML(filepath.Join(dir, "purposes", p.ID+".yaml"), p); err != nil {
			return err
		}
	}
	for _, in := range t.institutions {
		if err := writeYAML(filepath.Join(dir, "institutions", in.ID+".yaml"), in); err != nil {
			return err
		}
	}
	for _, a := range t.archive {
		name := filepath.Join(dir, "archive", a.institution, a.file.Document.Effective+".yaml")
		if err := writeYAML(name, a.file); err != nil {
			return err
		}
	}
	return nil
}

// writeYAML encodes v as YAML into the file name, creating its directory.
func writeYAML(name string, v any) error {
	var b bytes.Buffer
	b.WriteString("# Synthetic content written by cmd/gencontent.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return writeFile(name, b.Bytes())
}

// writeFile writes data to name, creating its directory.
func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
