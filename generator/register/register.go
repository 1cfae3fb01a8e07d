// Package register renders a controller's record of processing
// activities (GDPR Art 30(1)) as a spreadsheet-ready CSV file: one row
// per purpose of each of the controller's institutions, with every
// column Art 30(1)(a)–(g) asks for, in one language.
//
// The file is UTF-8 with a byte order mark, so that spreadsheet programs
// read it as UTF-8, and its fields are separated by semicolons, the list
// separator of the Latvian locale (Excel in a Latvian locale does not
// split a comma-separated file: each line lands in one cell; LibreOffice
// asks). A value the content does not give is written as "not stated" in the register's
// language, never guessed.
package register

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"

	"policysite/generator/notice"
)

// Separator is the field separator of the CSV file.
const Separator = ';'

// bom is the UTF-8 byte order mark that starts the file.
const bom = "\ufeff"

// Records returns the heading row and one row per purpose of every
// institution of controller c among institutions, in language lang.
func Records(c *notice.Controller, institutions []*notice.Institution, lang string) ([][]string, error) {
	w, err := wordingFor(lang)
	if err != nil {
		return nil, err
	}
	if c == nil {
		return nil, fmt.Errorf("register: no controller")
	}
	var heads []string
	for _, k := range Columns() {
		heads = append(heads, w.headings[k])
	}
	out := [][]string{heads}
	for _, in := range institutions {
		if in.Controller == nil || in.Controller.ID != c.ID || in.Archived {
			continue
		}
		for _, p := range in.Purposes {
			cells := row(w, lang, c, in, p)
			var r []string
			for _, k := range Columns() {
				r = append(r, cells[k])
			}
			out = append(out, r)
		}
	}
	if len(out) == 1 {
		return nil, fmt.Errorf("register: controller %s has no institution with a purpose", c.ID)
	}
	return out, nil
}

// CSV renders the record of controller c as CSV: see the package
// documentation.
func CSV(c *notice.Controller, institutions []*notice.Institution, lang string) ([]byte, error) {
	recs, err := Records(c, institutions, lang)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteString(bom)
	cw := csv.NewWriter(&buf)
	cw.Comma = Separator
	cw.UseCRLF = true
	if err := cw.WriteAll(recs); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// IsRegister reports whether data start as a register this package
// writes, in any language: the byte order mark and the heading row.
func IsRegister(data []byte) bool {
	rest, ok := bytes.CutPrefix(data, []byte(bom))
	if !ok {
		return false
	}
	cr := csv.NewReader(bytes.NewReader(rest))
	cr.Comma = Separator
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return false
	}
	for _, w := range wordings() {
		if len(head) != len(Columns()) {
			return false
		}
		same := true
		for i, k := range Columns() {
			same = same && head[i] == w.headings[k]
		}
		if same {
			return true
		}
	}
	return false
}

// row returns the cells of one purpose, by column key.
func row(w *wording, lang string, c *notice.Controller, in *notice.Institution, p *notice.Purpose) map[string]string {
	text := func(t notice.Text) string {
		if s := strings.TrimSpace(t.In(lang)); s != "" {
			return s
		}
		return w.notStated
	}
	or := func(parts []string) string {
		var kept []string
		for _, s := range parts {
			if s = strings.TrimSpace(s); s != "" {
				kept = append(kept, s)
			}
		}
		if len(kept) == 0 {
			return w.notStated
		}
		return strings.Join(kept, "; ")
	}
	controller := text(c.Name)
	if c.RegNo != "" {
		controller += " (" + c.RegNo + ")"
	}
	dpo := w.notStated
	if d := p.DPO; d != nil {
		dpo = or([]string{d.Name, d.Role.In(lang), d.Phone, d.Email, d.Address})
	} else if d := in.DPO; d != nil {
		dpo = or([]string{d.Name, d.Role.In(lang), d.Phone, d.Email, d.Address})
	}
	row := map[string]string{
		colInstitution:    text(in.Name),
		colPurpose:        text(p.Name),
		colDescription:    text(p.Description),
		colBasis:          bases(w, lang, p),
		colController:     controller,
		colControllerCont: or([]string{c.Address, c.Phone, c.Email, c.Web}),
		colJoint:          w.notStated,
		colRepresentative: w.notStated,
		colDPO:            dpo,
		colSubjects:       text(p.Subjects),
		colCategories:     text(p.Categories),
		colSpecial:        special(w, lang, p.Special),
		colRecipients:     recipients(w, lang, p),
		colThirdCountries: countries(w, lang, p.Transfers),
		colSafeguards:     safeguards(w, lang, p.Transfers),
		colErasure:        erasure(w, lang, p.Retention),
		colSecurity:       text(in.Security),
	}
	// A fact the content does not state (issue 11) is not stated, never
	// its zero value ("none", an empty cell).
	for key, cols := range map[string][]string{
		"transfers": {colThirdCountries, colSafeguards}, "recipients": {colRecipients},
		"categories": {colCategories}, "retention": {colErasure},
	} {
		if p.Unknown.Has(key) {
			for _, c := range cols {
				row[c] = w.notStated
			}
		}
	}
	return row
}

