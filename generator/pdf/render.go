package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

// How text gets into the PDF cheaply.
//
// fpdf's own UTF-8 fonts (AddUTF8FontFromBytes) parse the whole TrueType
// file again for every document, marshal a 65,536-entry width table and
// compress a 128 KiB CIDToGIDMap per font: about 10 ms per document with
// two fonts. Instead, each document uses simple TrueType fonts with an
// encoding made for it: ASCII keeps its codes, and the other characters
// the document uses get codes 127–255, named uniXXXX in the encoding's
// Differences array so that viewers find the glyph through the font's
// Unicode cmap and text extraction gets the character back. A document
// with more than 129 distinct non-ASCII characters gets further encodings
// ("slots"), each its own PDF font sharing the same embedded font file.
// The embedded file is a subset of the face parsed once per Maker: only
// the glyphs of the document's character pages keep their outlines, so
// glyph ids and the cmap stay valid; subsets are compressed once and
// reused (subsetFor). Font work per document is then a JSON font
// definition per font; a sign or form is 65–80 KB, of which some 20 KB
// is uncompressed page content (see doc.go).

// slotSize is how many non-ASCII characters one encoding holds: codes
// 127 to 255.
const slotSize = 129

// encoding maps the characters of one document to font slots and codes.
type encoding struct {
	slots [][]rune // per slot, the non-ASCII runes by code from 127
	code  map[rune][2]int
}

// newEncoding returns an encoding for the non-ASCII runes rs, sorted.
func newEncoding(rs []rune) *encoding {
	e := &encoding{code: make(map[rune][2]int, len(rs))}
	for i, r := range rs {
		if i%slotSize == 0 {
			e.slots = append(e.slots, nil)
		}
		s := len(e.slots) - 1
		e.code[r] = [2]int{s, 127 + len(e.slots[s])}
		e.slots[s] = append(e.slots[s], r)
	}
	if len(e.slots) == 0 {
		e.slots = [][]rune{nil}
	}
	return e
}

// split returns s as pieces of one slot each, encoded as bytes.
func (e *encoding) split(s string) (slots []int, texts []string) {
	var b strings.Builder
	cur := -1
	for _, r := range s {
		slot, c := 0, int(r)
		if r >= 127 {
			sc := e.code[r]
			slot, c = sc[0], sc[1]
		}
		if r < 127 && cur >= 0 {
			slot = cur // ASCII is in every slot
		}
		if slot != cur && b.Len() > 0 {
			slots, texts = append(slots, cur), append(texts, b.String())
			b.Reset()
		}
		cur = slot
		b.WriteByte(byte(c))
	}
	if b.Len() > 0 {
		slots, texts = append(slots, cur), append(texts, b.String())
	}
	return slots, texts
}

// fontDef mirrors fpdf's JSON font definition (AddFontFromBytes).
type fontDef struct {
	Tp           string
	Name         string
	Desc         fontDesc
	Up           int
	Ut           int
	Cw           []int
	Enc          string
	Diff         string
	File         string
	Size1        int
	Size2        int
	OriginalSize int
}

type fontDesc struct {
	Ascent       int
	Descent      int
	CapHeight    int
	Flags        int
	FontBBox     struct{ Xmin, Ymin, Xmax, Ymax int }
	ItalicAngle  int
	StemV        int
	MissingWidth int
}

// family is the fpdf family name of a slot.
func family(slot int) string { return "s" + strconv.Itoa(slot) }

// styleStr is the fpdf style string of a style; italic is registered as
// a style of its own.
func styleStr(st style) string { return [...]string{"", "B", "I"}[st] }

