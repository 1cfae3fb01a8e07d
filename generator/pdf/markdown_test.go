package pdf

import "testing"

func TestPhoneDoesNotBreak(t *testing.T) {
	m := testMaker(t)
	f := &m.fonts
	for _, c := range []struct {
		in   string
		want int // words
	}{
		{"tālr. +371 67914650, e-pasts", 3},
		{"+371 6791 4650", 1},
		{"2 dienas un 14 dienas", 5},
		{"reģ. Nr. 90000028870 rīkojums", 4},
	} {
		if got := len(f.words([]span{{c.in, regular}})); got != c.want {
			t.Errorf("%q: %d words, want %d", c.in, got, c.want)
		}
	}
}
