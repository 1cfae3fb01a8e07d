package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
// then the DPO and the rights. Each purpose gets a QR code
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

// printURL is a URL as printed for people to type: without https://.
func printURL(u string) string { return strings.TrimPrefix(u, "https://") }

// signRows returns the fact rows of the sign, with cols columns.
func (m *Maker) signRows(in *notice.Institution, vps []*notice.Purpose, cols int) []row {
	c := controllerOf(in)
	var rows []row
	// add appends a row from per-language cells.
	add := func(cell func(i int, l string) []para) { rows = append(rows, m.langRow(cols, cell)) }

	add(func(_ int, l string) []para {
		s := c.Name.In(l)
		if c.RegNo != "" {
			s += " (" + m.cat.T(l, "sign.reg-no") + " " + c.RegNo + ")"
		}
		var phone string
		if c.Phone != "" {
			phone = m.cat.T(l, "sign.phone") + " " + c.Phone
		}
		return runIn(m.cat.T(l, "sign.controller"), commas(s, c.Address, phone, c.Email, webHost(c.Web)))
	})

	// The facts of each purpose together: with several purposes, each
	// starts with its number and name, and its rows follow.
	for i, p := range vps {
		add(func(_ int, l string) []para {
			s := strings.TrimSpace(p.Name.In(l))
			if d := m.plain(p.Description.In(l)); d != "" {
				s += " — " + d
			}
			if len(vps) == 1 {
				return runIn(m.cat.T(l, "sign.purpose"), s)
			}
			return []para{{spans: []span{{strconv.Itoa(i+1) + ". " + s, bold}}}}
		})
		m.purposeRows(add, []*notice.Purpose{p})
	}

	// The DPO, or the contact for data-protection questions when the
	// controller has no DPO.
	dpoKey := "sign.dpo"
	if in.DPO == nil {
		dpoKey = "sign.privacy-contact"
	}
	for _, p := range vps {
		if in.DPOFor(p) != nil {
			add(m.perPurposeRow(dpoKey, vps, vps, func(l string, p *notice.Purpose) string {
				return m.contact(l, in.DPOFor(p), m.cat.T(l, dpoKey))
			}))
			break
		}
	}

	has := map[string]bool{}
	for _, p := range vps {
		for _, r := range p.Rights() {
			has[r] = true
		}
	}
	add(func(_ int, l string) []para {
		var names []string
		for _, r := range notice.RightCodes() {
			if has[r] && r != notice.RightComplaint {
				names = append(names, lowerFirst(m.cat.T(l, "right."+r)))
			}
		}
		ex := "sign.rights.exercise"
		if dpoKey == "sign.privacy-contact" {
			ex = "sign.rights.exercise-contact"
		}
		auth := m.site.Authority
		authority := strings.TrimSpace(auth.Name.In(l))
		if w := webHost(auth.Web); w != "" {
			authority += ", " + w
		}
		return runIn(m.cat.T(l, "sign.rights"), m.cat.T(l, "sign.rights.list", m.cat.List(l, names))+" "+
			m.cat.T(l, ex)+" "+m.cat.T(l, "sign.complaint", authority))
	})
	return rows
}

