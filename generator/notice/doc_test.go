package notice

import (
	"os"
	"strings"
	"testing"
)

// TestDocReference checks that the field reference in the package
// documentation of notice (doc.go, from "# site.yaml" to the end of the
// comment) is Reference(), generated from the table of fields. Run with
// -update to rewrite it after changing the table.
func TestDocReference(t *testing.T) {
	const name = "doc.go"
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	const from, to = "# site.yaml\n", "*/\npackage notice\n"
	i, j := strings.Index(doc, from), strings.Index(doc, to)
	if i < 0 || j < i {
		t.Fatalf("%s has no %q … %q block", name, strings.TrimSpace(from), strings.TrimSpace(to))
	}
	// gofmt drops the blank line that ends the last section before "*/".
	want := strings.TrimRight(Reference(), "\n") + "\n"
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
