package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"policysite/generator"
)

// runRegister is the register command: it writes a controller's record of
// processing activities (GDPR Art 30(1)) as CSV, or an institution's
// camera register as a printable PDF, and returns the exit code.
//
//	policysite register -controller ID -out FILE [-content DIR] [-lang LANG]
//	policysite register -cameras ID -out FILE [-content DIR]
func runRegister(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policysite register", flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory`")
	controller := fs.String("controller", "", "`id` of the controller whose record of processing activities (CSV) to write")
	cameras := fs.String("cameras", "", "`id` of the institution whose camera register (PDF) to write")
	out := fs.String("out", "", "the `file` to write; not inside a site's output")
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
	if (*controller == "") == (*cameras == "") || *out == "" {
		fmt.Fprintln(stderr, "policysite register: give -controller (the record of processing activities) or -cameras (the camera register), and -out")
		fs.Usage()
		return 2
	}
	if *cameras != "" {
		if err := generator.CameraRegister(generator.CameraRegisterOptions{Content: *content, Institution: *cameras, Out: *out}); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "wrote the camera register of %s to %s\n", *cameras, *out)
		return 0
	}
	rows, err := generator.Register(generator.RegisterOptions{Content: *content, Controller: *controller, Out: *out, Lang: *lang})
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "wrote the record of processing activities of %s, %d purposes, to %s\n", *controller, rows, *out)
	return 0
}
