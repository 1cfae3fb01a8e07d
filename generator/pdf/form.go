package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"policysite/generator/notice"
)

// Geometry of the attestation form, in millimetres on A4.
const (
	formMargin  = 18.0
	formMaxBody = 11.0
	fieldRoom   = 11.0 // space to write above a field's line
)

// defaultCommitments are the catalog keys of the default commitments, in
// order; the last names the breach contact.
func defaultCommitments() []string {
	return []string{"form.commitment.read", "form.commitment.instructions", "form.commitment.confidential", "form.commitment.return",
		"form.commitment.after", "form.commitment.breach"}
}

// Form returns the employee attestation form of an institution as PDF.
// A blank form (p == nil) has two pages: the form, and a signature sheet
// where many staff sign one after the other. A form pre-filled for p has
// p's name and position printed on their lines and no signature sheet,
// which would only be wasted paper in a stack of personal forms.
//
// The commitments are the catalog's defaults (form.commitment.*) unless
// the institution sets its own. The text starts at 11 pt and shrinks to
// fit one page, down to 9 pt; a form that does not fit at 9 pt continues
// on a second page, with the fields for name and signature after the
// last commitment.
func (m *Maker) Form(in *notice.Institution, p *Person) ([]byte, error) {
	d, err := m.form(in, p)
	if err != nil {
		return nil, err
	}
	b, err := m.render(d)
	if err != nil {
		return nil, fmt.Errorf("pdf: attestation form of %s: %w", in.ID, err)
	}
	return b, nil
}

// form lays out the attestation form of in.
func (m *Maker) form(in *notice.Institution, person *Person) (*doc, error) {
	if in == nil {
		return nil, fmt.Errorf("pdf: no institution")
	}
	f := &m.fonts
	d := &doc{
		w: pageW, h: pageH, scale: 1,
		title:     joinLangs(m.tr("form.heading")) + " — " + joinLangs(m.texts(in.Name)),
		author:    joinLangs(m.texts(controllerOf(in).Name)),
		lang:      m.langs[0],
		date:      in.Document.Effective.Time,
		watermark: m.watermark(in),
	}
	width := pageW - 2*formMargin
	g := m.columns(formMargin)

	// Header: institution, controller, title.
	head := f.layout(m.formHeader(in), width, formMaxBody)
	var tp []para
	for i, t := range m.tr("form.heading") {
		size := 20.0
		if i > 0 {
			size = 13
		}
		tp = append(tp, para{spans: []span{{strings.ToUpper(t.s), bold}}, size: size, align: center, before: 0.5})
	}
	for i, t := range m.tr("form.subheading") {
		p := para{spans: []span{{t.s, langStyle(i, regular)}}, size: 11, align: center, before: 0.5}
		if i == 0 {
			p.before = 2
		}
		tp = append(tp, p)
	}
	title := f.layout(tp, width, formMaxBody)

	rows := m.formRows(in)
	fieldsH := m.drawFields(&page{}, person, 0)
	top := formMargin + head.h + 4 + title.h + 5
	bottom := pageH - formMargin - lead(minBody) - 3

	const pad = 1.2
	f.prepare(rows)
	body := fitBody(formMaxBody, bottom-top-6-fieldsH, func(size float64) float64 {
		return rowsHeight(f.layoutRows(g, rows, size), pad)
	})
	laid := f.layoutRows(g, rows, body)

	p := d.newPage()
	head.draw(p, f, formMargin, formMargin)
	p.line(formMargin, formMargin+head.h+2, pageW-formMargin, formMargin+head.h+2, 0.4)
	title.draw(p, f, formMargin, formMargin+head.h+4)
	fl := flow{g: g, f: f, p: p, y: top, top: top, bottom: bottom, body: body, pad: pad}
	fl.next = func() (*page, float64, float64) {
		p := d.newPage()
		cont := f.layout([]para{{spans: []span{{joinLangs(m.tr("form.heading")) + " — " + joinLangs(m.tr("form.continued")), bold}}, size: 12}}, width, body)
		cont.draw(p, f, formMargin, formMargin)
		top := formMargin + cont.h + 2
		p.line(formMargin, top, pageW-formMargin, top, 0.4)
		return p, top + 3, bottom
	}
	for _, r := range laid {
		fl.add(r)
	}

	// The fields, after the last commitment; on a new page if they do
	// not fit.
	y := fl.y + 6
	if y+fieldsH > bottom {
		fl.p, fl.top, _ = fl.next()
		y = fl.top + 4
	}
	m.drawFields(fl.p, person, y)

	formPages := len(d.pages)
	if person == nil {
		m.signatureSheet(d, in)
	}
	for i, p := range d.pages {
		key, n, of := "form.page", i+1, formPages
		if i >= formPages {
			n, of = i+1-formPages, len(d.pages)-formPages
		}
		if of < 2 {
			continue
		}
		pg := f.layout([]para{{spans: []span{{joinLangs(m.tr(key, n, of)), regular}}, size: minBody, align: right}}, width, minBody)
		pg.draw(p, f, formMargin, pageH-formMargin-pg.h)
	}
	return d, nil
}

