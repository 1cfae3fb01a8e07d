package generator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"policysite/generator/notice"
)

// Incremental builds: what an output was made from, and how the next
// build finds and reuses the outputs whose inputs did not change.

// unchanged reports whether none of the files an institution was made
// from has changed since the previous build: its own file, its
// controller's, its shared purposes' and its archived versions, with no
// archived version added or removed.
func unchanged(tree *notice.Tree, p string, old manifestEntry) bool {
	if old.Inputs[p] == "" || len(old.Files) == 0 {
		return false
	}
	archived := 0
	for _, a := range tree.ArchiveFiles(old.ID) {
		if old.Inputs[a] == "" {
			return false
		}
		archived++
	}
	if archived != len(old.Versions) {
		return false
	}
	for file, digest := range old.Inputs {
		if tree.Digest(file) != digest {
			return false
		}
	}
	return true
}

// reuse takes an institution's files from the previous output: the
// directories that hold them move into the new output at Commit. It
// returns no files, and takes nothing, when any of them is missing.
func reuse(pub *publisher, id string, files []string) (published, error) {
	var res published
	dirs := map[string]bool{}
	for _, p := range files {
		// An institution's outputs are its pages under <lang>/<id>/ and
		// its PDFs under <id>/: urls keeps them there.
		parts := strings.SplitN(p, "/", 3)
		switch {
		case len(parts) == 3 && parts[1] == id:
			dirs[parts[0]+"/"+id] = true
		case len(parts) == 2 && parts[0] == id:
			dirs[id] = true
		default:
			return res, nil
		}
	}
	ok, err := pub.Adopt(sortedKeys(dirs), files)
	if err != nil || !ok {
		return res, err
	}
	for _, p := range files {
		res.add(p)
	}
	res.reused = true
	return res, nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// manifest records what an output was made from, so that the next build
// can reuse the files of institutions whose inputs did not change.
type manifest struct {
	// Stamp hashes what every output depends on: the program, the site
	// file and the templates.
	Stamp string `json:"stamp"`
	// Institutions are keyed by their file in the content tree.
	Institutions map[string]manifestEntry `json:"institutions"`
}

type manifestEntry struct {
	Entry
	Files []string `json:"files"` // the institution's outputs, site paths
}

// manifestPath is where the manifest of the output out is kept: beside
// it, so that it is not uploaded with the site.
func manifestPath(out string) string {
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".manifest.json")
}

func readManifest(p string) *manifest {
	m := &manifest{}
	data, err := os.ReadFile(p)
	if err != nil || json.Unmarshal(data, m) != nil {
		return &manifest{}
	}
	return m
}

func writeManifest(p string, m *manifest) {
	data, err := json.Marshal(m)
	if err == nil {
		os.WriteFile(p, data, 0o644)
	}
}

// buildStamp hashes what every output depends on besides its
// institution: the program itself, the site file and the template
// overrides. When the program cannot be read the stamp is unique, and
// nothing is reused.
func buildStamp(opts Options, tfs fs.FS) string {
	h := sha256.New()
	exe, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(exe); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprint(h, time.Now().UnixNano())
	}
	site, _ := os.ReadFile(filepath.Join(opts.Content, "site.yaml"))
	h.Write(site)
	if tfs != nil {
		fs.WalkDir(tfs, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			data, _ := fs.ReadFile(tfs, p)
			fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
			h.Write(data)
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil))
}
