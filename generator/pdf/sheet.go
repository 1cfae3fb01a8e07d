package pdf

import (
	"fmt"
	"math"
	"strconv"

	"policysite/generator/notice"
)

// Page geometry of the sign, in millimetres on A4; A3 is the same layout
// scaled by √2.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 14.0 // content margin
	frameInset   = 7.0  // the black frame around the sign
	frameWidth   = 1.2
	pictoSize    = 38.0
	labelW       = 46.0 // the label column of the fact rows
	colGap       = 4.0
	rowPad       = 2.0  // above and below a row's text
	minBody      = 9.0  // smallest body size, points
	maxBody      = 14.0 // body size when everything fits
)

// Sheet returns the CCTV information sheet of an institution (the second
// layer on paper, for a reception desk) as PDF; size is "a4" (or "a3",
// the same layout scaled). It is an error if the institution has no
// video-surveillance purpose.
//
// One sheet covers all the institution's video-surveillance purposes:
// the controller, then the facts of each purpose together (its name and
// description, legal basis, legitimate interests, monitored areas,
// recipients, retention, transfers), numbered when there are several,
// then the DPO, the rights and, in rows of their own under a bold label,
// the right to object (GDPR Art 21(4): presented separately from any
// other information). Each purpose gets a QR code
// to its page in the site's default language (the second layer), with
// the address printed beside it; with several purposes the codes are
// numbered like the purposes. The phone number is the first purpose's
// video phone, or the institution's.
//
// The body text starts at 12 pt and shrinks to fit the page, down to
// 9 pt; what does not fit at 9 pt continues on further pages (the
// heading, pictogram and QR codes stay on the first).
func (m *Maker) Sheet(in *notice.Institution, size string) ([]byte, error) {
	d, err := m.sheet(in, size)
	if err != nil {
		return nil, err
	}
	b, err := m.render(d)
	if err != nil {
		return nil, fmt.Errorf("pdf: sign of %s: %w", in.ID, err)
	}
	return b, nil
}

// scaleOf returns the scale of a page size name.
func scaleOf(size string) (float64, error) {
	switch size {
	case "a4", "":
		return 1, nil
	case "a3":
		return math.Sqrt2, nil
	}
	return 0, fmt.Errorf("pdf: unknown page size %q (want a4 or a3)", size)
}