// formHeader returns the header paragraphs: the institution's name and
// its controller with registration number and address.
func (m *Maker) formHeader(in *notice.Institution) []para {
	ps := paras(m.texts(in.Name), bold, 13, 0.3)
	for i := range ps {
		ps[i].align = center
		if i > 0 {
			ps[i].size = 11
		}
	}
	c := controllerOf(in)
	for i, l := range m.langs {
		s := strings.TrimSpace(c.Name.In(l))
		if c.RegNo != "" {
			s += ", " + m.cat.T(l, "form.reg-no") + " " + c.RegNo
		}
		p := para{spans: []span{{m.cat.T(l, "form.controller") + ": ", langStyle(i, bold)}, {commas(s, c.Address), langStyle(i, regular)}},
			size: 9.5, align: center, before: 0.3}
		if i == 0 {
			p.before = 1.5
		}
		ps = append(ps, p)
	}
	return ps
}

// formRows returns the rows of the form: the rules, the opening words
// and the numbered commitments.
func (m *Maker) formRows(in *notice.Institution) []row {
	cols := len(m.columns(formMargin).x)
	var rows []row
	add := func(cell func(i int, l string) []para) { rows = append(rows, m.langRow(cols, cell)) }
	add(func(_ int, l string) []para { return runIn(m.cat.T(l, "form.rules"), m.rulesTitle(l, in.Rules)) })
	add(func(_ int, l string) []para {
		return []para{{spans: []span{{m.cat.T(l, "form.intro"), bold}}}}
	})
	n := 0
	if cs := in.Attestation.Commitments; len(cs) > 0 {
		for _, c := range cs {
			c := c
			n++
			marker := strconv.Itoa(n) + "."
			add(func(_ int, l string) []para {
				return []para{{spans: []span{{m.plain(c.In(l)), regular}}, marker: []span{{marker, bold}}, indent: 6}}
			})
		}
		// A breach contact given beside the institution's own commitments
		// is named in the catalog's breach commitment after them.
		if c := in.Attestation.BreachContact; c != nil {
			marker := strconv.Itoa(n+1) + "."
			add(func(_ int, l string) []para {
				s := m.cat.T(l, "form.commitment.breach", m.breachContact(l, in, c))
				return []para{{spans: []span{{s, regular}}, marker: []span{{marker, bold}}, indent: 6}}
			})
		}
		return rows
	}
	contact := in.Attestation.BreachContact
	if contact == nil {
		contact = in.DPOFor(nil)
	}
	for _, key := range defaultCommitments() {
		key := key
		n++
		marker := strconv.Itoa(n) + "."
		add(func(_ int, l string) []para {
			s := m.cat.T(l, key)
			if key == "form.commitment.breach" {
				s = m.cat.T(l, key, m.breachContact(l, in, contact))
			}
			return []para{{spans: []span{{s, regular}}, marker: []span{{marker, bold}}, indent: 6}}
		})
	}
	return rows
}

