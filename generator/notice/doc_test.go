package notice

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocReference checks that the field reference in the package
// documentation of policysite/generator (generator/doc.go, from "# site.yaml"
// to "# Archived versions") is Reference(), generated from the table of
// fields. Run with -update to rewrite it after changing the table.
func TestDocReference(t *testing.T) {
	name := filepath.Join("..", "doc.go")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	const from, to = "# site.yaml\n", "# Archived versions\n"
	i, j := strings.Index(doc, from), strings.Index(doc, to)
	if i < 0 || j < i {
		t.Fatalf("%s has no %q … %q block", name, strings.TrimSpace(from), strings.TrimSpace(to))
	}
	want := Reference()
	if doc[i:j] == want {
		return
	}
	if *update {
		if err := os.WriteFile(name, []byte(doc[:i]+want+doc[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the field reference in %s differs from the table of fields; run go test ./generator/notice -run DocReference -update", name)
}