// render writes the laid-out document d as PDF.
func (m *Maker) render(d *doc) ([]byte, error) {
	// The characters each style uses, and all non-ASCII ones.
	var used [numStyles]map[rune]bool
	all := map[rune]bool{}
	var missing []string
	for st := range used {
		used[st] = map[rune]bool{}
	}
	if d.watermark != "" {
		for _, p := range d.pages {
			if !hasWatermark(p) {
				// Behind the content, but over a page-filling background
				// (the sign's yellow), which would hide it.
				i := 0
				for i < len(p.ops) && p.ops[i].kind == opRect && p.ops[i].fill >= 0 && p.ops[i].w*p.ops[i].h >= 0.9*d.w*d.h {
					i++
				}
				p.ops = append(p.ops[:i], append([]op{m.watermarkOp(d)}, p.ops[i:]...)...)
			}
		}
	}
	for _, p := range d.pages {
		for _, o := range p.ops {
			if o.kind != opText && o.kind != opWatermark {
				continue
			}
			for _, r := range o.text {
				if used[o.st][r] {
					continue
				}
				used[o.st][r] = true
				if _, ok := m.fonts[o.st].glyph(r); !ok {
					missing = append(missing, fmt.Sprintf("%q (U+%04X)", r, r))
				}
				if r >= 127 {
					all[r] = true
				}
			}
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("the embedded font has no glyph for %s", strings.Join(dedup(missing), ", "))
	}
	enc := newEncoding(sortedRunes(all))

	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: d.w * d.scale, Ht: d.h * d.scale},
	})
	f.SetCatalogSort(true)
	f.SetCreationDate(d.date)
	f.SetModificationDate(d.date)
	f.SetProducer("policysite", false)
	f.SetTitle(d.title, true)
	if d.author != "" {
		f.SetAuthor(d.author, true)
	}
	f.SetLang(d.lang)
	f.SetMargins(0, 0, 0)
	f.SetAutoPageBreak(false, 0)
	f.SetCompression(false)

	// Which slots each style needs.
	var slotsOf [numStyles]map[int]bool
	for st := range slotsOf {
		slotsOf[st] = map[int]bool{}
		for r := range used[st] {
			if r >= 127 {
				slotsOf[st][enc.code[r][0]] = true
			} else {
				slotsOf[st][0] = true
			}
		}
	}
	for st := style(0); st < numStyles; st++ {
		if len(slotsOf[st]) == 0 {
			continue
		}
		face := m.fonts[st]
		file := m.subsetFor(st, used[st])
		tag := file.tag
		for slot := range enc.slots {
			if !slotsOf[st][slot] {
				continue
			}
			def := fontDef{
				Tp:   "TrueType",
				Name: tag + "+" + face.name,
				Desc: fontDesc{
					Ascent:      face.ascent,
					Descent:     face.descent,
					CapHeight:   face.capHeight,
					Flags:       32, // non-symbolic
					ItalicAngle: face.italic,
					StemV:       face.stemV,
				},
				Up:           face.underPos,
				Ut:           face.underThk,
				Cw:           make([]int, 256),
				File:         tag + face.name + ".z",
				OriginalSize: file.size,
			}
			if face.italic != 0 {
				def.Desc.Flags |= 64
			}
			def.Desc.FontBBox.Xmin, def.Desc.FontBBox.Ymin = face.bbox[0], face.bbox[1]
			def.Desc.FontBBox.Xmax, def.Desc.FontBBox.Ymax = face.bbox[2], face.bbox[3]
			def.Desc.MissingWidth = face.widths[0]
			for c := 32; c < 127; c++ {
				def.Cw[c] = face.ascii[c]
			}
			var diff strings.Builder
			diff.WriteString("127")
			for i, r := range enc.slots[slot] {
				def.Cw[127+i] = face.width(r)
				fmt.Fprintf(&diff, " /uni%04X", r)
			}
			def.Diff = diff.String()
			js, err := json.Marshal(&def)
			if err != nil {
				return nil, err
			}
			f.AddFontFromBytes(family(slot), styleStr(st), js, file.z)
		}
	}

	k := d.scale
	for _, p := range d.pages {
		f.AddPage()
		for _, o := range p.ops {
			if o.kind == opWatermark {
				m.drawWatermark(f, enc, o, d, k)
				continue
			}
			m.replay(f, enc, o, k, d.h*k)
		}
	}
	var buf bytes.Buffer
	buf.Grow(96 << 10)
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// replay draws one operation, scaled by k, on a page ph mm high.
func (m *Maker) replay(f *fpdf.Fpdf, enc *encoding, o op, k, ph float64) {
	setFill := func() {
		if o.col != nil {
			f.SetFillColor(int(math.Round(o.col.r*255)), int(math.Round(o.col.g*255)), int(math.Round(o.col.b*255)))
			return
		}
		g := int(math.Round(o.fill * 255))
		f.SetFillColor(g, g, g)
	}
	switch o.kind {
	case opText:
		slots, texts := enc.split(o.text)
		x := o.x * k
		for i, s := range texts {
			f.SetFont(family(slots[i]), styleStr(o.st), o.h*k)
			f.Text(x, o.y*k, s)
			x += float64(m.fonts[o.st].advanceCodes(enc, slots[i], s)) * o.h * k / 1000 * ptmm
		}
	case opRect:
		s := ""
		if o.fill >= 0 {
			setFill()
			s = "F"
		}
		if o.stroke > 0 {
			f.SetLineWidth(o.stroke * k)
			s += "D"
		}
		f.Rect(o.x*k, o.y*k, o.w*k, o.h*k, s)
	case opLine:
		f.SetLineWidth(o.stroke * k)
		f.Line(o.x*k, o.y*k, (o.x+o.w)*k, (o.y+o.h)*k)
	case opPolygon:
		pts := make([]fpdf.PointType, len(o.pts))
		for i, p := range o.pts {
			pts[i] = fpdf.PointType{X: p.x * k, Y: p.y * k}
		}
		setFill()
		f.Polygon(pts, "F")
	case opCircle:
		setFill()
		f.Circle(o.x*k, o.y*k, o.w*k, "F")
	case opRaw:
		f.RawWriteStr(o.text)
	case opArc:
		f.SetDrawColor(255, 255, 255)
		if o.col != nil {
			f.SetDrawColor(int(math.Round(o.col.r*255)), int(math.Round(o.col.g*255)), int(math.Round(o.col.b*255)))
		}
		f.SetLineWidth(o.stroke * k)
		f.SetLineCapStyle("round")
		f.Arc(o.x*k, o.y*k, o.w*k, o.w*k, 0, o.a0, o.a1, "D")
		f.SetDrawColor(0, 0, 0)
		f.SetLineCapStyle("butt")
	case opQR:
		// One path of rectangles, one per run of dark modules in a row,
		// filled at once: no hairline seams between modules. Marked as
		// /QR content so that tests can find it.
		pt := 72 / 25.4
		// Coordinates are rounded before the widths are taken, so that
		// neighbouring modules share their edges exactly.
		num := func(v float64) float64 { return math.Round(v*1000) / 1000 }
		xs := func(i int) float64 { return num((o.x + float64(i)*o.w) * k * pt) }
		ys := func(i int) float64 { return num((ph - (o.y+float64(i)*o.w)*k) * pt) }
		str := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
		var b strings.Builder
		b.WriteString("/QR BMC q 0 g\n")
		for y := 0; y < o.qr.size; y++ {
			for x := 0; x < o.qr.size; {
				if !o.qr.dark(x, y) {
					x++
					continue
				}
				x0 := x
				for x < o.qr.size && o.qr.dark(x, y) {
					x++
				}
				b.WriteString(str(xs(x0)) + " " + str(ys(y+1)) + " " + str(num(xs(x)-xs(x0))) + " " + str(num(ys(y)-ys(y+1))) + " re\n")
			}
		}
		b.WriteString("f Q EMC\n")
		f.RawWriteStr(b.String())
	}
}

