package diff

import (
	"slices"

	"policysite/generator/notice"
)

// purposes compares the purposes, matched by id: those of the new
// version in its order, then those it dropped.
func (c *comparer) purposes(old, new *notice.Institution) {
	byID := map[string]*notice.Purpose{}
	for _, p := range old.Purposes {
		byID[p.ID] = p
	}
	seen := map[string]bool{}
	for _, p := range new.Purposes {
		seen[p.ID] = true
		c.purpose, c.name = p.ID, p.Name
		if o := byID[p.ID]; o != nil {
			c.purposeFields("purposes["+p.ID+"]", o, p)
		} else {
			c.add("purposes["+p.ID+"]", Added, "notice.purpose", Value{}, text(p.Name))
		}
	}
	for _, p := range old.Purposes {
		if !seen[p.ID] {
			c.purpose, c.name = p.ID, p.Name
			c.add("purposes["+p.ID+"]", Removed, "notice.purpose", text(p.Name), Value{})
		}
	}
	c.purpose, c.name = "", nil
}

// purposeFields compares two versions of one purpose.
func (c *comparer) purposeFields(at string, o, p *notice.Purpose) {
	c.text(at+".name", "notice.purpose", o.Name, p.Name)
	c.text(at+".description", "notice.description", o.Description, p.Description)
	c.bases(at, o, p)
	c.text(at+".legitimate_interests", "notice.legitimate-interests", o.LegitimateInterests, p.LegitimateInterests)
	c.special(at+".special_categories", o.Special, p.Special)
	c.text(at+".subjects", "notice.subjects", o.Subjects, p.Subjects)
	c.text(at+".categories", "notice.categories", o.Categories, p.Categories)
	c.value(at+".data_from", "notice.source", o.DataFrom != "", p.DataFrom != "",
		key("datafrom."+o.DataFrom), key("datafrom."+p.DataFrom), o.DataFrom == p.DataFrom)
	c.text(at+".sources", "notice.source", o.Sources, p.Sources)
	c.text(at+".recipients", "notice.recipients", o.Recipients, p.Recipients)
	c.constructs(at, o, p)
	c.transfers(at+".transfers", o.Transfers, p.Transfers)
	c.retention(at+".retention", o.Retention, p.Retention)
	c.value(at+".requirement", "notice.requirement", o.Requirement.Kind != "", p.Requirement.Kind != "",
		key("requirement."+o.Requirement.Kind), key("requirement."+p.Requirement.Kind), o.Requirement.Kind == p.Requirement.Kind)
	c.text(at+".requirement.consequence", "notice.consequence", o.Requirement.Consequence, p.Requirement.Consequence)
	c.automated(at+".automated", o.Automated, p.Automated)
	c.video(at+".video", o.Video, p.Video)
	c.contact(at+".dpo", "notice.dpo", o.DPO, p.DPO)
	c.rights(at+".rights", o.Rights(), p.Rights())
}

// bases compares the legal bases by code, then the laws of each basis
// both versions have.
func (c *comparer) bases(at string, o, p *notice.Purpose) {
	for _, b := range p.Bases {
		path := at + ".legal_basis[" + b.Code + "]"
		if !o.HasBasis(b.Code) {
			c.add(path, Added, "notice.legal-basis", Value{}, key("basis."+b.Code))
			continue
		}
		for _, ob := range o.Bases {
			if ob.Code == b.Code && !equalTexts(ob.Laws, b.Laws) {
				c.value(path+".laws", "notice.laws", len(ob.Laws) > 0, len(b.Laws) > 0, texts(ob.Laws), texts(b.Laws), false)
			}
		}
	}
	for _, b := range o.Bases {
		if !p.HasBasis(b.Code) {
			c.add(at+".legal_basis["+b.Code+"]", Removed, "notice.legal-basis", key("basis."+b.Code), Value{})
		}
	}
}

// special compares the special categories of data (Art 9).
func (c *comparer) special(at string, o, p *notice.SpecialCategories) {
	v := func(s *notice.SpecialCategories) Value {
		if s == nil {
			return Value{}
		}
		return Value{Text: s.Data, Plain: "9(2)(" + s.Condition + ")"}
	}
	if o == nil || p == nil {
		c.value(at, "notice.special", o != nil, p != nil, v(o), v(p), false)
		return
	}
	c.text(at+".data", "notice.special", o.Data, p.Data)
	c.value(at+".condition", "notice.special", true, true, key("art9."+o.Condition), key("art9."+p.Condition), o.Condition == p.Condition)
	if !equalTexts(o.Laws, p.Laws) {
		c.value(at+".laws", "notice.laws", len(o.Laws) > 0, len(p.Laws) > 0, texts(o.Laws), texts(p.Laws), false)
	}
}

