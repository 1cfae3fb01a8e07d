package pdf

import (
	"fmt"
	"math"
	"strings"

	"policysite/generator/notice"
)

// Geometry of the warning sign, in millimetres on A4 portrait; A5 and
// A3 are the same layout scaled by 1/√2 and √2.
const (
	wsMargin    = 10.5 // content margin
	wsFrameIn   = 5.0  // the ink frame around the sign
	wsFrameW    = 3.0
	wsMinBody   = 24.0 // smallest body size on A4, points
	wsMaxBody   = 26.0 // body size when there is room
	wsPicto     = 80.0 // pictogram side: 10.3 % of A4
	wsHeadMax   = 50.0 // the heading's largest size, points
	wsHeadRatio = 0.66 // the second language's heading to the first
	wsQR        = 32.0 // QR code side
	wsGap       = 3.0  // between the parts of the sign
	factGap     = 0.12 // between facts, in lines
)

// widest returns the width of the widest line of s in bold at size.
func widest(f *fonts, size float64, s string) float64 {
	w := 0.0
	for _, ln := range strings.Split(s, "\n") {
		w = max(w, f.measure(bold, size, ln))
	}
	return w
}

// signScale returns the scale of a sign size.
func signScale(size string) (float64, error) {
	switch size {
	case "a4":
		return 1, nil
	case "a3":
		return math.Sqrt2, nil
	case "a5":
		return 1 / math.Sqrt2, nil
	}
	return 0, fmt.Errorf("pdf: unknown sign size %q (want a5, a4 or a3)", size)
}

// WarningSign returns the CCTV warning sign (the first layer) of in as a
// one-page PDF in variant v; entrance, when not nil, is the entrance of
// the camera register the sign hangs at, and the sign names the zones
// behind it. It is an error when the institution has no
// video-surveillance purpose or when the text does not fit the page at
// 24 pt (SignFits says which text to shorten).
func (m *Maker) WarningSign(in *notice.Institution, v notice.SignVariant, entrance *notice.Entrance) ([]byte, error) {
	d, lay, err := m.warningSign(in, v, entrance)
	if err != nil {
		return nil, err
	}
	if lay.short > 0 {
		return nil, &tooLongError{id: in.ID, short: lay.short}
	}
	b, err := m.render(d)
	if err != nil {
		return nil, fmt.Errorf("pdf: warning sign of %s: %w", in.ID, err)
	}
	return b, nil
}

// signLayout is what laying out a sign found: the body size, the
// pictogram's side, and by how many millimetres the text is too long
// for the page at the smallest body size (0: it fits).
type signLayout struct {
	body, picto, short float64
	facts              []signFact
	laid               []block
}

// warningSign lays out the sign of in: the layout of its languages and
// entrance from the Maker's cache (laidSign), drawn in the variant's
// colours and scaled to its size.
func (m *Maker) warningSign(in *notice.Institution, v notice.SignVariant, entrance *notice.Entrance) (*doc, signLayout, error) {
	s, err := m.laidSign(in, v, entrance)
	if err != nil {
		return nil, signLayout{}, err
	}
	scale, err := signScale(v.Size)
	if err != nil {
		return nil, signLayout{}, err
	}
	langs, w, head, band, q, ft, lay := s.langs, s.w, s.head, s.band, s.q, s.ft, s.lay
	pal, f := paletteOf(v.Colour), &m.fonts
	d := &doc{
		w: pageW, h: pageH, scale: scale,
		title:     w.t("sign.title") + " — " + in.Name.In(langs[0]),
		author:    controllerOf(in).Name.In(langs[0]),
		lang:      langs[0],
		date:      in.Document.Effective.Time,
		watermark: m.watermark(in),
	}
	p := d.newPage()
	if v.Colour == "colour" {
		p.rect(0, 0, pageW, pageH, 0, 0)
		p.coloured(pal.paper)
	}
	p.rect(wsFrameIn, wsFrameIn, pageW-2*wsFrameIn, pageH-2*wsFrameIn, -1, wsFrameW)
	drawSignPictogram(p, wsMargin, wsMargin, wsPicto, pal)
	head.draw(p, f, wsMargin+wsPicto+wsGap, wsMargin+(band-head.h)/2)
	y := s.top
	for _, b := range lay.laid {
		b.draw(p, f, wsMargin, y)
		y += b.h + factGap*lead(lay.body)
	}
	fy := pageH - wsMargin - max(wsQR, ft.h)
	p.qrCode(q, wsMargin, fy, wsQR/float64(q.size))
	ft.draw(p, f, wsMargin+s.footX, fy+max(0, wsQR-ft.h)/2)
	return d, lay, nil
}

