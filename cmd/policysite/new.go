package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/scaffold"
)

// runNew is the new command: it adds the skeleton of an institution or a
// purpose to the site in the content directory, refusing to replace
// anything. Facts the skeleton cannot know are left as TODO, which check
// refuses until they are given. It returns the exit code.
//
//	policysite new institution ID [-content DIR] [-controller ID]
//	policysite new purpose ID [-content DIR] [-institution ID] [-preset ID]
func runNew(args []string, stdout, stderr io.Writer) int {
	const usage = `usage: policysite new institution ID [-content DIR] [-controller ID]
       policysite new purpose ID [-content DIR] [-institution ID] [-preset ID]

new institution writes institutions/ID.yaml; new purpose appends a purpose
to the institution's file, or writes the shared purpose purposes/ID.yaml
(blank, or a copy of the preset to edit). A preset is used as preset/ID.
`
	if len(args) == 0 || (args[0] != "institution" && args[0] != "purpose") {
		fmt.Fprint(stderr, usage)
		return 2
	}
	kind := args[0]
	fset := flag.NewFlagSet("policysite new "+kind, flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { fmt.Fprint(stderr, usage) }
	content := fset.String("content", "content", "content `directory` of the site")
	var controller, institution, preset *string
	if kind == "institution" {
		controller = fset.String("controller", "", "`id` of the institution's controller in controllers/ (default: the only one there)")
	} else {
		institution = fset.String("institution", "", "`id` of the institution to add the purpose to; without it, a shared purpose in purposes/")
		preset = fset.String("preset", "", "`id` of a built-in preset to start from (policysite presets)")
	}
	// The id may come before or after the flags.
	rest := args[1:]
	var id string
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		id, rest = rest[0], rest[1:]
	}
	if err := fset.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if id == "" && fset.NArg() > 0 {
		id, rest = fset.Arg(0), fset.Args()[1:]
	} else {
		rest = fset.Args()
	}
	if id == "" || len(rest) > 0 {
		fset.Usage()
		return 2
	}
	if !notice.IsID(id) {
		fmt.Fprintf(stderr, "policysite new %s: %q is not a valid id: use lowercase letters a-z, digits and single hyphens, starting with a letter\n", kind, id)
		return 2
	}
	if code := needSite("new", *content, false, stderr); code != 0 {
		return code
	}
	var file string
	var err error
	switch {
	case kind == "institution":
		file, err = newInstitution(*content, id, *controller)
	case *institution != "":
		file, err = newPurpose(*content, *institution, id, *preset)
	default:
		file, err = newShared(*content, id, *preset)
	}
	if err != nil {
		fmt.Fprintf(stderr, "policysite new %s: %v\n", kind, err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s\nFill in every TODO, then run: policysite check %s\n", file, *content)
	return 0
}

// newInstitution writes institutions/id.yaml.
func newInstitution(content, id, controller string) (string, error) {
	if controller == "" {
		entries, _ := os.ReadDir(filepath.Join(content, "controllers"))
		var ids []string
		for _, e := range entries {
			if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".yaml") {
				ids = append(ids, strings.TrimSuffix(n, ".yaml"))
			}
		}
		if len(ids) == 1 {
			controller = ids[0]
		}
	}
	b, err := scaffold.Institution(id, controller, "../"+scaffold.SchemaDir+"/")
	if err != nil {
		return "", err
	}
	p := filepath.Join("institutions", id+".yaml")
	return filepath.Join(content, p), writeNew(content, map[string][]byte{filepath.ToSlash(p): b})
}

// newShared writes purposes/id.yaml.
func newShared(content, id, preset string) (string, error) {
	b, err := scaffold.SharedPurpose(id, preset)
	if err != nil {
		return "", err
	}
	p := filepath.Join("purposes", id+".yaml")
	return filepath.Join(content, p), writeNew(content, map[string][]byte{filepath.ToSlash(p): b})
}

// newPurpose appends a purpose to the file of institution inst.
func newPurpose(content, inst, id, preset string) (string, error) {
	file := filepath.Join(content, "institutions", inst+".yaml")
	src, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("no institution %q: %s does not exist", inst, file)
	} else if err != nil {
		return "", err
	}
	var item []byte
	if preset != "" {
		item, err = scaffold.PresetPurpose(id, preset)
	} else {
		item, err = scaffold.Purpose(id)
	}
	if err != nil {
		return "", err
	}
	out, err := scaffold.AppendPurpose(src, item, id)
	if err != nil {
		return "", fmt.Errorf("%s: %v", file, err)
	}
	st, err := os.Stat(file)
	if err != nil {
		return "", err
	}
	// Written beside and renamed over, so that a failed write leaves the
	// file as it was.
	tmp := file + ".new"
	if err := os.WriteFile(tmp, out, st.Mode().Perm()); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, file); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return file, nil
}
