package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// This file reads and writes the TrueType file format for font.go: the
// table directory, the Unicode cmap, composite glyphs, checksums and
// big-endian fields.

// table is one table of a TrueType file.
type table struct {
	tag  string
	data []byte
	sum  uint32
}

// readTables returns the tables of a TrueType file by tag.
func readTables(b []byte) (map[string][]byte, error) {
	if len(b) < 12 {
		return nil, errors.New("not a TrueType font")
	}
	if v := u32(b, 0); v != 0x00010000 && v != 0x74727565 {
		return nil, errors.New("not a TrueType font (CFF outlines are not supported)")
	}
	n := int(u16(b, 4))
	if len(b) < 12+16*n {
		return nil, errors.New("short table directory")
	}
	out := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := b[12+16*i:]
		off, ln := u32(rec, 8), u32(rec, 12)
		if uint64(off)+uint64(ln) > uint64(len(b)) {
			return nil, fmt.Errorf("table %q out of range", rec[:4])
		}
		out[string(rec[:4])] = b[off : off+ln]
	}
	return out, nil
}

// writeTables assembles a TrueType file from tables sorted by tag.
func writeTables(tables []table) []byte {
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += pad4(len(t.data))
	}
	out := make([]byte, 12+16*n, size)
	entry, shift := 1, 0
	for entry*2 <= n {
		entry *= 2
		shift++
	}
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16*entry))
	binary.BigEndian.PutUint16(out[8:], uint16(shift))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16*entry))
	for i, t := range tables {
		rec := out[12+16*i:]
		copy(rec, t.tag)
		binary.BigEndian.PutUint32(rec[4:], t.sum)
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// headOffset returns where the head table starts in a file made by
// writeTables.
func headOffset(b []byte) int {
	n := int(u16(b, 4))
	for i := 0; i < n; i++ {
		if string(b[12+16*i:16+16*i]) == "head" {
			return int(u32(b, 12+16*i+8))
		}
	}
	return 0
}

// parseCmap returns the rune → glyph map of the Unicode BMP subtable
// (platform 3 encoding 1, or platform 0), format 4.
func parseCmap(b []byte) (map[rune]uint16, error) {
	if len(b) < 4 {
		return nil, errors.New("short cmap table")
	}
	n := int(u16(b, 2))
	sub := -1
	for i := 0; i < n && len(b) >= 4+8*i+8; i++ {
		pid, eid, off := u16(b, 4+8*i), u16(b, 6+8*i), int(u32(b, 8+8*i))
		if (pid == 3 && eid == 1 || pid == 0) && off+2 <= len(b) && u16(b, off) == 4 {
			sub = off
			break
		}
	}
	if sub < 0 {
		return nil, errors.New("no Unicode cmap of format 4")
	}
	t := b[sub:]
	if len(t) < 14 {
		return nil, errors.New("short cmap subtable")
	}
	segs := int(u16(t, 6)) / 2
	if len(t) < 16+8*segs {
		return nil, errors.New("short cmap subtable")
	}
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	m := make(map[rune]uint16, 1024)
	for s := 0; s < segs; s++ {
		end, start := int(u16(t, ends+2*s)), int(u16(t, starts+2*s))
		delta, ro := u16(t, deltas+2*s), int(u16(t, ranges+2*s))
		for c := start; c <= end && c != 0xFFFF; c++ {
			var g uint16
			if ro == 0 {
				g = uint16(c) + delta
			} else {
				at := ranges + 2*s + ro + 2*(c-start)
				if at+2 > len(t) {
					return nil, errors.New("cmap glyph index out of range")
				}
				if g = u16(t, at); g != 0 {
					g += delta
				}
			}
			if g != 0 {
				m[rune(c)] = g
			}
		}
	}
	return m, nil
}

// components returns the glyphs a composite glyph is made of.
func components(g []byte) ([]uint16, error) {
	const (
		argsAreWords = 0x0001
		haveScale    = 0x0008
		moreParts    = 0x0020
		xyScale      = 0x0040
		twoByTwo     = 0x0080
	)
	var out []uint16
	for p := 10; ; {
		if p+4 > len(g) {
			return nil, errors.New("short composite glyph")
		}
		flags := u16(g, p)
		out = append(out, u16(g, p+2))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&xyScale != 0:
			p += 4
		case flags&twoByTwo != 0:
			p += 8
		}
		if flags&moreParts == 0 {
			return out, nil
		}
	}
}

// checksum is the TrueType table checksum of b.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

func u16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func i16(b []byte, i int) int16  { return int16(binary.BigEndian.Uint16(b[i:])) }
func u32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }
func pad4(n int) int             { return (n + 3) &^ 3 }
