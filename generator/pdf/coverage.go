package pdf

import (
	"fmt"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Covers reports whether the embedded fonts draw r in every style, that
// is whether a text holding r can be printed on a sign or form. The
// content loader checks every character of every text with it
// (notice.Options.Glyphs), so that check refuses what a PDF cannot print.
// Control characters, tab and line breaks included, are not drawn and
// not covered.
func Covers(r rune) bool { return coverage()[r] }

// coverage is the set of runes every embedded font has a glyph for,
// computed once from their cmaps and read-only after.
var coverage = sync.OnceValue(func() map[rune]bool {
	var maps []map[rune]uint16
	for _, ttf := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF} {
		tables, err := readTables(ttf)
		if err != nil {
			panic(fmt.Sprintf("pdf: embedded font: %v", err))
		}
		m, err := parseCmap(tables["cmap"])
		if err != nil {
			panic(fmt.Sprintf("pdf: embedded font: %v", err))
		}
		maps = append(maps, m)
	}
	out := map[rune]bool{}
	for r := range maps[0] {
		control := r < 0x20 || r >= 0x7F && r <= 0x9F // mapped to empty glyphs
		if !control && maps[1][r] != 0 && maps[2][r] != 0 {
			out[r] = true
		}
	}
	return out
})
