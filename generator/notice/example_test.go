package notice

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestExampleContent pins the loaded model of the example content in
// content/: every field of every institution, after shared purposes and
// defaults are resolved. Run with -update after changing the content.
func TestExampleContent(t *testing.T) {
	c, err := Options{Catalogs: testCatalogs()}.Load(filepath.Join("..", "..", "content"))
	if err != nil {
		t.Fatalf("example content does not load:\n%v", err)
	}
	if n, _ := c.Stats(); n != 3 {
		t.Errorf("got %d institutions, want 3", n)
	}
	got, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = bytes.ReplaceAll(got, []byte(filepath.Join("..", "..", "content")), []byte("content"))
	golden := filepath.Join("testdata", "example.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("loaded model differs from %s; run go test ./generator/notice -update and review the diff", golden)
	}
}
