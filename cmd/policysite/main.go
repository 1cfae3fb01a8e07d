// Command policysite turns YAML descriptions of an institution's
// personal-data processing into bilingual privacy-notice pages, CCTV
// warning signs and employee attestation forms.
//
// Usage:
//
//	policysite check   [-content DIR]
//	policysite build   [-content DIR] [-templates DIR] [-out DIR]
//	policysite forms   -institution ID -staff FILE -out DIR [-content DIR] [-site DIR]
//	policysite archive -institution ID [-content DIR]
//	policysite register -controller ID -out FILE [-content DIR] [-lang LANG]
//	policysite schema  [-content DIR]
//
// The content format is specified in the documentation of package
// policysite/generator.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"policysite/generator"
	"policysite/generator/notice"
)

const usage = `usage: policysite <command> [flags]

commands:
  check    validate the content; print every problem, or a summary
  build    validate, render and publish the site with its PDFs
  forms    write attestation forms pre-filled from a staff list (outside the site)
  archive  keep the current version of a notice as an earlier version
  register write a controller's record of processing activities (CSV)
  schema   print the JSON Schema of the content files for the site's languages

Run "policysite <command> -h" for a command's flags.
`

func main() {
	if os.Getenv("GOGC") == "" {
		// A build keeps little alive (one institution per processor) but
		// allocates much: collecting less often saves a fifth of its time
		// for a few tens of megabytes.
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command in args and returns the exit code: 0 on
// success, 1 when the content or the build failed, 2 for bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet("policysite "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory`")
	var (
		templates, out, institution, staff, site *string
	)
	switch cmd {
	case "check":
	case "build":
		templates = fs.String("templates", "templates", "templates `directory`: files here replace the built-in templates of the same name")
		out = fs.String("out", "public", "output `directory`, replaced as a whole when the build succeeds")
	case "forms":
		institution = fs.String("institution", "", "`id` of the institution")
		staff = fs.String("staff", "", "staff list: a CSV `file` with the header name,position")
		out = fs.String("out", "", "private `directory` for the pre-filled forms (made 0700); refused at, inside or around any policysite build")
		site = fs.String("site", "public", "a further site `directory` that -out may neither be in nor hold (builds are found by their marker anyway)")
	case "archive":
		institution = fs.String("institution", "", "`id` of the institution")
	case "register":
		return runRegister(args, stdout, stderr)
	case "schema":
		return runSchema(args, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "policysite: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "policysite %s: unexpected argument %q\n", cmd, fs.Arg(0))
		fs.Usage()
		return 2
	}

	switch cmd {
	case "check":
		st, err := generator.Check(*content)
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, st.Warnings)
		fmt.Fprintf(stdout, "ok: %d institutions, %d purposes, %d languages\n", st.Institutions, st.Purposes, st.Languages)
	case "build":
		sum, err := generator.Build(generator.Options{Content: *content, Templates: *templates, Out: *out})
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, sum.Warnings)
		fmt.Fprintln(stdout, sum)
	case "forms":
		if *institution == "" || *staff == "" || *out == "" {
			fmt.Fprintln(stderr, "policysite forms: -institution, -staff and -out are required")
			fs.Usage()
			return 2
		}
		files, err := generator.Forms(generator.FormsOptions{Content: *content, Institution: *institution, Staff: *staff, Out: *out, Site: *site})
		if err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "wrote %d forms to %s\n", len(files), *out)
	case "archive":
		if *institution == "" {
			fmt.Fprintln(stderr, "policysite archive: -institution is required")
			fs.Usage()
			return 2
		}
		file, err := generator.Archive(*content, *institution)
		if err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "archived the current version as %s\n", file)
	}
	return 0
}

// warn prints warnings, which do not stop a check or a build.
func warn(stderr io.Writer, warnings []string) {
	for _, w := range warnings {
		fmt.Fprintln(stderr, "warning: "+w)
	}
}

// fail prints err, one problem per line, and returns exit code 1.
func fail(stderr io.Writer, err error) int {
	var list notice.ErrorList
	if errors.As(err, &list) {
		fmt.Fprintln(stderr, list.Error())
		fmt.Fprintf(stderr, "%d problems\n", len(list))
		return 1
	}
	fmt.Fprintf(stderr, "policysite: %v\n", err)
	return 1
}