// rulesTitle returns the title of the institution's internal rules with
// their issuing act, date and approver, or, without rules, that none are
// named: staff attest to the internal rules, not to the public notice.
func (m *Maker) rulesTitle(l string, r *notice.Rules) string {
	if r == nil {
		return m.cat.T(l, "form.rules.none")
	}
	var extra []string
	if s := strings.TrimSpace(m.plain(r.IssuedUnder.In(l))); s != "" {
		extra = append(extra, s)
	}
	if !r.Date.IsZero() {
		extra = append(extra, m.cat.T(l, "form.dated", m.cat.Date(l, r.Date.Time)))
	}
	if s := strings.TrimSpace(m.plain(r.ApprovedBy.In(l))); s != "" {
		extra = append(extra, m.cat.T(l, "form.approved", s))
	}
	s := strings.TrimSpace(m.plain(r.Title.In(l)))
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// breachContact returns who a breach is reported to, in lang: name and
// role, e-mail and phone. Without a contact, the institution's e-mail.
func (m *Maker) breachContact(l string, in *notice.Institution, c *notice.Contact) string {
	if c == nil {
		return commas(strings.TrimSpace(in.Name.In(l)), m.cat.T(l, "form.email")+" "+in.Email)
	}
	role := strings.TrimSpace(c.Role.In(l))
	if role == "" && (c == in.DPO || c == in.DPOFor(nil) && in.DPO != nil) {
		role = m.cat.T(l, "form.dpo")
	}
	who := c.Name
	switch {
	case who == "":
		who = role
	case role != "":
		who += " (" + lowerFirst(role) + ")"
	}
	var email, phone string
	if c.Email != "" {
		email = m.cat.T(l, "form.email") + " " + c.Email
	}
	if c.Phone != "" {
		phone = m.cat.T(l, "form.phone") + " " + c.Phone
	}
	return commas(who, email, phone)
}

// drawFields draws the lines for name, position, date and signature with
// room to write above them and bilingual labels under them, with the
// person's name and position printed when the form is pre-filled. It
// returns the height of the fields.
func (m *Maker) drawFields(p *page, person *Person, y float64) float64 {
	y0, end := y, y
	f := &m.fonts
	left, right := formMargin, pageW-formMargin
	mid := left + (right-left)*0.42
	type field struct {
		key     string
		x0, x1  float64
		value   string
		endsRow bool
	}
	var name, position string
	if person != nil {
		name, position = person.Name, person.Position
	}
	fields := []field{
		{"form.name", left, right, name, true},
		{"form.position", left, right, position, true},
		{"form.date", left, mid - 8, "", false},
		{"form.signature", mid, right, "", true},
	}
	for _, fd := range fields {
		base := y + fieldRoom
		if fd.value != "" {
			// A long value shrinks to fit the room, down to minBody, and
			// then takes more room.
			value := []para{{spans: []span{{fd.value, regular}}}}
			size := fitBody(12, fieldRoom-1.5, func(size float64) float64 { return f.layout(value, fd.x1-fd.x0-2, size).h })
			v := f.layout(value, fd.x1-fd.x0-2, size)
			base = max(base, y+v.h+1.5)
			v.draw(p, f, fd.x0+1, base-1-v.h)
		}
		p.line(fd.x0, base, fd.x1, base, 0.3)
		var lps []para
		for i, t := range m.tr(fd.key) {
			lps = append(lps, para{spans: []span{{t.s, langStyle(i, regular)}}, size: minBody})
		}
		// Labels side by side when they fit, else one under the other.
		lab := f.layout([]para{{spans: []span{{joinLangs(m.tr(fd.key)), regular}}, size: minBody}}, fd.x1-fd.x0, minBody)
		if len(lab.lines) > 1 {
			lab = f.layout(lps, fd.x1-fd.x0, minBody)
		}
		lab.draw(p, f, fd.x0, base+0.8)
		end = max(end, base+0.8+lab.h)
		if fd.endsRow {
			y = end + 2
		}
	}
	return end - y0
}