// purposeRows adds the rows of the facts of the purposes vps: legal
// basis, legitimate interests, monitored areas, recipients, retention and
// transfers.
func (m *Maker) purposeRows(add func(func(int, string) []para), vps []*notice.Purpose) {
	basis := func(l string, p *notice.Purpose) string {
		var parts []string
		for _, b := range p.Bases {
			parts = append(parts, m.cat.T(l, "basis.article", notice.BasisPoint(b.Code))+" ("+lowerFirst(m.cat.T(l, "basis."+b.Code))+")")
		}
		return strings.Join(parts, "; ")
	}
	add(m.perPurposeRow("sign.legal-basis", vps, vps, basis))

	var li []*notice.Purpose
	for _, p := range vps {
		if p.HasBasis(notice.LegitimateInterests) && !p.LegitimateInterests.IsZero() {
			li = append(li, p)
		}
	}
	if len(li) > 0 {
		add(m.perPurposeRow("sign.legitimate-interests", vps, li, func(l string, p *notice.Purpose) string {
			return m.plain(p.LegitimateInterests.In(l))
		}))
	}

	add(m.perPurposeRow("sign.area", vps, vps, func(l string, p *notice.Purpose) string {
		var parts []string
		for _, a := range p.Video.Areas {
			if s := strings.TrimSpace(a.In(l)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	}))

	add(m.perPurposeRow("sign.recipients", vps, vps, func(l string, p *notice.Purpose) string {
		if s, ok := m.notStated(l, p, "recipients"); ok {
			return s
		}
		return m.plain(p.Recipients.In(l))
	}))

	add(m.perPurposeRow("sign.retention", vps, vps, func(l string, p *notice.Purpose) string {
		if s, ok := m.notStated(l, p, "retention"); ok {
			return s
		}
		return m.retention(l, p.Retention)
	}))

	add(m.perPurposeRow("sign.transfers", vps, vps, func(l string, p *notice.Purpose) string {
		if s, ok := m.notStated(l, p, "transfers"); ok {
			return s
		}
		if len(p.Transfers) == 0 {
			return m.cat.T(l, "transfers.none")
		}
		var parts []string
		for _, t := range p.Transfers {
			parts = append(parts, strings.TrimSpace(t.To.In(l))+" — "+m.cat.T(l, "safeguard."+t.Safeguard))
		}
		return strings.Join(parts, "; ")
	}))

}

// perPurposeRow returns the cells of a fact that each purpose of sub
// states with value.
func (m *Maker) perPurposeRow(key string, all, sub []*notice.Purpose, value func(l string, p *notice.Purpose) string) func(int, string) []para {
	same := len(sub) == len(all)
	for _, l := range m.langs {
		for _, p := range sub[1:] {
			if value(l, p) != value(l, sub[0]) {
				same = false
			}
		}
	}
	return func(_ int, l string) []para {
		var items []string
		for _, p := range sub {
			items = append(items, value(l, p))
		}
		return m.perPurpose(l, key, all, sub, items, same)
	}
}

// perPurpose returns a fact with one value per purpose of sub: the label
// run in before the value when all purposes share it, else the label
// and then the values numbered as the purposes are.
func (m *Maker) perPurpose(l, key string, all, sub []*notice.Purpose, items []string, same bool) []para {
	label := m.cat.T(l, key)
	if same {
		return runIn(label, items[0])
	}
	out := []para{{spans: []span{{label + ":", bold}}}}
	for i, p := range sub {
		n := 0
		for j, q := range all {
			if q == p {
				n = j + 1
			}
		}
		out = append(out, para{spans: []span{{items[i], regular}}, marker: []span{{strconv.Itoa(n) + ".", bold}}, indent: 5.5, before: 0.6})
	}
	return out
}

// runIn returns a paragraph that starts with a bold label.
func runIn(label, value string) []para {
	return []para{{spans: []span{{label + ": ", bold}, {value, regular}}}}
}

// commas joins the parts that are not empty with commas.
func commas(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

// retention returns the retention period in lang: the period and from
// when it runs, and the criteria.
func (m *Maker) retention(lang string, r notice.Retention) string {
	var parts []string
	if r.Period > 0 {
		s := m.cat.Period(lang, r.Period, r.Unit)
		if from := strings.TrimSpace(r.From.In(lang)); from != "" {
			s += " " + from
		}
		parts = append(parts, s)
	}
	if c := m.plain(r.Criteria.In(lang)); c != "" {
		parts = append(parts, c)
	}
	return strings.Join(parts, "; ")
}

// contact returns a contact in lang as one line: name, role (unless it
// only repeats label), e-mail, phone, address.
func (m *Maker) contact(lang string, c *notice.Contact, label string) string {
	if c == nil {
		return ""
	}
	role := strings.TrimSpace(c.Role.In(lang))
	if strings.EqualFold(role, label) {
		role = ""
	}
	var phone string
	if c.Phone != "" {
		phone = m.cat.T(lang, "sign.phone") + " " + c.Phone
	}
	return commas(c.Name, role, c.Email, phone, c.Address)
}

// lowerFirst returns s with its first letter in lower case, for a name
// used inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
