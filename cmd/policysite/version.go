package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// version prints the program's version: `policysite version`.
func version(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "policysite version: unexpected argument %q\n", args[0])
		return 2
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintln(stdout, versionString(bi, runtime.GOOS+"/"+runtime.GOARCH))
	return 0
}

// versionString describes a build in one line: the module version, the
// VCS commit with its time and whether the tree had uncommitted changes,
// the Go version and the platform. bi may be nil.
func versionString(bi *debug.BuildInfo, platform string) string {
	if bi == nil {
		return "policysite (no build information) " + runtime.Version() + " " + platform
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	set := map[string]string{}
	for _, s := range bi.Settings {
		set[s.Key] = s.Value
	}
	commit := "commit unknown"
	if rev := set["vcs.revision"]; rev != "" {
		commit = "commit " + rev[:min(12, len(rev))]
		var extra []string
		if t := set["vcs.time"]; t != "" {
			extra = append(extra, t)
		}
		if set["vcs.modified"] == "true" {
			extra = append(extra, "dirty")
		}
		if len(extra) > 0 {
			commit += " (" + strings.Join(extra, ", ") + ")"
		}
	}
	return fmt.Sprintf("policysite %s, %s, %s %s", v, commit, bi.GoVersion, platform)
}
