//go:build unix

package generator

import (
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// formsStaff writes a staff list of two people into dir and returns it.
func formsStaff(t *testing.T, dir string) string {
	t.Helper()
	staff := filepath.Join(dir, "staff.csv")
	if err := os.WriteFile(staff, []byte("name,position\nJānis Bērziņš,skolotājs\nĻena Ķēniņa,vadītāja\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return staff
}

// formsInto runs Forms for saimite with the staff list of formsStaff and
// site as the -site guard.
func formsInto(out, staff, site string) ([]string, error) {
	return Forms(FormsOptions{Content: exampleContent, Institution: "saimite", Staff: staff, Out: out, Site: site})
}

// fakeBuild makes dir a policysite build: a directory with the marker
// and a page.
func fakeBuild(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "lv"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{buildMarker: "{}", "index.html": "<p>site</p>"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// withUmask runs the test under umask m.
func withUmask(t *testing.T, m int) {
	old := syscall.Umask(m)
	t.Cleanup(func() { syscall.Umask(old) })
}

// wantRefused checks that err is a refusal that mentions every part of
// want, and that nothing was written at out.
func wantRefused(t *testing.T, name string, err error, out string, want ...string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: forms were written into %s, want a refusal", name, out)
		return
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: error %q does not say %q", name, err, w)
		}
	}
	if _, serr := os.Lstat(out); serr == nil && !strings.Contains(err.Error(), "did not write") && !strings.Contains(err.Error(), "may enter") {
		t.Errorf("%s: %s was created although the forms were refused", name, out)
	}
}

// listing describes each entry of dir without following links: its
// mode, and its content or the link's target.
func listing(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := map[string]string{}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		st, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		var what []byte
		if st.Mode()&os.ModeSymlink != 0 {
			s, _ := os.Readlink(p)
			what = []byte(s)
		} else {
			what, _ = os.ReadFile(p)
		}
		l[e.Name()] = fmt.Sprintf("%v %x", st.Mode(), sha256.Sum256(what))
	}
	return l
}

// TestFormsRefusesBuilds refuses a forms folder at, inside or around a
// policysite build, found by its marker (or by the manifest an earlier
// version kept beside its output) and not by -site, which names an
// unrelated directory here.
func TestFormsRefusesBuilds(t *testing.T) {
	dir := t.TempDir()
	staff := formsStaff(t, dir)
	www := filepath.Join(dir, "www")
	fakeBuild(t, www)
	old := filepath.Join(dir, "old")
	os.MkdirAll(filepath.Join(old, "lv"), 0o755)
	os.WriteFile(filepath.Join(dir, ".old.manifest.json"), []byte("{}"), 0o644)
	holder := filepath.Join(dir, "holder")
	fakeBuild(t, filepath.Join(holder, "srv", "public"))
	linked := filepath.Join(dir, "linked")
	os.MkdirAll(linked, 0o700)
	os.Symlink(www, filepath.Join(linked, "site"))
	os.Symlink(www, filepath.Join(dir, "link"))
	os.Symlink(filepath.Join(www, "lv"), filepath.Join(dir, "lvlink"))
	unrelated := filepath.Join(dir, "elsewhere")
	for _, tc := range []struct{ name, out, want string }{
		{"the build itself", www, "inside the policysite build"},
		{"inside the build", filepath.Join(www, "forms"), "inside the policysite build"},
		{"deep inside the build", filepath.Join(www, "lv", "a", "b"), "inside the policysite build"},
		{"inside an old-style build", filepath.Join(old, "forms"), "inside the policysite build"},
		{"through a symlink to the build", filepath.Join(dir, "link", "forms"), "inside the policysite build"},
		{"link/.. resolved as the system does", filepath.Join(dir, "lvlink") + "/../forms", "inside the policysite build"},
		{"holding a build", holder, "holds the policysite build"},
		{"holding a symlink to a build", linked, "holds the policysite build"},
	} {
		_, err := formsInto(tc.out, staff, unrelated)
		wantRefused(t, tc.name, err, filepath.Join(tc.out, "001-janis-berzins.pdf"), tc.want, "personal data")
	}
	if _, err := os.Stat(filepath.Join(www, "forms")); err == nil {
		t.Error("a refused run created www/forms")
	}
}

// TestFormsRefusesRealBuild builds the example site, then refuses forms
// inside it: today's build is found by its record beside the output,
// tomorrow's by its marker.
func TestFormsRefusesRealBuild(t *testing.T) {
	dir := t.TempDir()
	staff := formsStaff(t, dir)
	www := filepath.Join(dir, "www")
	build(t, exampleContent, www)
	before := snapshot(t, www)
	_, err := formsInto(filepath.Join(www, "forms"), staff, filepath.Join(dir, "public"))
	wantRefused(t, "build -out www; forms -out www/forms", err, filepath.Join(www, "forms"), "policysite build")
	equalTrees(t, snapshot(t, www), before)
}

// TestFormsRefusesFromAnotherDir runs forms from another folder with a
// relative -out into a build: the default -site ("public") does not
// exist there, and the marker still refuses.
func TestFormsRefusesFromAnotherDir(t *testing.T) {
	dir := t.TempDir()
	staff := formsStaff(t, dir)
	fakeBuild(t, filepath.Join(dir, "public"))
	content, err := filepath.Abs(exampleContent)
	if err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "work"), 0o755)
	t.Chdir(filepath.Join(dir, "work"))
	_, err = Forms(FormsOptions{Content: content, Institution: "saimite", Staff: staff, Out: "../public/forms", Site: "public"})
	wantRefused(t, "forms -out ../public/forms", err, filepath.Join(dir, "public", "forms"), "inside the policysite build")
}