// sign lays out the sign of in.
func (m *Maker) sheet(in *notice.Institution, size string) (*doc, error) {
	vps := in.VideoPurposes()
	if len(vps) == 0 {
		return nil, fmt.Errorf("pdf: %s has no video-surveillance purpose", in.ID)
	}
	scale, err := scaleOf(size)
	if err != nil {
		return nil, err
	}
	var qrs []*qrCode
	var links []string
	for _, p := range vps {
		code, link := m.purposeLinks(m.langs[0], in, p)
		q, err := m.qr(code)
		if err != nil {
			return nil, fmt.Errorf("pdf: sign of %s: %w", in.ID, err)
		}
		qrs, links = append(qrs, q), append(links, link)
	}
	d := &doc{
		w: pageW, h: pageH, scale: scale,
		title:     joinLangs(m.tr("sign.title")) + " — " + joinLangs(m.texts(in.Name)),
		author:    joinLangs(m.texts(controllerOf(in).Name)),
		lang:      m.langs[0],
		date:      in.Document.Effective.Time,
		watermark: m.watermark(in),
	}
	f := &m.fonts
	g := m.columns(margin)
	rows := m.signRows(in, vps, len(g.x))

	// Header: pictogram and heading, then the institution's name.
	heading := m.tr("sign.heading")
	headW := pageW - 2*margin - pictoSize - 6
	hsize := 46.0
	for hsize > 24 && f.measure(bold, hsize, heading[0].s) > headW {
		hsize--
	}
	var hparas []para
	for i, t := range heading {
		s := hsize
		if i > 0 {
			s = math.Round(hsize * 0.62)
		}
		hparas = append(hparas, para{spans: []span{{t.s, bold}}, size: s, before: 1})
	}
	head := f.layout(hparas, headW, maxBody)
	headH := max(pictoSize, head.h)
	name := f.layout(paras(m.texts(in.Name), bold, 15, 0.5), pageW-2*margin, maxBody)
	rowsTop := margin + headH + 4 + name.h + 3.5

	// Footer: QR codes, where to read more, the phone.
	foot := m.signFooter(in, vps, qrs, links)
	footTop := pageH - margin - foot.h
	rowsBottom := footTop - 4

	// The largest body size at which the rows fit, down to minBody; if
	// they do not fit at minBody, the footer moves up for a page number
	// under it.
	f.prepare(rows)
	body := fitBody(maxBody, rowsBottom-rowsTop, func(size float64) float64 {
		return rowsHeight(f.layoutRows(g, rows, size), rowPad)
	})
	laid := f.layoutRows(g, rows, body)
	if rowsHeight(laid, rowPad) > rowsBottom-rowsTop {
		footTop -= lead(minBody) + foot.quiet
		rowsBottom = footTop - 4
	}

	p := d.newPage()
	drawFrame(p)
	drawPictogram(p, margin, margin, pictoSize)
	head.draw(p, f, margin+pictoSize+6, margin+(headH-head.h)/2)
	name.draw(p, f, margin, margin+headH+4)
	p.rect(margin, rowsTop-2.3, pageW-2*margin, 0.8, 0, 0)
	foot.draw(p, f, margin, footTop)
	p.rect(margin, footTop-3.3, pageW-2*margin, 0.8, 0, 0)

	// Rows, continuing on further pages when they do not fit at minBody.
	// A continuation page has the heading and the first QR code, so that
	// it can be read on its own.
	fl := flow{g: g, f: f, p: p, y: rowsTop, top: rowsTop, bottom: rowsBottom, body: body, pad: rowPad, rules: true}
	fl.next = func() (*page, float64, float64) {
		p := d.newPage()
		drawFrame(p)
		const side = 24.0
		quiet := 4 * side / float64(qrs[0].size)
		cont := f.layout([]para{{spans: []span{{joinLangs(heading) + " — " + joinLangs(m.tr("sign.continued")), bold}}, size: 14}}, pageW-2*margin-side-6, body)
		cont.draw(p, f, margin, margin+max(0, side-cont.h)/2)
		p.qrCode(qrs[0], pageW-margin-side, margin, side/float64(qrs[0].size))
		top := margin + max(side+quiet, cont.h) + 3
		p.rect(margin, top-2.3, pageW-2*margin, 0.8, 0, 0)
		return p, top, pageH - margin - lead(minBody) - 2
	}
	for _, r := range laid {
		fl.add(r)
	}
	if n := len(d.pages); n > 1 {
		for i, p := range d.pages {
			pg := f.layout([]para{{spans: []span{{joinLangs(m.tr("sign.page", i+1, n)), regular}}, size: minBody, align: right}}, pageW-2*margin, minBody)
			pg.draw(p, f, margin, pageH-margin-pg.h)
		}
	}
	return d, nil
}

// columns returns the grid of the rows of a sign or form with the given
// page margin: a column per language, or one column with the languages
// one after the other when more than three columns would be too narrow
// to read.
func (m *Maker) columns(margin float64) grid {
	n := len(m.langs)
	if n > 3 {
		n = 1
	}
	return newGrid(n, margin, pageW-margin, 8)
}

// drawFrame draws the black frame around a sign page.
func drawFrame(p *page) {
	p.rect(frameInset, frameInset, pageW-2*frameInset, pageH-2*frameInset, -1, frameWidth)
}

// footer is the laid-out footer of the sign: QR codes and text.
type footer struct {
	text      block
	textX     float64
	qrY       float64 // top of the first row of QR codes
	qrs       []*qrCode
	side, gap float64
	quiet     float64 // the quiet zone the codes need around them
	cols      int
	h         float64
}

