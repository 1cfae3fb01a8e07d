package generator

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree is what a test finds at a path: the files of a directory, or a
// file's contents, or nothing.
type tree struct {
	files  map[string][]byte // nil when the path is not a directory
	data   []byte
	exists bool
}

func look(t *testing.T, p string) tree {
	t.Helper()
	st, err := os.Stat(p)
	if err != nil {
		return tree{}
	}
	if !st.IsDir() {
		data, _ := os.ReadFile(p)
		return tree{data: data, exists: true}
	}
	return tree{files: snapshot(t, p), exists: true}
}

func (a tree) equal(b tree) bool {
	if a.exists != b.exists || !bytes.Equal(a.data, b.data) || (a.files == nil) != (b.files == nil) || len(a.files) != len(b.files) {
		return false
	}
	for p, data := range a.files {
		if d, ok := b.files[p]; !ok || !bytes.Equal(data, d) {
			return false
		}
	}
	return true
}

// leftovers lists what builds left beside the output out: temporary
// trees, in flight or moved aside.
func leftovers(t *testing.T, out string) []string {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Dir(out))
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "."+filepath.Base(out)+".tmp-") {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestOutputRefused points -out at what a build must not replace: each
// build refuses, says how to go on, and leaves the target as it was.
func TestOutputRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		// setup returns the options and the path that must stay as it was.
		setup func(t *testing.T, project string) (Options, string)
	}{
		{"content", func(t *testing.T, project string) (Options, string) {
			c := filepath.Join(project, "content")
			return Options{Content: c, Out: c}, c
		}},
		{"inside content", func(t *testing.T, project string) (Options, string) {
			c := filepath.Join(project, "content")
			return Options{Content: c, Out: filepath.Join(c, "institutions")}, c
		}},
		{"project folder", func(t *testing.T, project string) (Options, string) {
			return Options{Content: "content", Out: "."}, project
		}},
		{"project folder by absolute path", func(t *testing.T, project string) (Options, string) {
			return Options{Content: "content", Out: project}, project
		}},
		{"parent of the project", func(t *testing.T, project string) (Options, string) {
			return Options{Content: "content", Out: ".."}, project
		}},
		{"user folder", func(t *testing.T, project string) (Options, string) {
			d := filepath.Join(project, "documents")
			os.MkdirAll(filepath.Join(d, "letters"), 0o755)
			os.WriteFile(filepath.Join(d, "letters", "a.txt"), []byte("dear"), 0o644)
			return Options{Content: "content", Out: "documents"}, d
		}},
		{"templates", func(t *testing.T, project string) (Options, string) {
			d := filepath.Join(project, "templates")
			os.MkdirAll(d, 0o755)
			os.WriteFile(filepath.Join(d, "extra.html"), []byte(`{{define "x"}}x{{end}}`), 0o644)
			return Options{Content: "content", Templates: "templates", Out: "templates"}, d
		}},
		{"missing templates", func(t *testing.T, project string) (Options, string) {
			return Options{Content: "content", Templates: "templates", Out: "templates/public"}, filepath.Join(project, "templates")
		}},
		{"home", func(t *testing.T, project string) (Options, string) {
			home := filepath.Join(t.TempDir(), "home")
			os.MkdirAll(home, 0o755)
			os.WriteFile(filepath.Join(home, ".profile"), []byte("x"), 0o644)
			t.Setenv("HOME", home)
			return Options{Content: "content", Out: home}, home
		}},
		{"above home", func(t *testing.T, project string) (Options, string) {
			home := filepath.Join(t.TempDir(), "home")
			os.MkdirAll(home, 0o755)
			os.WriteFile(filepath.Join(home, ".profile"), []byte("x"), 0o644)
			t.Setenv("HOME", home)
			return Options{Content: "content", Out: filepath.Dir(home)}, home
		}},
		{"a file", func(t *testing.T, project string) (Options, string) {
			f := filepath.Join(project, "notes.txt")
			os.WriteFile(f, []byte("my notes"), 0o644)
			return Options{Content: "content", Out: "notes.txt"}, f
		}},
		{"inside a build", func(t *testing.T, project string) (Options, string) {
			build(t, "content", "public")
			return Options{Content: "content", Out: "public/sub"}, filepath.Join(project, "public")
		}},
		{"a link to a user folder", func(t *testing.T, project string) (Options, string) {
			d := filepath.Join(project, "documents")
			os.MkdirAll(d, 0o755)
			os.WriteFile(filepath.Join(d, "a.txt"), []byte("mine"), 0o644)
			os.Symlink("documents", filepath.Join(project, "public"))
			return Options{Content: "content", Out: "public"}, d
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			project := filepath.Join(t.TempDir(), "project")
			os.MkdirAll(project, 0o755)
			if err := os.Rename(copyDir(t, exampleContent), filepath.Join(project, "content")); err != nil {
				t.Fatal(err)
			}
			t.Chdir(project)
			opts, target := tc.setup(t, project)
			before := look(t, target)
			locksBefore, _ := filepath.Glob(filepath.Join(filepath.Dir(target), ".*.lock"))
			_, err := Build(opts)
			if err == nil || !strings.Contains(err.Error(), "refusing -out") || !strings.Contains(err.Error(), "choose") {
				t.Errorf("got %v, want a refusal that says what to do", err)
			}
			if !look(t, target).equal(before) {
				t.Errorf("%s changed", target)
			}
			if locks, _ := filepath.Glob(filepath.Join(filepath.Dir(target), ".*.lock")); len(locks) > len(locksBefore) {
				t.Errorf("a refused build left %v", locks)
			}
		})
	}
}

