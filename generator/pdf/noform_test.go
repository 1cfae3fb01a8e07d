package pdf

import "testing"

// TestNoForm: an institution that switched the form off gets no
// attestation.pdf; the others get one.
func TestNoForm(t *testing.T) {
	m := testMaker(t)
	for _, off := range []bool{false, true} {
		in := saimite()
		in.Attestation.NoForm = off
		files, err := m.Forms(in)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{false: 1, true: 0}[off]; len(files) != want {
			t.Errorf("no_form %v: %d files, want %d", off, len(files), want)
		}
	}
}
