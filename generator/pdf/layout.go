package pdf

import "math"

// Alignment of a paragraph.
const (
	left = iota
	center
	right
)

// para is a paragraph to lay out: spans wrapped to the width, with an
// optional marker (a list number or bullet) hanging in the indent.
type para struct {
	spans  []span
	size   float64 // points; 0 means the body size
	before float64 // space above, mm; ignored at the top of a block
	indent float64 // mm, from the left of the block to the text
	marker []span  // drawn at the left, in the indent
	align  int
	words  []word // spans split into words; made by layout when nil
}

// placed is a laid-out line in a block.
type placed struct {
	l    line
	size float64
	x, y float64 // left and baseline, from the block's top left
}

// block is laid-out text.
type block struct {
	lines []placed
	h     float64 // from the top to the bottom of the last line box
}

// Line boxes: a line of size s takes lead(s); its baseline is at
// ascent(s) from the top of the box.
func ascent(size float64) float64 { return 0.95 * size * ptmm }

// layout lays paragraphs out in a column width mm wide, with body as the
// size of paragraphs that do not set one.
func (f *fonts) layout(paras []para, width, body float64) block {
	var b block
	y := 0.0
	for i, p := range paras {
		size := p.size
		if size == 0 {
			size = body
		}
		if i > 0 {
			y += p.before
		}
		ws := p.words
		if ws == nil {
			ws = f.words(p.spans)
		}
		lines := f.wrapWords(size, width-p.indent, ws)
		if len(lines) == 0 && len(p.marker) > 0 {
			lines = []line{{}}
		}
		for j, l := range lines {
			x := p.indent
			switch p.align {
			case center:
				x = p.indent + (width-p.indent-l.w)/2
			case right:
				x = width - l.w
			}
			if j == 0 && len(p.marker) > 0 {
				var m line
				for _, s := range p.marker {
					m.runs = append(m.runs, run{s: s.s, st: s.st, x: m.w})
					m.w += f.measure(s.st, size, s.s)
				}
				b.lines = append(b.lines, placed{l: m, size: size, x: 0, y: y + ascent(size)})
			}
			b.lines = append(b.lines, placed{l: l, size: size, x: x, y: y + ascent(size)})
			y += lead(size)
		}
	}
	b.h = y
	return b
}

// draw places the block with its top left at x, y.
func (b block) draw(p *page, f *fonts, x, y float64) {
	for _, pl := range b.lines {
		for _, r := range pl.l.runs {
			p.text(f, x+pl.x+r.x, y+pl.y, r.st, pl.size, r.s)
		}
	}
}

// split cuts the block so that the first part is at most h high; the
// second part starts at its own top. A line is never cut.
func (b block) split(h float64) (first, rest block) {
	cut := len(b.lines)
	for i, pl := range b.lines {
		if pl.y-ascent(pl.size)+lead(pl.size) > h+1e-9 {
			cut = i
			break
		}
	}
	// A marker belongs to the line after it.
	for cut > 0 && cut < len(b.lines) && b.lines[cut-1].y == b.lines[cut].y {
		cut--
	}
	first.lines = b.lines[:cut]
	if cut > 0 {
		last := first.lines[cut-1]
		first.h = last.y - ascent(last.size) + lead(last.size)
	}
	if cut == len(b.lines) {
		return first, rest
	}
	top := b.lines[cut].y - ascent(b.lines[cut].size)
	for _, pl := range b.lines[cut:] {
		pl.y -= top
		rest.lines = append(rest.lines, pl)
	}
	rest.h = b.h - top
	return first, rest
}

// row is one fact of a sign or form, with a cell per language column.
type row struct{ cells [][]para }

// laidRow is a laid-out row.
type laidRow struct {
	cells []block
	h     float64 // the tallest cell, without padding
}

// grid is the column geometry of fact rows: the left edge and width of
// each column and the gap between columns, in millimetres.
type grid struct {
	x     []float64
	w     float64
	gap   float64
	left  float64 // left and right edges of the grid
	right float64
}

// newGrid returns n equal columns between left and right.
func newGrid(n int, left, right, gap float64) grid {
	g := grid{w: (right - left - float64(n-1)*gap) / float64(n), gap: gap, left: left, right: right}
	for i := 0; i < n; i++ {
		g.x = append(g.x, left+float64(i)*(g.w+gap))
	}
	return g
}

