// Command policysite turns YAML descriptions of an institution's
// personal-data processing into privacy-notice pages in the site's
// languages (Latvian and English, or more), CCTV warning signs, employee
// attestation forms, machine-readable (JSON-LD) notices and the record
// of processing activities.
//
// Usage:
//
//	policysite init    DIR
//	policysite new     institution ID [-content DIR] [-controller ID]
//	policysite new     purpose ID [-content DIR] [-institution ID] [-preset ID]
//	policysite presets
//	policysite check   [-content DIR | DIR] [-date YYYY-MM-DD]
//	policysite build   [-content DIR | DIR] [-templates DIR] [-out DIR] [-drafts] [-date YYYY-MM-DD]
//	policysite serve   [-content DIR | DIR] [-templates DIR] [-addr 127.0.0.1:1313 | -bind ADDR]
//	policysite forms   -institution ID -staff FILE -out DIR [-content DIR] [-site DIR]
//	policysite archive -institution ID [-content DIR] [-out DIR]
//	policysite register -controller ID -out FILE [-content DIR] [-lang LANG]
//	policysite register -cameras ID -out FILE [-content DIR]
//	policysite version
//	policysite diff    [-content DIR] [-lang LANG] ID [FROM [TO]]
//	policysite schema  [-content DIR] [-write]
//
// The content format is specified in the documentation of package
// policysite/generator.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"policysite/generator"
	"policysite/generator/notice"
)

const usage = `usage: policysite <command> [flags]

commands:
  init     write a new site (an example to edit) into a new or empty directory
  new      add an institution or a purpose (blank, or from a preset) to a site
  presets  list the built-in purposes that content can use as preset/ID
  check    validate the content; print every problem, or a summary
  build    validate, render and publish the site with its PDFs
  serve    preview the site on this computer, rebuilt and reloaded on every change
  forms    write attestation forms pre-filled from a staff list (outside the site)
  archive  keep the current version of a notice as an earlier version
  register write a controller's record of processing activities (CSV), or a camera register (PDF)
  version  print the version of policysite, its commit and Go version
  diff     compare two versions of a notice: changes, advance notice, signs, re-signing
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
	if os.Getenv("GOMEMLIMIT") == "" {
		// With GOGC at 400 the heap may reach five times what is live;
		// a soft limit collects sooner when a large site nears it (N=5000
		// institutions: 314 MB peak without it, 204 MB with it).
		debug.SetMemoryLimit(200 << 20)
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
	switch cmd {
	case "version":
		return version(args, stdout, stderr)
	case "serve":
		return runServe(args, stdout, stderr)
	case "init":
		return runInit(args, stdout, stderr)
	case "new":
		return runNew(args, stdout, stderr)
	case "presets":
		return runPresets(args, stdout, stderr)
	}
	fs := flag.NewFlagSet("policysite "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory`")
	var (
		templates, out, institution, staff, site, date *string
		drafts                                         = new(bool)
	)
	switch cmd {
	case "check":
		date = fs.String("date", "", "the `date` (YYYY-MM-DD) to check for, as build publishes for it: the version in force on it decides whether a notice is published, later ones are upcoming (default: SOURCE_DATE_EPOCH when set, else today)")
	case "build":
		templates = fs.String("templates", "templates", "templates `directory`: files here replace the built-in templates of the same name")
		out = fs.String("out", "public", "output `directory`, replaced as a whole when the build succeeds: new, empty or made by policysite")
		drafts = fs.Bool("drafts", false, "render draft notices too (those with gaps), marked as drafts: banner, noindex, watermark, out of the sitemap")
		date = fs.String("date", "", "the `date` (YYYY-MM-DD) to publish for: the version in force on it is current, later ones are upcoming (default: SOURCE_DATE_EPOCH when set, else today)")
	case "forms":
		institution = fs.String("institution", "", "`id` of the institution")
		staff = fs.String("staff", "", "staff list: a CSV `file` with the columns name (or vārds, uzvārds) and position (or amats)")
		out = fs.String("out", "", "private `directory` for the pre-filled forms (made 0700); refused at, inside or around any policysite build")
		site = fs.String("site", "public", "a further site `directory` that -out may neither be in nor hold (builds are found by their marker anyway)")
	case "archive":
		institution = fs.String("institution", "", "`id` of the institution")
		out = fs.String("out", "public", "the site output `directory` of the last build: the text archived must be what it published under the version's date")
	case "register":
		return runRegister(args, stdout, stderr)
	case "diff":
		return runDiff(args, stdout, stderr)
	case "schema":
		return runSchema(args, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "policysite: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	positional := cmd == "check" || cmd == "build"
	if code := contentArg(fs, positional, content, stderr); code != 0 {
		return code
	}
	if cmd == "forms" && (*institution == "" || *staff == "" || *out == "") {
		fmt.Fprintln(stderr, "policysite forms: -institution, -staff and -out are required")
		fs.Usage()
		return 2
	}
	if cmd == "archive" && *institution == "" {
		fmt.Fprintln(stderr, "policysite archive: -institution is required")
		fs.Usage()
		return 2
	}
	if code := needSite(cmd, *content, positional, stderr); code != 0 {
		return code
	}

	var day notice.Date
	if date != nil {
		d, err := generator.BuildDate(*date, os.Getenv, time.Now())
		if err != nil {
			fmt.Fprintf(stderr, "policysite %s: %v\n", cmd, err)
			return 2
		}
		day = d
	}

	switch cmd {
	case "check":
		st, err := generator.Check(*content, day)
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, st.Warnings)
		fmt.Fprint(stdout, st.Report())
		fmt.Fprintln(stdout, checkSummary(st))
	case "build":
		sum, err := generator.Build(generator.Options{Content: *content, Templates: *templates, Out: *out, Date: day, Drafts: *drafts})
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, sum.Warnings)
		fmt.Fprint(stdout, draftLines(sum))
		fmt.Fprintln(stdout, buildSummary(sum))
	case "forms":
		files, err := generator.Forms(generator.FormsOptions{Content: *content, Institution: *institution, Staff: *staff, Out: *out, Site: *site})
		if err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "wrote %s to %s\n", plural(len(files), "form"), *out)
	case "archive":
		file, err := generator.Archive(*content, *institution, *out)
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
		fmt.Fprintln(stderr, plural(len(list), "problem"))
		return 1
	}
	fmt.Fprintf(stderr, "policysite: %v\n", err)
	return 1
}

