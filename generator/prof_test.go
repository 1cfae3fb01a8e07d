package generator

import (
	"os"
	"testing"
)

func TestProfBuild(t *testing.T) {
	dir := os.Getenv("PROF_CONTENT")
	if dir == "" {
		t.Skip()
	}
	out := t.TempDir() + "/public"
	sum, err := Build(Options{Content: dir, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(sum)
}
