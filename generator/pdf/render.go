package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

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
	date := d.date
	if date.IsZero() {
		// A version without an effective date: fpdf would write the time
		// of the build; write the Unix epoch, as reproducible builds do
		// without SOURCE_DATE_EPOCH, so that output stays deterministic.
		date = time.Unix(0, 0).UTC()
	}
	f.SetCreationDate(date)
	f.SetModificationDate(date)
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
