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

// runSchema is the schema command: it prints the JSON Schema (draft
// 2020-12) of the content files for the languages of the site in the
// content directory, for editors and other tools to check content as it
// is written. It returns the exit code.
//
//	policysite schema [-content DIR]
func runSchema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policysite schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory` whose site.yaml gives the languages")
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