// TestOutputAccepted builds into what a build may replace: a missing
// or an empty directory, and the output of an earlier build.
func TestOutputAccepted(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	for _, out := range []string{filepath.Join(dir, "a", "public"), empty, empty} {
		if _, err := Build(Options{Content: exampleContent, Out: out}); err != nil {
			t.Errorf("%s: %v", out, err)
		}
		if _, err := os.Stat(filepath.Join(out, buildMarker)); err != nil {
			t.Errorf("%s has no build marker: %v", out, err)
		}
	}
}

// TestSymlinkedOutput builds through a link public -> www: the link
// stays, and www is updated, incrementally, to what a fresh build makes.
func TestSymlinkedOutput(t *testing.T) {
	content := copyDir(t, versionedContent)
	dir := t.TempDir()
	public, www := filepath.Join(dir, "public"), filepath.Join(dir, "www")
	if err := os.Symlink("www", public); err != nil {
		t.Fatal(err)
	}
	build(t, content, public) // www does not exist yet
	changeInstitution(t, content)
	if sum := build(t, content, public); sum.Reused != 2 {
		t.Errorf("reused %d institutions, want 2", sum.Reused)
	}
	if target, err := os.Readlink(public); err != nil || target != "www" {
		t.Fatalf("public is no longer the link to www: %q %v", target, err)
	}
	fresh := filepath.Join(t.TempDir(), "public")
	build(t, content, fresh)
	equalTrees(t, snapshot(t, www), snapshot(t, fresh))
	if l := leftovers(t, www); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
}

// changeInstitution changes jurmalas-karte of the dated fixture
// (versionedContent), so that a rebuild reuses the other two
// institutions.
func changeInstitution(t *testing.T, content string) {
	t.Helper()
	p := filepath.Join(content, "institutions", "jurmalas-karte.yaml")
	data, _ := os.ReadFile(p)
	changed := bytes.Replace(data, []byte("lv: Jūrmalas iedzīvotāja karte"), []byte("lv: Jūrmalas iedzīvotāja viedkarte"), 1)
	if bytes.Equal(changed, data) {
		t.Fatal("test setup: no change made")
	}
	os.WriteFile(p, newVersion(t, changed, "2023-03-01", "2024-03-01"), 0o644)
}

