package pdf

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"policysite/generator/notice"
)

// The rows of facts of the CCTV information sheet, a column per language.

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
			if has[r] && r != notice.RightComplaint && !isObjection(r) {
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
			m.cat.T(l, ex)+" "+m.cat.T(l, "sign.complaint", authority)+" "+m.cat.T(l, "sheet.complaint.elsewhere"))
	})
	for _, r := range []string{notice.RightObject, notice.RightObjectMarketing} {
		if has[r] {
			add(m.objectionRow(r, vps))
		}
	}
	return rows
}

// isObjection reports whether right code r is a right to object, which
// the sheet gives rows of their own.
func isObjection(r string) bool { return r == notice.RightObject || r == notice.RightObjectMarketing }

// objectionRow returns the row of the right to object r (GDPR Art 21):
// apart from the other rights, as Art 21(4) asks, under its own bold
// label with its article, what it lets people do and, when only some of
// the purposes vps give it, their numbers. What it lets people do is the
// sheet's short sentence (sheet.objection.*), not the notice's longer
// explanation, so that the sheet keeps to one page.
func (m *Maker) objectionRow(r string, vps []*notice.Purpose) func(int, string) []para {
	label := "objection.heading"
	if r == notice.RightObjectMarketing {
		label = "right.object-marketing"
	}
	var nums []string
	for i, p := range vps {
		if slices.Contains(p.Rights(), r) {
			nums = append(nums, strconv.Itoa(i+1))
		}
	}
	return func(_ int, l string) []para {
		s := m.cat.T(l, "sheet.objection."+r)
		if len(nums) < len(vps) {
			s += " " + m.cat.T(l, "objection.purposes") + " " + strings.Join(nums, ", ") + "."
		}
		return runIn(m.cat.T(l, label)+" ("+m.cat.T(l, "objection."+r+".article")+")", s)
	}
}

// purposeRows adds the rows of the facts of the purposes vps: legal
// basis, legitimate interests, monitored areas, recipients, retention and
// transfers.
func (m *Maker) purposeRows(add func(func(int, string) []para), vps []*notice.Purpose) {
	basis := func(l string, p *notice.Purpose) string {
		var parts []string
		for _, b := range p.Bases {
			parts = append(parts, m.cat.Cite(l, notice.BasisArticle(b.Code))+" ("+lowerFirst(m.cat.T(l, "basis."+b.Code))+")")
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