// parseFlags parses args allowing flags after the arguments too, as in
// `policysite build DIR -out public`; "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 || (len(args) > len(rest) && args[len(args)-len(rest)-1] == "--") {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// contentArg takes the content directory from a positional argument
// (`policysite check DIR`) where the command allows one, and refuses any
// other argument or a directory given twice. It returns 0 or the exit
// code.
func contentArg(fs *flag.FlagSet, positional bool, content *string, stderr io.Writer) int {
	if fs.NArg() == 0 {
		return 0
	}
	if !positional || fs.NArg() > 1 {
		arg := fs.Arg(0)
		if positional {
			arg = fs.Arg(1)
		}
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), arg)
		fs.Usage()
		return 2
	}
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "content" })
	if set && filepath.Clean(*content) != filepath.Clean(fs.Arg(0)) {
		fmt.Fprintf(stderr, "%s: the content directory is given twice (-content %s and %s); give it once\n", fs.Name(), *content, fs.Arg(0))
		return 2
	}
	*content = fs.Arg(0)
	return 0
}

// needSite returns exit code 1 with a friendly message when dir holds no
// site.yaml, as when policysite is run outside a site, and 0 otherwise.
// positional tells whether cmd takes the directory as an argument too.
func needSite(cmd, dir string, positional bool, stderr io.Writer) int {
	_, err := os.Stat(filepath.Join(dir, "site.yaml"))
	if !errors.Is(err, fs.ErrNotExist) {
		return 0 // present, or a problem the loader reports with a position
	}
	alt := ""
	if positional {
		alt = fmt.Sprintf(" (or `policysite %s DIR`)", cmd)
	}
	fmt.Fprintf(stderr, "policysite %s: no site.yaml in %s; run `policysite init %s` to start a site there, or pass the content directory of your site: `policysite %s -content DIR`%s\n",
		cmd, dir, dir, cmd, alt)
	return 1
}