// signFooter lays out the footer: the QR codes, the addresses of the full
// information and the phone number. One or two codes stand left of the
// text; more stand in rows under it. Around each code, four modules are
// kept free of ink (the quiet zone readers need), including from the
// heavy rule above the footer, which ends 2.5 mm above it.
func (m *Maker) signFooter(in *notice.Institution, vps []*notice.Purpose, qrs []*qrCode, links []string) footer {
	f := &m.fonts
	ft := footer{qrs: qrs, side: 36, cols: len(qrs)}
	if len(qrs) > 1 {
		ft.side = 28
	}
	for _, q := range qrs {
		ft.quiet = max(ft.quiet, 4*ft.side/float64(q.size))
	}
	ft.gap = max(5.5, ft.quiet+0.5)
	textW := pageW - 2*margin
	if len(qrs) <= 2 {
		ft.textX = float64(len(qrs)) * (ft.side + ft.gap)
		textW -= ft.textX
		ft.qrY = max(0, ft.quiet-2.5)
	} else {
		ft.cols = int((textW + ft.gap) / (ft.side + ft.gap))
	}

	var ps []para
	ps = append(ps, para{spans: []span{{joinLangs(m.tr("sign.more")), bold}}, size: 13})
	ps = append(ps, para{spans: []span{{joinLangs(m.tr("sign.more.scan")), regular}}, size: 10, before: 0.5})
	for i, link := range links {
		p := para{spans: []span{{printURL(link), bold}}, size: 12, before: 1.5}
		if len(links) > 1 {
			p.marker = []span{{strconv.Itoa(i+1) + ".", bold}}
			p.indent = 6
			p.before = 1
		}
		ps = append(ps, p)
	}
	phone := in.Phone
	if vps[0].Video.Phone != "" {
		phone = vps[0].Video.Phone
	}
	if phone != "" {
		ps = append(ps, para{spans: []span{{joinLangs(m.tr("sign.more.phone")), regular}}, size: 10, before: 3})
		ps = append(ps, para{spans: []span{{phone, bold}}, size: 14, before: 0.5})
	}
	ft.text = f.layout(ps, textW, 10)
	if len(qrs) > 2 {
		ft.qrY = ft.text.h + ft.quiet
	}
	rows := (len(qrs) + ft.cols - 1) / ft.cols
	last := ft.side // the last row of codes, with the numbers under it
	if len(qrs) > 1 {
		last += ft.quiet + lead(10)
	}
	ft.h = max(ft.qrY+float64(rows-1)*ft.rowH()+last, ft.text.h)
	return ft
}

// rowH is the height of a row of QR codes with their numbers and the
// quiet zone to the next row.
func (ft footer) rowH() float64 { return ft.side + ft.rowGap() }

// rowGap is the space under a row of QR codes: for their numbers, in the
// quiet zone's distance from the codes above and below, when there are
// several.
func (ft footer) rowGap() float64 {
	if len(ft.qrs) > 1 {
		return 2*ft.quiet + lead(10)
	}
	return 0
}

// draw places the footer with its top left at x, y.
func (ft footer) draw(p *page, f *fonts, x, y float64) {
	ft.text.draw(p, f, x+ft.textX, y)
	for i, q := range ft.qrs {
		cx := x + float64(i%ft.cols)*(ft.side+ft.gap)
		cy := y + ft.qrY + float64(i/ft.cols)*ft.rowH()
		p.qrCode(q, cx, cy, ft.side/float64(q.size))
		if len(ft.qrs) > 1 {
			n := strconv.Itoa(i + 1)
			p.text(f, cx+(ft.side-f.measure(bold, 10, n))/2, cy+ft.side+ft.quiet+ascent(10), bold, 10, n)
		}
	}
}

// langRow returns a row with a cell per language made by cell, or, with
// one column, the languages one after the other in one cell.
func (m *Maker) langRow(cols int, cell func(i int, l string) []para) row {
	var r row
	for i, l := range m.langs {
		ps := cell(i, l)
		if cols == 1 && i > 0 {
			ps[0].before = 1
			r.cells[0] = append(r.cells[0], ps...)
			continue
		}
		r.cells = append(r.cells, ps)
	}
	return r
}
