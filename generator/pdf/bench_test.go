package pdf

import "testing"

func BenchmarkSign(b *testing.B) {
	m := testMaker(b)
	in := saimite()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Sign(in, "a4"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkForm(b *testing.B) {
	m := testMaker(b)
	in := saimite()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Form(in, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignParallel renders signs on every core, as a build does.
func BenchmarkSignParallel(b *testing.B) {
	m := testMaker(b)
	in := saimite()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := m.Sign(in, "a4"); err != nil {
				b.Error(err)
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		testMaker(b)
	}
}

func BenchmarkQR(b *testing.B) {
	for i := 0; i < b.N; i++ {
		newQR("https://privatums.example.lv/lv/saimite/video-surveillance/")
	}
}
