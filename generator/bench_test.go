package generator

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// synthetic writes a content tree of n institutions with cmd/gencontent.
func synthetic(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "content")
	cmd := exec.Command("go", "run", "../cmd/gencontent", "-n", strconv.Itoa(n), "-out", dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		b.Skipf("cannot run gencontent: %v", err)
	}
	return dir
}

// BenchmarkBuild is a full build of 100 synthetic institutions: every
// page, sign and form, into a fresh output directory each time.
func BenchmarkBuild(b *testing.B) {
	content := synthetic(b, 100)
	out := b.TempDir()
	var sum *Summary
	i := 0
	for b.Loop() {
		i++
		var err error
		sum, err = Build(Options{Content: content, Out: filepath.Join(out, strconv.Itoa(i))})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(sum.Pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(sum.PDFs)*float64(b.N)/b.Elapsed().Seconds(), "PDFs/s")
}

// BenchmarkRebuild rebuilds 100 unchanged institutions: every output is
// reused.
func BenchmarkRebuild(b *testing.B) {
	content := synthetic(b, 100)
	out := filepath.Join(b.TempDir(), "public")
	if _, err := Build(Options{Content: content, Out: out}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		sum, err := Build(Options{Content: content, Out: out})
		if err != nil {
			b.Fatal(err)
		}
		if sum.Reused != sum.Institutions {
			b.Fatalf("reused %d of %d", sum.Reused, sum.Institutions)
		}
	}
}

// BenchmarkCheck validates 100 synthetic institutions.
func BenchmarkCheck(b *testing.B) {
	content := synthetic(b, 100)
	for b.Loop() {
		if _, err := Check(content); err != nil {
			b.Fatal(err)
		}
	}
}
