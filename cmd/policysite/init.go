package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"policysite/generator/scaffold"
)

// runInit is the init command: it writes a new example site into DIR,
// which must be new or empty, and prints the next steps. It returns the
// exit code.
//
//	policysite init DIR
func runInit(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("policysite init", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() {
		fmt.Fprintln(stderr, "usage: policysite init DIR\n\nWrites a new site (an example to edit) into DIR, which must be new or empty.")
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fset.NArg() != 1 {
		fset.Usage()
		return 2
	}
	dir := fset.Arg(0)
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(stderr, "policysite init: %s is not empty; give a new or empty directory\n", dir)
		return 1
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "policysite init: %v\n", err)
		return 1
	}
	files, err := scaffold.Site(time.Now().Format("2006-01-02"))
	if err != nil {
		fmt.Fprintf(stderr, "policysite init: %v\n", err)
		return 1
	}
	if err := writeNew(dir, files); err != nil {
		fmt.Fprintf(stderr, "policysite init: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote a new example site to %s\n\n%s", dir, scaffold.Next(dir))
	return 0
}

// writeNew writes files, by path under dir, refusing to replace any that
// exists.
func writeNew(dir string, files map[string][]byte) error {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("%s exists; not replaced", full)
			}
			return err
		}
		_, err = f.Write(files[p])
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
