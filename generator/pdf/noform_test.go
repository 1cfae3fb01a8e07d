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
		// One form per version at its dated address, and the current
		// one also at the undated one.
		if want := map[bool]int{false: 2 + len(in.Versions) + len(in.Upcoming), true: 0}[off]; len(files) != want {
			t.Errorf("no_form %v: %d files, want %d", off, len(files), want)
		}
	}
}
