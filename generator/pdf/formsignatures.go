package pdf

import (
	"strconv"
	"strings"

	"policysite/generator/notice"
)

// This file is the second page of a blank attestation form: the
// signature sheet, where many staff sign one after the other.

// sheetRowH is the height of a row of the signature sheet, in millimetres.
const sheetRowH = 10.0

// signatureSheet adds the signature sheet: a table where staff sign one
// after the other, as many rows as fit on the page.
func (m *Maker) signatureSheet(d *doc, in *notice.Institution) {
	f := &m.fonts
	width := pageW - 2*formMargin
	p := d.newPage()
	var ps []para
	for i, t := range m.tr("form.sheet.heading") {
		size := 16.0
		if i > 0 {
			size = 12
		}
		ps = append(ps, para{spans: []span{{strings.ToUpper(t.s), bold}}, size: size, align: center, before: 0.5})
	}
	for i, p := range paras(m.texts(in.Name), bold, 11, 0.3) {
		p.align = center
		if i == 0 {
			p.before = 2
		}
		ps = append(ps, p)
	}
	head := f.layout(ps, width, 11)
	head.draw(p, f, formMargin, formMargin)
	y := formMargin + head.h + 4

	g := m.columns(formMargin)
	var rows []row
	var r1, r2 row
	for i, l := range m.langs {
		a := runIn(m.cat.T(l, "form.rules"), m.rulesTitle(l, in.Rules))
		b := []para{{spans: []span{{m.cat.T(l, "form.sheet.intro"), regular}}}}
		if len(g.x) == 1 && i > 0 {
			a[0].before, b[0].before = 1, 1
			r1.cells[0] = append(r1.cells[0], a...)
			r2.cells[0] = append(r2.cells[0], b...)
			continue
		}
		r1.cells, r2.cells = append(r1.cells, a), append(r2.cells, b)
	}
	rows = append(rows, r1, r2)
	for _, r := range f.layoutRows(g, rows, 10) {
		g.drawRow(p, f, r, y, 1.2, false)
		y += r.h + 2.4
	}
	y += 3

	// The table.
	cols := []struct {
		key string
		w   float64
	}{{"form.sheet.no", 12}, {"form.name", 52}, {"form.position", 42}, {"form.date", 28}, {"form.signature", 0}}
	used := 0.0
	for _, c := range cols {
		used += c.w
	}
	cols[len(cols)-1].w = width - used
	const pad = 1.5
	var heads []block
	headH := 0.0
	for _, c := range cols {
		var hp []para
		for i, t := range m.tr(c.key) {
			hp = append(hp, para{spans: []span{{t.s, langStyle(i, bold)}}, size: minBody})
		}
		b := f.layout(hp, c.w-2*pad, minBody)
		heads = append(heads, b)
		headH = max(headH, b.h)
	}
	headH += 2 * pad
	bottom := pageH - formMargin - lead(minBody) - 3
	n := int((bottom - y - headH) / sheetRowH)
	tableH := headH + float64(n)*sheetRowH
	p.rect(formMargin, y, width, headH, 0.88, 0)
	x := formMargin
	for i, c := range cols {
		heads[i].draw(p, f, x+pad, y+pad)
		if i > 0 {
			p.line(x, y, x, y+tableH, 0.3)
		}
		x += c.w
	}
	p.rect(formMargin, y, width, tableH, -1, 0.4)
	p.line(formMargin, y+headH, pageW-formMargin, y+headH, 0.4)
	for i := 1; i <= n; i++ {
		ry := y + headH + float64(i)*sheetRowH
		if i < n {
			p.line(formMargin, ry, pageW-formMargin, ry, 0.2)
		}
		num := strconv.Itoa(i) + "."
		p.text(f, formMargin+cols[0].w-pad-f.measure(regular, 10, num), ry-sheetRowH/2+1.3, regular, 10, num)
	}
}
