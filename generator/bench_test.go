package generator

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"testing"

	"policysite/generator/pdf"
	"policysite/generator/site"
)

// synthetic writes a content tree of n institutions with cmd/gencontent,
// and sets the garbage collector as the policysite command does for the
// rest of the benchmark.
func synthetic(b *testing.B, n int) string {
	b.Helper()
	old := debug.SetGCPercent(400)
	b.Cleanup(func() { debug.SetGCPercent(old) })
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
		if _, err := Check(content, testDate); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPages loads and renders the HTML pages of 100 synthetic
// institutions on every core, as a build does, without the PDFs and
// without writing: the HTML side of a build.
func BenchmarkPages(b *testing.B) {
	content := synthetic(b, 100)
	tree, errs := loadOptions().Open(content)
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	pages, err := site.New(tree.Site, catalog(tree.Site), nil)
	if err != nil {
		b.Fatal(err)
	}
	var n atomic.Int64
	for b.Loop() {
		forEach(tree.Files, func(i int, file string) {
			in, errs := tree.Institution(file)
			if len(errs) > 0 {
				b.Error(errs)
				return
			}
			files, err := pages.Institution(in)
			if err != nil {
				b.Error(err)
			}
			n.Add(int64(len(files)))
		})
	}
	b.ReportMetric(float64(n.Load())/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkOutputs renders each output of 100 synthetic institutions in
// memory, as a build does (renderers made once per build, institutions
// one after the other), without writing: one sub-benchmark per output of
// outputs.go, whose figure is per build of the 100; files/s counts the
// files the output makes.
func BenchmarkOutputs(b *testing.B) {
	c, err := LoadFS(os.DirFS(synthetic(b, 100)), "content")
	if err != nil {
		b.Fatal(err)
	}
	c.Site.PublishRegister = true // measure the record too, an output a site may switch on
	cat := catalog(c.Site)
	for i, name := range []string{"pages", "cctv", "form", "jsonld", "feeds", "register"} {
		b.Run(name, func(b *testing.B) {
			files := 0
			for b.Loop() {
				pages, err := site.New(c.Site, cat, nil)
				if err != nil {
					b.Fatal(err)
				}
				pdfs, err := pdf.New(c.Site, cat)
				if err != nil {
					b.Fatal(err)
				}
				o := outputs(c.Site, cat, pages, pdfs)[i]
				for _, in := range c.Institutions {
					fs, err := o.Files(in)
					if err != nil {
						b.Fatal(err)
					}
					files += len(fs)
				}
			}
			b.ReportMetric(float64(files)/b.Elapsed().Seconds(), "files/s")
		})
	}
}
