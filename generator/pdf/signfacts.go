package pdf

import (
	"strings"

	"policysite/generator/notice"
)

// signFact is one fact of the warning sign: its paragraphs, and, for a
// fact whose length the content decides, the field and position of the
// text to shorten when the sign does not fit.
type signFact struct {
	paras []para
	field string     // "" for facts made of catalog wording and contacts
	pos   notice.Pos // where field is written
	text  string     // the text of field in the default language
}

// signWords is the catalog and language context of one warning sign.
type signWords struct {
	m     *Maker
	langs []string // the sign's languages, the default first
}

// t returns the catalog text of key in each of the sign's languages,
// joined with " / " (labels), leaving out repeats.
func (w signWords) t(key string, args ...any) string {
	var out []string
	for _, l := range w.langs {
		s := w.m.cat.T(l, key, args...)
		if !containsStr(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, " / ")
}

// each returns one paragraph per language of fn(lang), the default
// language upright and the others in italics, leaving out repeats.
func (w signWords) each(fn func(l string) string) []para {
	var ps []para
	var seen []string
	for i, l := range w.langs {
		s := strings.TrimSpace(fn(l))
		if s == "" || containsStr(seen, s) {
			continue
		}
		seen = append(seen, s)
		p := para{spans: []span{{s, langStyle(i, regular)}}}
		if len(ps) > 0 {
			p.before = 1
		}
		ps = append(ps, p)
	}
	return ps
}

func containsStr(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

// labelled returns the paragraphs with the label run in, in bold, before
// the first.
func labelled(label string, ps []para) []para {
	if len(ps) == 0 {
		return nil
	}
	out := append([]para(nil), ps...)
	out[0].spans = append([]span{{label + ": ", bold}}, out[0].spans...)
	return out
}

// runInLabel returns one paragraph: the label in bold, then value.
func runInLabel(label, value string) []para {
	return []para{{spans: []span{{label + ": ", bold}, {value, regular}}}}
}

// signFacts returns the first-layer facts of the sign of in, in the
// order EDPB Guidelines 3/2019 para 114 gives them: the controller,
// the purposes, the recipients where the register states them, the
// retention period, transfers if there are any, the DPO and the rights.
// For an entrance, the zones behind it come first.
func (m *Maker) signFacts(in *notice.Institution, langs []string, entrance *notice.Entrance) []signFact {
	w := signWords{m: m, langs: langs}
	def := langs[0]
	vps := in.VideoPurposes()
	var cams notice.Cameras
	if in.Cameras != nil {
		cams = *in.Cameras
	}
	var facts []signFact

	if entrance != nil {
		zones := zonesOf(in.Cameras, entrance)
		facts = append(facts, signFact{
			paras: labelled(w.t("sign.short.entrance"), w.each(func(l string) string {
				var s []string
				for _, z := range zones {
					s = append(s, z.Location.In(l))
				}
				return strings.Join(s, "; ")
			})),
			field: "cameras.sites.entrances[" + entrance.ID + "]",
			pos:   in.At.Of("cameras"),
			text:  entrance.Name.In(def),
		})
	}

	c := controllerOf(in)
	// The institution the sign hangs at, when its controller is another
	// body: people at the door know the school, not the municipality.
	if name := in.Name.In(def); name != c.Name.In(def) {
		facts = append(facts, signFact{paras: []para{{spans: []span{{name, bold}}}},
			field: "name", pos: in.At.Of("name"), text: name})
	}
	phone := c.Phone
	if phone == "" {
		phone = c.Email
	}
	facts = append(facts, signFact{paras: runInLabel(w.t("sign.short.controller"), commas(c.Name.In(def), phone)),
		field: "controller.name", pos: c.At.Of("name"), text: c.Name.In(def)})

	purpose := signFact{field: "cameras.sign.purpose", pos: cams.Sign.PurposePos, text: cams.Sign.Purpose.In(def)}
	if cams.Sign.Purpose.IsZero() {
		purpose.field = "purposes[" + vps[0].ID + "].description"
		purpose.pos = vps[0].At.Of("description")
		purpose.text = m.plain(vps[0].Description.In(def))
	}
	purpose.paras = labelled(w.t("sign.short.purpose"), w.each(func(l string) string {
		if s := cams.Sign.Purpose.In(l); s != "" {
			return s
		}
		var s []string
		for _, p := range vps {
			d := m.plain(p.Description.In(l))
			if d == "" {
				d = p.Name.In(l)
			}
			s = append(s, d)
		}
		return strings.Join(s, " ")
	}))
	facts = append(facts, purpose)

	for _, p := range vps {
		if p.HasBasis(notice.LegitimateInterests) && !p.LegitimateInterests.IsZero() {
			facts = append(facts, signFact{paras: labelled(w.t("sign.legitimate-interests"), w.each(func(l string) string {
				return m.plain(p.LegitimateInterests.In(l))
			})), field: "purposes[" + p.ID + "].legitimate_interests", pos: p.At.Of("legitimate_interests"),
				text: m.plain(p.LegitimateInterests.In(def))})
			break
		}
	}

	if !cams.Sign.Recipients.IsZero() {
		facts = append(facts, signFact{paras: labelled(w.t("sign.short.recipients"), w.each(cams.Sign.Recipients.In)),
			field: "cameras.sign.recipients", pos: cams.Sign.RecipientsPos, text: cams.Sign.Recipients.In(def)})
	}

	var ret []string
	for _, l := range langs {
		var s []string
		for _, p := range vps {
			r := shortRetention(m, l, p.Retention)
			if ns, ok := m.notStated(l, p, "retention"); ok {
				r = ns
			}
			if r != "" && !containsStr(s, r) {
				s = append(s, r)
			}
		}
		if r := strings.Join(s, "; "); !containsStr(ret, r) {
			ret = append(ret, r)
		}
	}
	facts = append(facts, signFact{paras: runInLabel(w.t("sign.short.retention"), strings.Join(ret, " / ")),
		field: "purposes[" + vps[0].ID + "].retention", pos: vps[0].At.Of("retention"), text: ret[0]})

	var to []notice.Transfer
	for _, p := range vps {
		to = append(to, p.Transfers...)
	}
	if len(to) > 0 {
		facts = append(facts, signFact{paras: labelled(w.t("sign.short.transfers"), w.each(func(l string) string {
			var s []string
			for _, t := range to {
				if x := t.To.In(l); !containsStr(s, x) {
					s = append(s, x)
				}
			}
			return strings.Join(s, ", ")
		}))})
	}

	if dpo := in.DPOFor(vps[0]); dpo != nil {
		key := "sign.short.dpo"
		if in.DPO == nil {
			key = "sign.short.contact"
		}
		facts = append(facts, signFact{paras: runInLabel(w.t(key), commas(dpo.Email, dpo.Phone))})
	}

	facts = append(facts, signFact{paras: w.each(func(l string) string { return m.cat.T(l, "sign.short.rights") })})
	return facts
}

// zonesOf returns the zones behind an entrance, in the register's order.
func zonesOf(c *notice.Cameras, e *notice.Entrance) []notice.Zone {
	var out []notice.Zone
	for _, s := range c.Sites {
		for _, z := range s.Zones {
			if containsStr(e.Zones, z.ID) {
				out = append(out, z)
			}
		}
	}
	return out
}

// shortRetention is the retention period as a sign gives it: the period
// alone, or the criteria when there is no period.
func shortRetention(m *Maker, lang string, r notice.Retention) string {
	if r.Period > 0 {
		return m.cat.Period(lang, r.Period, r.Unit)
	}
	return m.plain(r.Criteria.In(lang))
}