// advanceCodes returns the advance of encoded text in slot, in 1/1000 em.
func (f *face) advanceCodes(e *encoding, slot int, s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 127 {
			w += f.ascii[c]
		} else {
			w += f.width(e.slots[slot][c-127])
		}
	}
	return w
}

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

// watermarkOp is the watermark of d as an operation: its text, sized to
// run along 80% of the page's diagonal (at most 110 pt), centred.
func (m *Maker) watermarkOp(d *doc) op {
	diag := math.Hypot(d.w, d.h)
	size := 10 * 0.8 * diag / m.fonts.measure(bold, 10, d.watermark)
	size = math.Min(size, 110)
	w := m.fonts.measure(bold, size, d.watermark)
	return op{kind: opWatermark, x: (d.w - w) / 2, y: d.h/2 + 0.35*size*ptmm, w: w, h: size, st: bold, text: d.watermark}
}

// drawWatermark draws the watermark o of d, rotated along the diagonal
// from the bottom left to the top right, in grey.
func (m *Maker) drawWatermark(f *fpdf.Fpdf, enc *encoding, o op, d *doc, k float64) {
	f.TransformBegin()
	f.TransformRotate(math.Atan2(d.h, d.w)*180/math.Pi, d.w/2*k, d.h/2*k)
	f.SetTextColor(watermarkGrey, watermarkGrey, watermarkGrey)
	o.kind = opText
	m.replay(f, enc, o, k, d.h*k)
	f.SetTextColor(0, 0, 0)
	f.TransformEnd()
}

// hasWatermark reports whether the page p already has its watermark.
func hasWatermark(p *page) bool {
	for _, o := range p.ops {
		if o.kind == opWatermark {
			return true
		}
	}
	return false
}