// laidSign is a warning sign laid out for its languages and entrance:
// the colours and sizes of a sign share it (a size only scales the page).
type laidSign struct {
	langs     []string
	w         signWords
	head, ft  block
	band, top float64
	footX     float64
	q         *qrCode
	lay       signLayout
}

// layKey names a laid-out sign in the Maker's cache.
type layKey struct {
	in        *notice.Institution
	bilingual bool
	entrance  *notice.Entrance
}

// laidSign returns the layout of in's sign in v's languages at entrance,
// laid out once for all the colours and sizes of a build.
func (m *Maker) laidSign(in *notice.Institution, v notice.SignVariant, entrance *notice.Entrance) (*laidSign, error) {
	k := layKey{in, v.Bilingual, entrance}
	m.mu.Lock()
	s := m.signs[k]
	m.mu.Unlock()
	if s != nil {
		return s, nil
	}
	s, err := m.laySign(in, v, entrance)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if len(m.signs) >= maxCachedSigns {
		clear(m.signs)
	}
	m.signs[k] = s
	m.mu.Unlock()
	return s, nil
}

// laySign lays out the sign of in in v's languages at entrance.
func (m *Maker) laySign(in *notice.Institution, v notice.SignVariant, entrance *notice.Entrance) (*laidSign, error) {
	vps := in.VideoPurposes()
	if len(vps) == 0 {
		return nil, fmt.Errorf("pdf: %s has no video-surveillance purpose", in.ID)
	}
	langs := m.site.SignLanguages(v)
	f := &m.fonts
	w := signWords{m: m, langs: langs}
	width := pageW - 2*wsMargin

	// The top band: the pictogram at the left, the heading beside it,
	// broken into lines where the catalog breaks it, the first language
	// as large as fits, the others smaller.
	headW := width - wsPicto - wsGap
	var hparas []para
	hsize := wsHeadMax
	for i, l := range langs {
		s := m.cat.T(l, "sign.short.heading")
		size := hsize
		if i > 0 {
			size = math.Round(hsize * wsHeadRatio)
		}
		for size > wsMinBody && widest(f, size, s) > headW {
			size--
		}
		if i == 0 {
			hsize = size
		}
		hparas = append(hparas, para{spans: []span{{s, bold}}, size: size, before: 3})
	}
	head := f.layout(hparas, headW, hsize)
	band := max(wsPicto, head.h)

	code, link := m.purposeLinks(langs[0], in, vps[0])
	q, err := m.qr(code)
	if err != nil {
		return nil, fmt.Errorf("pdf: sign of %s: %w", in.ID, err)
	}
	phone := in.Phone
	if vps[0].Video.Phone != "" {
		phone = vps[0].Video.Phone
	}
	quiet := 4 * wsQR / float64(q.size)
	footX := wsQR + quiet + 2
	footText := func(body float64) block {
		ps := []para{{spans: []span{{printURL(link), bold}}}}
		if phone != "" {
			ps = append(ps, para{spans: []span{{w.t("sign.short.phone") + ": ", regular}, {phone, bold}}, before: 1})
		}
		return f.layout(ps, width-footX, body)
	}

	facts := m.signFacts(in, langs, entrance)
	top := wsMargin + band + wsGap
	avail := pageH - 2*wsMargin - band - 2*wsGap
	var lay signLayout
	measure := func(body float64) (float64, []block, block) {
		var bs []block
		h := 0.0
		for _, fc := range facts {
			b := f.layout(fc.paras, width, body)
			bs = append(bs, b)
			h += b.h + factGap*lead(body)
		}
		ft := footText(body)
		return h + max(wsQR, ft.h), bs, ft
	}
	var ft block
	for body := wsMaxBody; body >= wsMinBody; body -= 2 {
		h, bs, t := measure(body)
		lay = signLayout{body: body, picto: wsPicto, short: max(0, h-avail), facts: facts, laid: bs}
		ft = t
		if lay.short == 0 {
			break
		}
	}

	return &laidSign{langs: langs, w: w, head: head, ft: ft, band: band, top: top, footX: footX, q: q, lay: lay}, nil
}

// tooLongError is the error of a warning sign whose text does not fit
// one page at the smallest body size.
type tooLongError struct {
	id    string
	short float64 // millimetres
}

func (e *tooLongError) Error() string {
	return fmt.Sprintf("pdf: warning sign of %s does not fit one page at %v pt: %.0f mm too long", e.id, wsMinBody, e.short)
}