// TestFormsRefusesSiteOption keeps -site as a guard of its own.
func TestFormsRefusesSiteOption(t *testing.T) {
	dir := t.TempDir()
	staff := formsStaff(t, dir)
	site := filepath.Join(dir, "site")
	os.Mkdir(site, 0o755)
	_, err := formsInto(filepath.Join(site, "forms"), staff, site)
	wantRefused(t, "inside -site", err, filepath.Join(site, "forms"), "inside the site's output")
	_, err = formsInto(dir, staff, site)
	wantRefused(t, "holding -site", err, filepath.Join(dir, "001-janis-berzins.pdf"), "is inside it")
}

// TestFormsNeverReplacesOthers refuses a folder where a form's name is
// taken by a file policysite did not write, or by a symbolic link: the
// file, the link's target and the rest of the folder stay as they were.
func TestFormsNeverReplacesOthers(t *testing.T) {
	dir := t.TempDir()
	staff := formsStaff(t, dir)
	target := filepath.Join(dir, "target.txt")
	os.WriteFile(target, []byte("not a form"), 0o644)
	for _, tc := range []struct {
		name  string
		setup func(out string)
		want  string
	}{
		{"a 0644 file", func(out string) {
			os.WriteFile(filepath.Join(out, "002-lena-kenina.pdf"), []byte("mine"), 0o644)
		}, "002-lena-kenina.pdf"},
		{"a symlink", func(out string) {
			os.Symlink(target, filepath.Join(out, "002-lena-kenina.pdf"))
		}, "002-lena-kenina.pdf (a symbolic link)"},
		{"a dangling symlink", func(out string) {
			os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(out, "002-lena-kenina.pdf"))
		}, "002-lena-kenina.pdf (a symbolic link)"},
	} {
		out := filepath.Join(t.TempDir(), "forms")
		os.Mkdir(out, 0o700)
		tc.setup(out)
		before := listing(t, out)
		_, err := formsInto(out, staff, "")
		wantRefused(t, tc.name, err, "", tc.want, "did not write")
		if after := listing(t, out); !maps.Equal(after, before) {
			t.Errorf("%s: the folder changed from %v to %v", tc.name, before, after)
		}
		if _, err := os.Stat(filepath.Join(out, "001-janis-berzins.pdf")); err == nil {
			t.Errorf("%s: the first form was written although the run was refused", tc.name)
		}
		if data, _ := os.ReadFile(target); string(data) != "not a form" {
			t.Errorf("%s: the link's target was written through", tc.name)
		}
		if _, err := os.Stat(filepath.Join(dir, "nowhere")); err == nil {
			t.Errorf("%s: the dangling link's target was created", tc.name)
		}
	}
}