// TestConcurrentBuildRefused builds while another build holds the lock,
// into the output by its name and through a symbolic link to it: the
// build refuses at once and the output stays as it was.
func TestConcurrentBuildRefused(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	build(t, exampleContent, out)
	if err := os.Symlink("public", filepath.Join(dir, "site")); err != nil {
		t.Fatal(err)
	}
	before := look(t, out)
	lock, err := lockFile(filepath.Join(dir, ".public.lock"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"public", "site"} {
		_, err = Build(Options{Content: exampleContent, Out: filepath.Join(dir, name)})
		want := "another policysite build is writing " + filepath.Join(dir, name) + " (lock " + filepath.Join(dir, ".public.lock") + "); wait for it to finish"
		if err == nil || err.Error() != want {
			t.Errorf("-out %s: got %v, want %s", name, err, want)
		}
	}
	if !look(t, out).equal(before) {
		t.Error("the output changed")
	}
	lock.Close()
	build(t, exampleContent, out)
}

// TestRestoredOutput rebuilds an output whose files or record disagree
// after the build, as when restored from a backup: what disagrees is
// rendered again, and the output equals a fresh build.
func TestRestoredOutput(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(t *testing.T, out string)
	}{
		{"file changed, same size", func(t *testing.T, out string) {
			p := filepath.Join(out, "lv", "saimite", "index.html")
			data, _ := os.ReadFile(p)
			os.WriteFile(p, bytes.Replace(data, []byte("<title>"), []byte("<TITLE>"), 1), 0o644)
		}},
		{"file missing", func(t *testing.T, out string) {
			os.Remove(filepath.Join(out, "saimite", "attestation.pdf"))
		}},
		{"file replaced by a link", func(t *testing.T, out string) {
			p := filepath.Join(out, "en", "saimite", "index.html")
			os.Rename(p, filepath.Join(out, "x.html"))
			os.Symlink("../../x.html", p)
		}},
		{"record disagrees", func(t *testing.T, out string) {
			editRecord(t, out, func(files []fileRecord) []fileRecord {
				files[0].SHA256 = strings.Repeat("0", 64)
				return files
			})
		}},
		{"record lacks a file", func(t *testing.T, out string) {
			editRecord(t, out, func(files []fileRecord) []fileRecord { return files[1:] })
		}},
		{"stray file", func(t *testing.T, out string) {
			os.WriteFile(filepath.Join(out, "lv", "saimite", "old.html"), []byte("old"), 0o644)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			content := copyDir(t, versionedContent)
			out := filepath.Join(t.TempDir(), "public")
			build(t, content, out)
			tc.edit(t, out)
			changeInstitution(t, content)
			if sum := build(t, content, out); sum.Reused != 1 {
				t.Errorf("reused %d institutions, want 1 (saimite rendered again)", sum.Reused)
			}
			fresh := filepath.Join(t.TempDir(), "public")
			build(t, content, fresh)
			equalTrees(t, snapshot(t, out), snapshot(t, fresh))
		})
	}
}

// editRecord changes saimite's file list in the build marker of out.
func editRecord(t *testing.T, out string, edit func([]fileRecord) []fileRecord) {
	t.Helper()
	m := readManifest(out)
	e, ok := m.Institutions["institutions/saimite.yaml"]
	if !ok || len(e.Files) < 2 {
		t.Fatalf("test setup: no record of saimite in %v", m.Institutions)
	}
	e.Files = edit(e.Files)
	m.Institutions["institutions/saimite.yaml"] = e
	data, _ := json.Marshal(m)
	if err := os.WriteFile(filepath.Join(out, buildMarker), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStaleCleaned leaves what killed builds leave beside the output:
// the next build removes it, and nothing else.
func TestStaleCleaned(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	build(t, exampleContent, out)
	for _, name := range []string{".public.tmp-1234", ".public.tmp-1234.old", ".public.tmp-xyz", ".publicx.tmp-12", "keep"} {
		os.MkdirAll(filepath.Join(dir, name, "lv"), 0o755)
	}
	build(t, exampleContent, out)
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != ".public.lock .public.tmp-xyz .publicx.tmp-12 keep public" {
		t.Errorf("beside the output: %s", got)
	}
}

// TestMovedAsideRestored kills a build of the fallback switch between
// its two renames, in effect: the next build, even one that fails, puts
// the previous output back.
func TestMovedAsideRestored(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	build(t, exampleContent, out)
	before := look(t, out)
	os.Rename(out, filepath.Join(dir, ".public.tmp-abc.old"))
	os.MkdirAll(filepath.Join(dir, ".public.tmp-def"), 0o755)
	broken := copyDir(t, exampleContent)
	os.Remove(filepath.Join(broken, "site.yaml"))
	if _, err := Build(Options{Content: broken, Out: out}); err == nil {
		t.Fatal("build without site.yaml succeeded")
	}
	if !look(t, out).equal(before) {
		t.Error("the previous output was not restored")
	}
	if l := leftovers(t, out); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
}

// TestFallbackSwitch publishes with the switch of systems without an
// atomic exchange.
func TestFallbackSwitch(t *testing.T) {
	content := copyDir(t, versionedContent)
	out := filepath.Join(t.TempDir(), "public")
	build(t, content, out)
	changeInstitution(t, content)
	if _, err := Build(Options{Content: content, Out: out, noExchange: true}); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(t.TempDir(), "public")
	build(t, content, fresh)
	equalTrees(t, snapshot(t, out), snapshot(t, fresh))
	if l := leftovers(t, out); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
}

// TestLegacyManifest builds into the output of a policysite that kept
// its manifest beside the output: it is accepted, and the old manifest
// removed.
func TestLegacyManifest(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	os.MkdirAll(filepath.Join(out, "lv"), 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("old"), 0o644)
	legacy := filepath.Join(dir, ".public.manifest.json")
	os.WriteFile(legacy, []byte(`{"stamp":"`+strings.Repeat("ab", 32)+`","institutions":{}}`), 0o644)
	build(t, exampleContent, out)
	if _, err := os.Stat(legacy); err == nil {
		t.Error("the old manifest stays")
	}
}
