package pdf

import (
	"strconv"
	"syscall"
	"testing"
	"time"

	"policysite/generator/notice"
)

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// bench runs fn b.N times and reports, besides the wall time, the CPU
// time per operation (cpu-ns/op), which a busy machine inflates less.
func bench(b *testing.B, fn func() error) {
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkSign renders the same sign again and again: its QR code is
// made once and then taken from the Maker's cache. BenchmarkSignPair
// measures a sign as a build makes it.
func BenchmarkSign(b *testing.B) {
	m, in := testMaker(b), saimite()
	bench(b, func() error { _, err := m.Sheet(in, "a4"); return err })
}

// BenchmarkSignPair renders an institution's A4 and A3 signs, as a build
// does, for a new institution each time, so that each pair makes its QR
// code once. The figure is per pair: two PDFs.
func BenchmarkSignPair(b *testing.B) {
	m, in := testMaker(b), saimite()
	id := in.ID
	n := 0
	bench(b, func() error {
		n++
		in.ID = id + "-" + strconv.Itoa(n)
		if _, err := m.Sheet(in, "a4"); err != nil {
			return err
		}
		_, err := m.Sheet(in, "a3")
		return err
	})
}

func BenchmarkSignLong(b *testing.B) {
	m, in := testMaker(b), long()
	bench(b, func() error { _, err := m.Sheet(in, "a4"); return err })
}

func BenchmarkForm(b *testing.B) {
	m, in := testMaker(b), saimite()
	bench(b, func() error { _, err := m.Form(in, nil); return err })
}

// BenchmarkSignParallel renders signs on every core, as a build does.
func BenchmarkSignParallel(b *testing.B) {
	m, in := testMaker(b), saimite()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := m.Sheet(in, "a4"); err != nil {
				b.Error(err)
			}
		}
	})
}

// BenchmarkNew is the work done once per build: parsing the fonts.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		testMaker(b)
	}
}

func BenchmarkQR(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := newQR("https://privatums.example.lv/lv/saimite/video-surveillance/"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWarningSigns renders the default warning sign variants of an
// institution (notice.DefaultSignVariants: six), a new institution each
// time so that no layout or QR code is reused from the one before. The
// figure is per institution.
func BenchmarkWarningSigns(b *testing.B) {
	m, in := testMaker(b), saimite()
	n := 0
	bench(b, func() error {
		n++
		c := *in
		c.ID = in.ID + "-" + strconv.Itoa(n)
		for _, v := range notice.DefaultSignVariants() {
			if _, err := m.WarningSign(&c, v, nil); err != nil {
				return err
			}
		}
		return nil
	})
}

// BenchmarkSheetA4 renders the second-layer sheet of a new institution
// each time.
func BenchmarkSheetA4(b *testing.B) {
	m, in := testMaker(b), saimite()
	n := 0
	bench(b, func() error {
		n++
		c := *in
		c.ID = in.ID + "-" + strconv.Itoa(n)
		_, err := m.Sheet(&c, "a4")
		return err
	})
}
