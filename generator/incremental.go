package generator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing/fstest"
	"time"

	"policysite/generator/notice"
	"policysite/generator/urls"
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

// reuse takes an institution's files from the previous output into the
// new one. It returns no files, and takes nothing, when the previous
// output does not hold exactly the recorded files in the institution's
// directories (urls.InstitutionDirs), or when any of them differs from
// its record.
func reuse(pub *publisher, langs []string, id string, files []fileRecord) (published, error) {
	var res published
	dirs := urls.InstitutionDirs(langs, id)
	recorded := make([]string, 0, len(files))
	for _, f := range files {
		if !urls.In(f.Path, dirs) {
			return res, nil
		}
		recorded = append(recorded, f.Path)
	}
	var found []string
	for _, d := range dirs {
		found = append(found, pub.oldFiles(d)...)
	}
	sort.Strings(found)
	sort.Strings(recorded)
	if !slices.Equal(found, recorded) {
		return res, nil // a file is missing, or the record lacks one
	}
	ok, err := pub.Adopt(files)
	if err != nil || !ok {
		return res, err
	}
	for _, f := range files {
		res.add(f)
	}
	res.reused = true
	return res, nil
}

// relocate returns the entry of a reused institution with its file, and
// the files its warnings name, as this build names them: path.Join of
// the content directory and p, like the loader, even when the content
// directory has moved since the entry was recorded.
func relocate(e Entry, content, p string) Entry {
	name := path.Join(content, p)
	if e.File == name || !strings.HasSuffix(e.File, p) {
		return e
	}
	oldPrefix, newPrefix := strings.TrimSuffix(e.File, p), strings.TrimSuffix(name, p)
	e.File = name
	move := func(f string) string {
		if strings.HasPrefix(f, oldPrefix) {
			return newPrefix + f[len(oldPrefix):]
		}
		return f
	}
	e.CurrentFile = move(e.CurrentFile)
	if e.Upcoming != nil {
		upcoming := make([]Draft, len(e.Upcoming))
		for i, d := range e.Upcoming {
			d.File = move(d.File)
			upcoming[i] = d
		}
		e.Upcoming = upcoming
	}
	if e.Warnings != nil {
		warnings := make([]string, len(e.Warnings))
		for i, w := range e.Warnings {
			warnings[i] = move(w)
		}
		e.Warnings = warnings
	}
	if e.Gaps != nil {
		gaps := make([]notice.Gap, len(e.Gaps))
		for i, g := range e.Gaps {
			g.Pos.File = move(g.Pos.File)
			gaps[i] = g
		}
		e.Gaps = gaps
	}
	return e
}

// manifestFormat names the format of the build marker's record.
const manifestFormat = "policysite-build/1"

// manifest records what an output was made from, so that the next build
// can reuse the files of institutions whose inputs did not change. It is
// the build marker at the root of the output, switched into place with
// the output it describes.
type manifest struct {
	Format string `json:"format"`
	// Stamp hashes what every output depends on: the program, the site
	// file and the templates.
	Stamp string `json:"stamp"`
	// Institutions are keyed by their file in the content tree.
	Institutions map[string]manifestEntry `json:"institutions"`
}

type manifestEntry struct {
	Entry
	Files []fileRecord `json:"files"` // the institution's outputs
}

// fileRecord is one output file as it was published.
type fileRecord struct {
	Path   string `json:"path"` // site path
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// maxManifest bounds the size of a build marker that is read.
const maxManifest = 256 << 20

// readManifest reads the build marker of the output directory dir; an
// empty manifest when there is none, or it cannot be read.
func readManifest(dir string) *manifest {
	p := filepath.Join(dir, buildMarker)
	m := &manifest{}
	st, err := os.Lstat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxManifest {
		return m
	}
	data, err := os.ReadFile(p)
	if err != nil || json.Unmarshal(data, m) != nil || m.Format != manifestFormat {
		return &manifest{}
	}
	return m
}

// isDigest reports whether s is a hex SHA-256.
func isDigest(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// templates holds the user's template overrides, read once: the files
// at the top of the templates directory, which are all the site's
// renderer reads.
type templates struct {
	fs     fs.FS // nil when there is no templates directory
	digest []byte
}

// readTemplates reads the templates directory dir, when it exists.
func readTemplates(dir string) (*templates, error) {
	t := &templates{}
	if dir == "" {
		return t, nil
	}
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("templates: %s is not a directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	files := fstest.MapFS{}
	h := sha256.New()
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		files[e.Name()] = &fstest.MapFile{Data: data, Mode: 0o444}
		fmt.Fprintf(h, "%s\x00%d\x00", e.Name(), len(data))
		h.Write(data)
	}
	t.fs, t.digest = files, h.Sum(nil)
	return t, nil
}

// buildStamp hashes what every output depends on besides its
// institution: the program itself, the site as it was loaded and the
// template overrides as they were read. When the program cannot be read
// the stamp is unique, and nothing is reused.
func buildStamp(s *notice.Site, tpl *templates) string {
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
	// The site's fields are all a page depends on from site.yaml, and
	// hashing them hashes what the build renders from, not what the file
	// holds when read a second time.
	site, err := json.Marshal(s)
	if err != nil {
		fmt.Fprint(h, time.Now().UnixNano())
	}
	fmt.Fprintf(h, "\x00site\x00%d\x00", len(site))
	h.Write(site)
	h.Write([]byte("\x00templates\x00"))
	h.Write(tpl.digest)
	return hex.EncodeToString(h.Sum(nil))
}