// transfers compares third-country transfers, matched by destination.
func (c *comparer) transfers(at string, o, p []notice.Transfer) {
	old := map[string]notice.Transfer{}
	for _, t := range o {
		old[textKey(t.To)] = t
	}
	seen := map[string]bool{}
	for _, t := range p {
		k := textKey(t.To)
		seen[k] = true
		ot, ok := old[k]
		switch {
		case !ok:
			c.add(at, Added, "notice.transfers", Value{}, transfer(t))
		case ot.Safeguard != t.Safeguard || !equalText(ot.Details, t.Details):
			c.add(at, Changed, "notice.transfers", transfer(ot), transfer(t))
		}
	}
	for _, t := range o {
		if !seen[textKey(t.To)] {
			c.add(at, Removed, "notice.transfers", transfer(t), Value{})
		}
	}
}

// unitDays is the length of a retention unit in 1/48 days, so that 12
// months and 1 year (365.25 days) compare equal in integers.
func unitDays(unit string) int {
	switch unit {
	case "days":
		return 48
	case "weeks":
		return 7 * 48
	case "months":
		return 1461 // 365.25 × 48 / 12
	case "years":
		return 1461 * 12 // 365.25 × 48
	}
	return 0
}

// retention compares retention periods by their length: a longer period,
// or a period given up for criteria alone, is fundamental (WP260 paras
// 30–31: relevant to and impacting on people); a shorter one, or the same
// length in other units, is editorial. The criteria and the start of the
// period are compared as text.
func (c *comparer) retention(at string, o, p notice.Retention) {
	ov, nv := Value{Period: o.Period, Unit: o.Unit}, Value{Period: p.Period, Unit: p.Unit}
	switch {
	case o.Period > 0 && p.Period > 0:
		od, nd := o.Period*unitDays(o.Unit), p.Period*unitDays(p.Unit)
		if od != nd || o.Unit != p.Unit {
			c.addClass(at, Changed, "notice.retention", ov, nv, when(nd > od))
		}
	case o.Period > 0:
		c.addClass(at, Removed, "notice.retention", ov, Value{}, Fundamental)
	case p.Period > 0:
		c.addClass(at, Added, "notice.retention", Value{}, nv, Editorial)
	}
	c.text(at+".from", "notice.retention.from", o.From, p.From)
	c.text(at+".criteria", "notice.retention.criteria", o.Criteria, p.Criteria)
}

// automated compares automated decision-making.
func (c *comparer) automated(at string, o, p *notice.Automated) {
	if o == nil || p == nil {
		v := func(a *notice.Automated) Value {
			if a == nil {
				return key("automated.none")
			}
			return text(a.Logic)
		}
		if o != nil || p != nil {
			kind := Added
			if p == nil {
				kind = Removed
			}
			c.add(at, kind, "notice.automated", v(o), v(p))
		}
		return
	}
	c.text(at+".logic", "notice.automated.logic", o.Logic, p.Logic)
	c.text(at+".consequences", "notice.automated.consequences", o.Consequences, p.Consequences)
}

// video compares the video-surveillance facts.
func (c *comparer) video(at string, o, p *notice.Video) {
	if o == nil || p == nil {
		v := func(x *notice.Video) Value {
			if x == nil {
				return Value{}
			}
			return texts(x.Areas)
		}
		c.value(at, "notice.video.areas", o != nil, p != nil, v(o), v(p), false)
		return
	}
	c.value(at+".areas", "notice.video.areas", true, true, texts(o.Areas), texts(p.Areas), equalTexts(o.Areas, p.Areas))
	c.plain(at+".phone", "diff.field.video-phone", o.Phone, p.Phone)
}

// rights compares the rights derived from the two versions' bases. The
// right to object to direct marketing is not among them: it comes and
// goes with direct marketing, compared in constructs.
func (c *comparer) rights(at string, o, p []string) {
	for _, r := range p {
		if r != notice.RightObjectMarketing && !slices.Contains(o, r) {
			c.add(at+"["+r+"]", Added, "notice.rights", Value{}, key("right."+r))
		}
	}
	for _, r := range o {
		if r != notice.RightObjectMarketing && !slices.Contains(p, r) {
			c.add(at+"["+r+"]", Removed, "notice.rights", key("right."+r), Value{})
		}
	}
}
