package pdf

import (
	"bytes"
	"compress/zlib"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
)

// subsetFont is a compressed font subset.
type subsetFont struct {
	tag  string // the six letters that name the subset
	z    []byte // zlib-compressed TrueType file
	size int    // uncompressed size
}

// subsetPage is how many consecutive characters a subset takes or leaves
// out together. Subsetting by pages of 8 characters rather than by the
// characters themselves makes the subsets of most documents the same
// few, so that each is made and compressed once per Maker, for a few
// more glyphs than needed: a subset is 15–25 KB.
const subsetPage = 8

// maxSubsets bounds the subsets a Maker keeps.
const maxSubsets = 256

// subsetFor returns the compressed subset of style st with the pages of
// the characters in used, from the Maker's cache when it was made before.
func (m *Maker) subsetFor(st style, used map[rune]bool) subsetFont {
	pages := map[rune]bool{}
	for r := range used {
		pages[r/subsetPage] = true
	}
	var key strings.Builder
	key.WriteByte(byte('0' + st))
	for _, pg := range sortedRunes(pages) {
		key.WriteByte(' ')
		key.WriteString(strconv.Itoa(int(pg)))
	}
	k := key.String()
	m.mu.Lock()
	sf, ok := m.subsets[k]
	m.mu.Unlock()
	if ok {
		return sf
	}
	face := m.fonts[st]
	var runes []rune
	for _, pg := range sortedRunes(pages) {
		for r := pg * subsetPage; r < (pg+1)*subsetPage; r++ {
			if _, ok := face.gid[r]; ok {
				runes = append(runes, r)
			}
		}
	}
	raw := face.subset(runes)
	zw := m.zpool.Get().(*zlib.Writer)
	defer m.zpool.Put(zw)
	var buf bytes.Buffer
	buf.Grow(len(raw) / 2)
	zw.Reset(&buf)
	zw.Write(raw)
	zw.Close()
	sf = subsetFont{tag: subsetTag(k), z: buf.Bytes(), size: len(raw)}
	m.mu.Lock()
	if len(m.subsets) < maxSubsets {
		m.subsets[k] = sf
	}
	m.mu.Unlock()
	return sf
}

// subsetTag is the six-letter tag that names a font subset (ISO
// 32000-1 §9.6.4), derived from the subset's key.
func subsetTag(key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	v := h.Sum32()
	var b [6]byte
	for i := range b {
		b[i] = byte('A' + v%26)
		v /= 26
	}
	return string(b[:])
}

func sortedRunes(m map[rune]bool) []rune {
	out := make([]rune, 0, len(m))
	for r := range m {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func dedup(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// opWatermark is the draft watermark: text drawn diagonally across the
// page, first, so that the content lies over it.
const opWatermark opKind = -1

// Grey of the watermark: light enough that black text over it keeps a
// contrast above 12:1, dark enough to see on paper.
const watermarkGrey = 205
