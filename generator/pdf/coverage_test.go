package pdf

import (
	"testing"

	"golang.org/x/image/font/gofont/goregular"
)

// TestCovers pins what the fonts draw: all of printable ASCII and the
// Latvian letters, and no emoji, CJK or invisible controls; and that
// Covers agrees with the faces a Maker draws with.
func TestCovers(t *testing.T) {
	for r := rune(0x20); r < 0x7F; r++ {
		if !Covers(r) {
			t.Errorf("Covers(%q) = false", r)
		}
	}
	for _, r := range "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ„“”–—•€§№" {
		if !Covers(r) {
			t.Errorf("Covers(%q) = false", r)
		}
	}
	for _, r := range "😀中\u202E\u200B\n\t\x00" {
		if Covers(r) {
			t.Errorf("Covers(%U) = true", r)
		}
	}
	f, err := parseFace("GoRegular", goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	for r := rune(0); r < 0x10000; r++ {
		if _, ok := f.glyph(r); Covers(r) && !ok {
			t.Errorf("Covers(%U) but GoRegular has no glyph", r)
		}
	}
}
