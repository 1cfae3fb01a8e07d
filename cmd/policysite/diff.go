package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"policysite/generator"
)

// runDiff is the diff command: it prints the legal diff between two
// versions of an institution's notice and returns the exit code.
//
//	policysite diff [-content DIR] [-lang LANG] ID [FROM [TO]]
//
// Flags may also follow the arguments.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policysite diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: policysite diff [-content DIR] [-lang LANG] ID [FROM [TO]]")
		fs.PrintDefaults()
	}
	content := fs.String("content", "content", "content `directory`")
	lang := fs.String("lang", "", "`language` of the report (default: English, or the site's default language)")
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		pos, args = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
	if len(pos) < 1 || len(pos) > 3 {
		fmt.Fprintln(stderr, "policysite diff: give the institution's id and at most two effective dates")
		fs.Usage()
		return 2
	}
	opts := generator.DiffOptions{Content: *content, Institution: pos[0], Lang: *lang}
	if len(pos) > 1 {
		opts.From = pos[1]
	}
	if len(pos) > 2 {
		opts.To = pos[2]
	}
	report, err := generator.Diff(opts)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprint(stdout, report)
	return 0
}
