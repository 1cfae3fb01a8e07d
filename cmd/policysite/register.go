package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"policysite/generator"
)

// runRegister is the register command: it writes a controller's record of
// processing activities (GDPR Art 30(1)) as CSV and returns the exit code.
//
//	policysite register -controller ID -out FILE [-content DIR] [-lang LANG]
func runRegister(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policysite register", flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory`")
	controller := fs.String("controller", "", "`id` of the controller")
	out := fs.String("out", "", "the CSV `file` to write; not inside a site's output")
	lang := fs.String("lang", "", "`language` of the record (default: the site's default language)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "policysite register: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if *controller == "" || *out == "" {
		fmt.Fprintln(stderr, "policysite register: -controller and -out are required")
		fs.Usage()
		return 2
	}
	rows, err := generator.Register(generator.RegisterOptions{Content: *content, Controller: *controller, Out: *out, Lang: *lang})
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "wrote the record of processing activities of %s, %d purposes, to %s\n", *controller, rows, *out)
	return 0
}