// recipients words the recipients of p and, after them, its processors
// (Art 30(1)(d): processors are recipients too, Art 4(9)), by category
// and by name with what each does. Recipients not stated stay so (the
// caller's rule), whatever the processors.
func recipients(w *wording, lang string, p *notice.Purpose) string {
	s := strings.TrimSpace(p.Recipients.In(lang))
	pr := p.Processors
	if pr == nil {
		if s == "" {
			return w.notStated
		}
		return s
	}
	var items []string
	if c := strings.TrimSpace(pr.Categories.In(lang)); c != "" {
		items = append(items, c)
	}
	for _, n := range pr.Named {
		item := n.Name
		if r := strings.TrimSpace(n.Role.In(lang)); r != "" {
			item += " (" + r + ")"
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		if s == "" {
			return w.notStated
		}
		return s
	}
	part := w.processors + "\n" + lines(items)
	if s == "" {
		return part
	}
	return s + "\n\n" + part
}

// lines joins the items of a list cell, one per line.
func lines(items []string) string { return strings.Join(items, "\n") }

// laws appends the national laws relied on to s.
func laws(s, lang string, ls []notice.Text) string {
	var names []string
	for _, l := range ls {
		if t := strings.TrimSpace(l.In(lang)); t != "" {
			names = append(names, t)
		}
	}
	if len(names) == 0 {
		return s
	}
	return s + ": " + strings.Join(names, "; ")
}

// bases words the legal bases of p with their laws, one per line.
func bases(w *wording, lang string, p *notice.Purpose) string {
	var out []string
	for _, b := range p.Bases {
		out = append(out, laws(w.bases[b.Code], lang, b.Laws))
	}
	if len(out) == 0 {
		return w.notStated
	}
	return lines(out)
}

// special words the special categories of personal data, or none.
func special(w *wording, lang string, s *notice.SpecialCategories) string {
	if s == nil {
		return w.none
	}
	data := strings.TrimSpace(s.Data.In(lang))
	if data == "" {
		data = w.notStated
	}
	return laws(data+" ("+fmt.Sprintf(w.special, s.Condition)+")", lang, s.Laws)
}

// countries lists where the data are transferred, or none.
func countries(w *wording, lang string, ts []notice.Transfer) string {
	if len(ts) == 0 {
		return w.none
	}
	var out []string
	for _, t := range ts {
		out = append(out, strings.TrimSpace(t.To.In(lang)))
	}
	return lines(out)
}

// safeguards words the safeguard of each transfer with where its
// documents are, or none when nothing is transferred.
func safeguards(w *wording, lang string, ts []notice.Transfer) string {
	if len(ts) == 0 {
		return w.none
	}
	var out []string
	for _, t := range ts {
		s := w.safeguard[t.Safeguard]
		if s == "" {
			s = w.notStated
		}
		s = strings.TrimSpace(t.To.In(lang)) + ": " + s
		if d := strings.TrimSpace(t.Details.In(lang)); d != "" {
			s += " — " + d
		}
		out = append(out, s)
	}
	return lines(out)
}

// erasure words the retention: the period followed by its start as the
// content words it ("5 years from the end of the school year"), and the
// criteria.
func erasure(w *wording, lang string, r notice.Retention) string {
	var out []string
	if r.Period > 0 {
		s := w.period(r.Period, r.Unit)
		if from := strings.TrimSpace(r.From.In(lang)); from != "" {
			s += " " + from
		}
		out = append(out, s)
	}
	if c := strings.TrimSpace(r.Criteria.In(lang)); c != "" {
		out = append(out, c)
	}
	if len(out) == 0 {
		return w.notStated
	}
	return lines(out)
}
