package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestArchiveRefusedIncrementally adds to the archive folder of an
// institution that is otherwise unchanged, so that an incremental build
// would reuse its outputs: check, a full build and the incremental build
// must all refuse the tree, and the output stays as it was.
func TestArchiveRefusedIncrementally(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"stray file", "archive/saimite/notes.txt", "notes\n",
			"archive/saimite/notes.txt: not an archived version: archive/saimite/ holds only earlier versions of the institution, each named by its effective date, such as 2018-05-21.yaml"},
		{"yml beside yaml", "archive/saimite/2018-05-21.yml", "", // a copy of the .yaml
			"archive/saimite/2018-05-21.yml: a second archived version effective 2018-05-21 (also CONTENT/archive/saimite/2018-05-21.yaml): keep one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := copyDir(t, exampleContent)
			out := filepath.Join(t.TempDir(), "public")
			build(t, content, out)
			before := snapshot(t, out)

			data := []byte(tt.data)
			if len(data) == 0 {
				var err error
				if data, err = os.ReadFile(filepath.Join(content, "archive", "saimite", "2018-05-21.yaml")); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(content, tt.file), data, 0o644); err != nil {
				t.Fatal(err)
			}
			want := content + "/" + strings.ReplaceAll(tt.want, "CONTENT", content)
			if _, err := Check(content, testDate); err == nil || err.Error() != want {
				t.Errorf("check: got %v, want %s", err, want)
			}
			if _, err := Build(Options{Content: content, Out: out}); err == nil || err.Error() != want {
				t.Errorf("incremental build: got %v, want %s", err, want)
			}
			equalTrees(t, snapshot(t, out), before)
			fresh := filepath.Join(t.TempDir(), "public")
			if _, err := Build(Options{Content: content, Out: fresh}); err == nil || err.Error() != want {
				t.Errorf("full build: got %v, want %s", err, want)
			}
		})
	}
}

// TestCheckRefusesWhatBuildCannotDraw puts an emoji in a text that is
// printed on the CCTV sign: check and build refuse it alike, at its
// position.
func TestCheckRefusesWhatBuildCannotDraw(t *testing.T) {
	content := copyDir(t, exampleContent)
	p := filepath.Join(content, "purposes", "babite-video-surveillance.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, "en: ")
	if i < 0 {
		t.Fatal("test setup: no English text")
	}
	s = s[:i+4] + "📹 " + s[i+4:]
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	_, cerr := Check(content, testDate)
	_, berr := Build(Options{Content: content, Out: filepath.Join(t.TempDir(), "public")})
	if cerr == nil || berr == nil || cerr.Error() != berr.Error() {
		t.Fatalf("check and build differ:\ncheck: %v\nbuild: %v", cerr, berr)
	}
	if !strings.Contains(cerr.Error(), `: character "📹" (U+1F4F9): the PDF fonts cannot draw it`) ||
		!strings.HasPrefix(cerr.Error(), p+":") {
		t.Errorf("check: %v", cerr)
	}
}