// prepare splits the paragraphs of rows into words once, for rows that
// are laid out at several sizes.
func (f *fonts) prepare(rows []row) {
	for _, r := range rows {
		for _, c := range r.cells {
			for i := range c {
				c[i].words = f.words(c[i].spans)
			}
		}
	}
}

// layoutRows lays out each row's cells in the grid's columns.
func (f *fonts) layoutRows(g grid, rows []row, body float64) []laidRow {
	out := make([]laidRow, len(rows))
	for i, r := range rows {
		for _, c := range r.cells {
			b := f.layout(c, g.w, body)
			out[i].cells = append(out[i].cells, b)
			out[i].h = max(out[i].h, b.h)
		}
	}
	return out
}

// rowsHeight is the height of laid-out rows with padding pad above and
// below each.
func rowsHeight(rows []laidRow, pad float64) float64 {
	h := 0.0
	for _, r := range rows {
		h += r.h + 2*pad
	}
	return h
}

// fitBody returns the largest body size, from maxSize down to minBody in
// half points, at which height(size) is at most avail; minBody when
// none is. It searches by halves, as height grows with the size.
func fitBody(maxSize, avail float64, height func(size float64) float64) float64 {
	n := int(math.Round((maxSize - minBody) * 2))
	size := func(i int) float64 { return minBody + float64(i)/2 }
	if height(size(n)) <= avail {
		return size(n)
	}
	lo, hi := -1, n // size(hi) does not fit; size(lo) fits unless lo is -1
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if height(size(mid)) <= avail {
			lo = mid
		} else {
			hi = mid
		}
	}
	return size(max(lo, 0))
}

// split cuts a laid-out row so that the first part is at most h high.
func (r laidRow) split(h float64) (first, rest laidRow) {
	for _, c := range r.cells {
		a, b := c.split(h)
		first.cells, rest.cells = append(first.cells, a), append(rest.cells, b)
		first.h, rest.h = max(first.h, a.h), max(rest.h, b.h)
	}
	return first, rest
}

// drawRow draws a row with its top at y and padding pad above and below
// the text: a rule above it unless rule is false, and rules between the
// columns.
func (g grid) drawRow(p *page, f *fonts, r laidRow, y, pad float64, rule bool) {
	if rule {
		p.line(g.left, y, g.right, y, 0.25)
	}
	for i, c := range r.cells {
		c.draw(p, f, g.x[i], y+pad)
		if i > 0 {
			x := g.x[i] - g.gap/2
			p.line(x, y+pad*0.6, x, y+r.h+2*pad-pad*0.6, 0.25)
		}
	}
}

// flow places rows down the pages of a document, starting new pages
// with next when a row does not fit.
type flow struct {
	g           grid
	f           *fonts
	p           *page
	y           float64 // where the next row goes
	top, bottom float64 // the row area of the current page
	body        float64 // body size, for the orphan and widow rules
	pad         float64 // padding above and below a row's text
	rules       bool    // draw rules between rows
	next        func() (p *page, top, bottom float64)
}

// add places a row. A row that does not fit is split when at least three
// lines fit and at least two go on (or when it would not fit on an empty
// page either); else it moves to the next page whole.
func (fl *flow) add(r laidRow) {
	for fl.y+r.h+2*fl.pad > fl.bottom+1e-9 {
		room := fl.bottom - fl.y - 2*fl.pad
		fresh := fl.y == fl.top
		if room >= 3*lead(fl.body) || fresh {
			a, b := r.split(room)
			if b.h > 0 && b.h < 2*lead(fl.body) && !fresh {
				a, b = r.split(room - 2*lead(fl.body))
			}
			if a.h == 0 && fresh {
				break // taller than a page: cannot happen with sane text
			}
			if a.h > 0 {
				fl.g.drawRow(fl.p, fl.f, a, fl.y, fl.pad, fl.rules && !fresh)
				r = b
				if r.h == 0 {
					fl.y += a.h + 2*fl.pad
					return
				}
			}
		}
		fl.p, fl.top, fl.bottom = fl.next()
		fl.y = fl.top
	}
	fl.g.drawRow(fl.p, fl.f, r, fl.y, fl.pad, fl.rules && fl.y > fl.top)
	fl.y += r.h + 2*fl.pad
}