// TestFormsPrivate checks the modes of what forms creates, whatever the
// umask: the folder 0700 (and its new parents no wider), the forms 0600.
func TestFormsPrivate(t *testing.T) {
	for _, umask := range []int{0o022, 0o077, 0o002} {
		withUmask(t, umask)
		dir := t.TempDir()
		staff := formsStaff(t, dir)
		out := filepath.Join(dir, "private", "forms")
		files, err := formsInto(out, staff, filepath.Join(dir, "public"))
		if err != nil {
			t.Fatalf("umask %03o: %v", umask, err)
		}
		if len(files) != 2 || filepath.Base(files[0]) != "001-janis-berzins.pdf" || filepath.Base(files[1]) != "002-lena-kenina.pdf" {
			t.Errorf("umask %03o: files %v", umask, files)
		}
		for _, d := range []string{out, filepath.Dir(out)} {
			if st, err := os.Stat(d); err != nil || st.Mode().Perm()&0o077 != 0 || (d == out && st.Mode().Perm() != 0o700) {
				t.Errorf("umask %03o: folder %s: %v %v", umask, d, st.Mode(), err)
			}
		}
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			st, err := os.Lstat(filepath.Join(out, e.Name()))
			if err != nil || !st.Mode().IsRegular() || st.Mode().Perm() != 0o600 {
				t.Errorf("umask %03o: %s: %v %v", umask, e.Name(), st.Mode(), err)
			}
			if strings.HasPrefix(e.Name(), ".tmp-") {
				t.Errorf("umask %03o: temporary file %s left behind", umask, e.Name())
			}
		}
		if len(entries) != 3 {
			t.Errorf("umask %03o: %d files in the folder, want 2 forms and the record", umask, len(entries))
		}
	}
}

// TestFormsRerun writes into the same folder again: the forms policysite
// wrote are replaced, a user's other files stay, and a folder that
// policysite made is made private again while a user's open folder is
// refused.
func TestFormsRerun(t *testing.T) {
	withUmask(t, 0o022)
	dir := t.TempDir()
	staff := formsStaff(t, dir)
	out := filepath.Join(dir, "forms")
	first, err := formsInto(out, staff, "")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o600)
	os.WriteFile(filepath.Join(out, "001-janis-berzins.pdf"), []byte("stale"), 0o600)
	os.Chmod(out, 0o755)
	second, err := formsInto(out, staff, "")
	if err != nil {
		t.Fatalf("re-run: %v", err)
	}
	if !slices.Equal(first, second) {
		t.Errorf("re-run wrote %v, first run %v", second, first)
	}
	if data, _ := os.ReadFile(second[0]); !strings.HasPrefix(string(data), "%PDF") {
		t.Error("re-run did not replace the form policysite wrote")
	}
	if data, _ := os.ReadFile(filepath.Join(out, "notes.txt")); string(data) != "mine" {
		t.Error("re-run changed a user's file")
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o700 {
		t.Errorf("folder made by policysite left %v", st.Mode().Perm())
	}
	if st, _ := os.Stat(second[0]); st.Mode().Perm() != 0o600 {
		t.Errorf("replaced form is %v", st.Mode().Perm())
	}

	mine := filepath.Join(dir, "mine")
	os.Mkdir(mine, 0o755)
	_, err = formsInto(mine, staff, "")
	wantRefused(t, "a user's open folder", err, filepath.Join(mine, "001-janis-berzins.pdf"), "chmod 700")
	os.Chmod(mine, 0o700)
	if _, err := formsInto(mine, staff, ""); err != nil {
		t.Errorf("a user's private folder: %v", err)
	}
	if st, _ := os.Stat(mine); st.Mode().Perm() != 0o700 {
		t.Errorf("a user's folder changed to %v", st.Mode().Perm())
	}
}
