package pdf

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// face is one TrueType font, parsed once per Maker and read-only after:
// its metrics for layout, its Unicode cmap and what subsetting needs.
type face struct {
	name       string // PostScript-like base name, e.g. "GoRegular"
	unitsPerEm int
	bbox       [4]int // xMin, yMin, xMax, yMax in 1/1000 em
	ascent     int    // 1/1000 em
	descent    int    // 1/1000 em, negative
	capHeight  int    // 1/1000 em
	italic     int    // italic angle in degrees
	stemV      int
	underPos   int // 1/1000 em
	underThk   int // 1/1000 em

	gid    map[rune]uint16 // the (3,1) cmap
	widths []int           // advance per glyph in 1/1000 em, rounded as in the PDF
	ascii  [128]int        // advance per ASCII character, for speed

	loca []uint32 // numGlyphs+1 offsets into glyf
	glyf []byte
	// composites lists, per composite glyph, the glyphs it is made of.
	composites map[uint16][]uint16
	// fixed are the tables copied as they are into every subset, with
	// their checksums; head is patched per subset.
	fixed []table
	head  []byte
}

// parseFace reads the TrueType font ttf. name is the base font name
// written in the PDF.
func parseFace(name string, ttf []byte) (*face, error) {
	tables, err := readTables(ttf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "post"} {
		if tables[t] == nil {
			return nil, fmt.Errorf("%s: no %q table", name, t)
		}
	}
	f := &face{name: name, composites: map[uint16][]uint16{}}
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, fmt.Errorf("%s: short head, hhea or maxp table", name)
	}
	f.unitsPerEm = int(u16(head, 18))
	if f.unitsPerEm == 0 {
		return nil, fmt.Errorf("%s: unitsPerEm is 0", name)
	}
	scale := func(v int) int { return roundDiv(v*1000, f.unitsPerEm) }
	for i := range f.bbox {
		f.bbox[i] = scale(int(i16(head, 36+2*i)))
	}
	longLoca := i16(head, 50) == 1
	f.ascent = scale(int(i16(hhea, 4)))
	f.descent = scale(int(i16(hhea, 6)))
	nHMetrics := int(u16(hhea, 34))
	nGlyphs := int(u16(maxp, 4))
	f.capHeight = f.ascent * 7 / 10
	if os2 := tables["OS/2"]; len(os2) >= 90 && u16(os2, 0) >= 2 {
		f.capHeight = scale(int(i16(os2, 88)))
	}
	post := tables["post"]
	if len(post) < 32 {
		return nil, fmt.Errorf("%s: short post table", name)
	}
	f.italic = int(int32(u32(post, 4)) >> 16)
	f.underPos = scale(int(i16(post, 8)))
	f.underThk = scale(int(i16(post, 10)))
	f.stemV = 80
	if u16(head, 44)&1 != 0 { // macStyle bold
		f.stemV = 120
	}

	hmtx := tables["hmtx"]
	if nHMetrics == 0 || len(hmtx) < 4*nHMetrics {
		return nil, fmt.Errorf("%s: short hmtx table", name)
	}
	f.widths = make([]int, nGlyphs)
	for g := range f.widths {
		i := min(g, nHMetrics-1)
		f.widths[g] = scale(int(u16(hmtx, 4*i)))
	}

	loca := tables["loca"]
	f.loca = make([]uint32, nGlyphs+1)
	for i := range f.loca {
		switch {
		case longLoca && len(loca) >= 4*i+4:
			f.loca[i] = u32(loca, 4*i)
		case !longLoca && len(loca) >= 2*i+2:
			f.loca[i] = 2 * uint32(u16(loca, 2*i))
		default:
			return nil, fmt.Errorf("%s: short loca table", name)
		}
	}
	f.glyf = tables["glyf"]
	for g := 0; g < nGlyphs; g++ {
		a, b := f.loca[g], f.loca[g+1]
		if a > b || int(b) > len(f.glyf) {
			return nil, fmt.Errorf("%s: glyph %d out of range", name, g)
		}
		if b-a >= 10 && i16(f.glyf, int(a)) < 0 {
			parts, err := components(f.glyf[a:b])
			if err != nil {
				return nil, fmt.Errorf("%s: glyph %d: %w", name, g, err)
			}
			f.composites[uint16(g)] = parts
		}
	}

	if f.gid, err = parseCmap(tables["cmap"]); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for r, g := range f.gid {
		if int(g) >= nGlyphs {
			delete(f.gid, r)
		}
	}
	for c := range f.ascii {
		f.ascii[c] = f.width(rune(c))
	}

	// The tables a PDF viewer needs from an embedded TrueType font
	// (ISO 32000-1 §9.9), besides glyf and loca which are subset. post
	// is cut to version 3 (no glyph names): the viewer finds glyphs
	// through the cmap. name is left out: PDF names the font itself.
	f.head = append([]byte(nil), head...)
	binary.BigEndian.PutUint16(f.head[50:], 1) // long loca in subsets
	for _, tag := range []string{"OS/2", "cmap", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "post", "prep"} {
		data := tables[tag]
		if data == nil {
			continue
		}
		if tag == "post" {
			data = append([]byte(nil), data[:32]...)
			binary.BigEndian.PutUint32(data, 0x00030000)
		}
		f.fixed = append(f.fixed, table{tag: tag, data: data, sum: checksum(data)})
	}
	return f, nil
}

// glyph returns the glyph of r and whether the font has one.
func (f *face) glyph(r rune) (uint16, bool) {
	g, ok := f.gid[r]
	return g, ok
}

// width returns the advance of r in 1/1000 em; 0 for a rune without a
// glyph.
func (f *face) width(r rune) int {
	g, ok := f.gid[r]
	if !ok {
		return 0
	}
	return f.widths[g]
}

// subset returns a TrueType file with the glyphs of runes (and .notdef
// and the parts of composite glyphs); other glyphs are left empty, so
// that glyph ids and the cmap stay as they are.
func (f *face) subset(runes []rune) []byte {
	keep := make([]bool, len(f.widths))
	var add func(g uint16)
	add = func(g uint16) {
		if int(g) >= len(keep) || keep[g] {
			return
		}
		keep[g] = true
		for _, p := range f.composites[g] {
			add(p)
		}
	}
	add(0)
	for _, r := range runes {
		if g, ok := f.gid[r]; ok {
			add(g)
		}
	}
	size := 0
	for g, k := range keep {
		if k {
			size += pad4(int(f.loca[g+1] - f.loca[g]))
		}
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(len(keep)+1))
	for g, k := range keep {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		if k {
			glyf = append(glyf, f.glyf[f.loca[g]:f.loca[g+1]]...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*len(keep):], uint32(len(glyf)))

	head := append([]byte(nil), f.head...)
	binary.BigEndian.PutUint32(head[8:], 0)
	tables := make([]table, 0, len(f.fixed)+3)
	tables = append(tables, f.fixed...)
	tables = append(tables,
		table{"glyf", glyf, checksum(glyf)},
		table{"head", head, checksum(head)},
		table{"loca", loca, checksum(loca)})
	sort.Slice(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })
	out := writeTables(tables)
	binary.BigEndian.PutUint32(out[headOffset(out)+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// roundDiv returns a/b rounded half away from zero, for b > 0.
func roundDiv(a, b int) int {
	if a < 0 {
		return -((-a + b/2) / b)
	}
	return (a + b/2) / b
}
