package pdf

import (
	"os"
	"path/filepath"
	"policysite/generator/notice"
	"testing"
)

// TestWriteSamples writes sample PDFs for looking at when PDF_SAMPLES
// names a directory.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("PDF_SAMPLES")
	if dir == "" {
		t.Skip("PDF_SAMPLES not set")
	}
	m := testMaker(t)
	for _, in := range []*notice.Institution{saimite(), shop(), long()} {
		for _, size := range []string{"a4", "a3"} {
			b, err := m.Sheet(in, size)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, in.ID+"-sign-"+size+".pdf"), b, 0o644)
		}
	}
}

func TestWriteFormSamples(t *testing.T) {
	dir := os.Getenv("PDF_SAMPLES")
	if dir == "" {
		t.Skip("PDF_SAMPLES not set")
	}
	m := testMaker(t)
	for _, in := range []*notice.Institution{saimite(), shop(), long()} {
		b, err := m.Form(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, in.ID+"-form.pdf"), b, 0o644)
		b, err = m.Form(in, &Person{Name: "Līga Ūdre-Ķēniņa", Position: "Pirmsskolas izglītības skolotāja"})
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, in.ID+"-form-person.pdf"), b, 0o644)
	}
}
