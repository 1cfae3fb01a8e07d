package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/scaffold"
)

// writeFiles writes files, by path under dir, replacing those that
// exist.
func writeFiles(dir string, files map[string][]byte) error {
	for p, b := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// runSchema is the schema command: it prints the JSON Schema (draft
// 2020-12) of the content files for the languages of the site in the
// content directory, for editors and other tools to check content as it
// is written. It returns the exit code.
//
//	policysite schema [-content DIR] [-write]
func runSchema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policysite schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory` whose site.yaml gives the languages")
	write := fs.Bool("write", false, "write the editor schemas into the content directory's "+scaffold.SchemaDir+"/, one per kind of file (as init does), instead of printing the schema")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "policysite schema: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if _, err := os.Stat(filepath.Join(*content, "site.yaml")); err != nil {
		fmt.Fprintf(stderr, "policysite schema: %v\n", err)
		return 1
	}
	// Only the site's languages are needed: the other files' problems,
	// which check reports, do not matter here.
	tree, _ := notice.Options{}.Open(*content)
	if *write {
		files, err := scaffold.Schemas(tree.Site.Languages)
		if err == nil {
			err = writeFiles(*content, files)
		}
		if err != nil {
			fmt.Fprintf(stderr, "policysite schema: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote the schemas for %s into %s\n", strings.Join(tree.Site.Languages, ", "), filepath.Join(*content, scaffold.SchemaDir))
		return 0
	}
	out, err := notice.JSONSchema(tree.Site.Languages)
	if err != nil {
		fmt.Fprintf(stderr, "policysite schema: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "policysite schema: %v\n", err)
		return 1
	}
	return 0
}
