package pdf

import (
	"math"
	"time"
)

// A document is laid out first, as pages of drawing operations in
// millimetres on an A4 page with the origin at the top left, and only then
// written as PDF (render.go). The split lets the writer prepare the fonts
// for exactly the characters used, lets A3 be the same layout scaled, and
// lets tests check what was placed where.

// style is a font style of the embedded Go fonts.
type style int

const (
	regular style = iota
	bold
	italic
	numStyles
)

// ptmm is the size of a typographic point in millimetres.
const ptmm = 25.4 / 72

// opKind is the kind of a drawing operation.
type opKind int

const (
	opText    opKind = iota // text at x, baseline y
	opRect                  // rectangle x, y, w, h
	opLine                  // line from x, y to x+w, y+h
	opPolygon               // closed polygon pts
	opCircle                // circle centred at x, y with radius w
	opQR                    // QR code at x, y, module size w
	opArc                   // white arc centred at x, y, radius w, from a0 to a1 degrees
	opRaw                   // PDF operators written as they are (marked content)
)

// op is one drawing operation.
type op struct {
	kind opKind
	x, y float64
	w, h float64 // text: w is the width, h the size in points
	st   style
	text string
	// fill is the grey level to fill with (0 black, 1 white), or -1 for
	// no fill; stroke is the line width, or 0 for no outline.
	fill   float64
	stroke float64
	pts    []point
	qr     *qrCode
	a0, a1 float64 // arc angles, degrees counter-clockwise from 3 o'clock
	// col, when set, is the colour to fill (or, for an arc, draw) with
	// instead of the grey level fill.
	col *rgb
}

// point is a point in millimetres.
type point struct{ x, y float64 }

// page is one page of a document.
type page struct{ ops []op }

// doc is a laid-out document.
type doc struct {
	w, h   float64 // page size in millimetres before scaling
	pages  []*page
	title  string
	lang   string
	date   time.Time
	scale  float64 // 1 for A4; √2 turns an A4 layout into A3
	author string
	// watermark is drawn across every page, behind the content: the
	// word "draft" in the site's languages for a draft notice, or "".
	watermark string
}

// newPage appends an empty page and returns it.
func (d *doc) newPage() *page {
	p := &page{}
	d.pages = append(d.pages, p)
	return p
}

// text places one line of text in style st and size pt with its
// baseline at y.
func (p *page) text(f *fonts, x, y float64, st style, size float64, s string) {
	if s == "" {
		return
	}
	p.ops = append(p.ops, op{kind: opText, x: x, y: y, w: f.measure(st, size, s), h: size, st: st, text: s})
}

// rect places a rectangle filled with grey level fill (-1: none) and
// outlined with line width stroke (0: none).
func (p *page) rect(x, y, w, h, fill, stroke float64) {
	p.ops = append(p.ops, op{kind: opRect, x: x, y: y, w: w, h: h, fill: fill, stroke: stroke})
}

// line places a black line of width lw from (x1, y1) to (x2, y2).
func (p *page) line(x1, y1, x2, y2, lw float64) {
	p.ops = append(p.ops, op{kind: opLine, x: x1, y: y1, w: x2 - x1, h: y2 - y1, stroke: lw, fill: -1})
}

// polygon places a closed polygon filled with grey level fill.
func (p *page) polygon(fill float64, pts ...point) {
	p.ops = append(p.ops, op{kind: opPolygon, pts: pts, fill: fill})
}

// circle places a filled circle.
func (p *page) circle(x, y, r, fill float64) {
	p.ops = append(p.ops, op{kind: opCircle, x: x, y: y, w: r, fill: fill})
}

// arc places a white arc of line width lw, for drawing on black.
func (p *page) arc(x, y, r, a0, a1, lw float64) {
	p.ops = append(p.ops, op{kind: opArc, x: x, y: y, w: r, a0: a0, a1: a1, stroke: lw, fill: -1})
}

// coloured sets the colour of the last operation placed.
func (p *page) coloured(c rgb) {
	p.ops[len(p.ops)-1].col = &c
}

// mark begins (tag non-empty) or ends (tag "") a marked-content
// sequence, so that tests reading the PDF back find what it holds.
func (p *page) mark(tag string) {
	s := "EMC\n"
	if tag != "" {
		s = "/" + tag + " BMC\n"
	}
	p.ops = append(p.ops, op{kind: opRaw, text: s, fill: -1})
}

// qrCode places a QR code with its top left corner at x, y and modules
// of size module.
func (p *page) qrCode(q *qrCode, x, y, module float64) {
	p.ops = append(p.ops, op{kind: opQR, x: x, y: y, w: module, h: module * float64(q.size), qr: q})
}

// box is the area an operation covers, for tests and layout checks:
// text from its ascent to its descent.
func (o op) box() (x0, y0, x1, y1 float64) {
	switch o.kind {
	case opText:
		return o.x, o.y - 0.80*o.h*ptmm, o.x + o.w, o.y + 0.22*o.h*ptmm
	case opLine:
		// Lines have butt caps: the stroke widens them across, not along.
		x0, x1 = min(o.x, o.x+o.w), max(o.x, o.x+o.w)
		y0, y1 = min(o.y, o.y+o.h), max(o.y, o.y+o.h)
		n := math.Hypot(o.w, o.h)
		dx, dy := math.Abs(o.h)/n*o.stroke/2, math.Abs(o.w)/n*o.stroke/2
		return x0 - dx, y0 - dy, x1 + dx, y1 + dy
	case opPolygon:
		x0, y0, x1, y1 = o.pts[0].x, o.pts[0].y, o.pts[0].x, o.pts[0].y
		for _, p := range o.pts {
			x0, y0, x1, y1 = min(x0, p.x), min(y0, p.y), max(x1, p.x), max(y1, p.y)
		}
		return
	case opCircle, opArc:
		return o.x - o.w - o.stroke/2, o.y - o.w - o.stroke/2, o.x + o.w + o.stroke/2, o.y + o.w + o.stroke/2
	case opQR:
		return o.x, o.y, o.x + o.h, o.y + o.h
	}
	return o.x - o.stroke/2, o.y - o.stroke/2, o.x + o.w + o.stroke/2, o.y + o.h + o.stroke/2
}
