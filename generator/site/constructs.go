package site

import "policysite/generator/notice"

// This file builds the views of the purpose constructs of issue 11: the
// processors, which processing rests on consent, who consents for a
// child, whether the sources are publicly accessible, and the right to
// object shown apart from the other rights (GDPR Art 21(4)).

// isObjection reports whether the right code is a right to object, which
// a page shows apart from the other rights (GDPR Art 21(4)).
func isObjection(code string) bool {
	return code == notice.RightObject || code == notice.RightObjectMarketing
}

// otherRights returns the rights of codes but the rights to object.
func (b *builder) otherRights(codes []string) []Right {
	var keep []string
	for _, c := range codes {
		if !isObjection(c) {
			keep = append(keep, c)
		}
	}
	return b.rights(keep)
}

// objection returns the right to object of purposes, to be shown apart
// from the other rights, or nil when none of them gives it. link lists,
// under each right, the purposes it applies to (the notice; a purpose
// page is of one purpose).
func (b *builder) objection(purposes []*notice.Purpose, link bool) *Objection {
	o := &Objection{Heading: b.t("objection.heading"), Intro: b.t("objection.intro")}
	var publicTask, legitimate bool
	for _, p := range purposes {
		for _, code := range p.Rights() {
			if !isObjection(code) {
				continue
			}
			part := &o.Marketing
			if code == notice.RightObject {
				part = &o.General
				publicTask = publicTask || p.HasBasis(notice.PublicTask)
				legitimate = legitimate || p.HasBasis(notice.LegitimateInterests)
			}
			if *part == nil {
				*part = &ObjectionPart{Right: b.rights([]string{code})[0], Article: b.t("objection." + code + ".article")}
			}
			if link {
				(*part).Purposes = append((*part).Purposes, Link{Text: b.text(p.Name), Href: "#" + p.ID})
			}
		}
	}
	if o.General == nil && o.Marketing == nil {
		return nil
	}
	if o.General != nil {
		o.General.Explain = b.t(objectExplain(publicTask, legitimate))
	}
	return o
}

// objectExplain returns the catalog key of the explanation of the right
// to object on grounds of one's particular situation (GDPR Art 21(1)) for
// processing based on a task in the public interest or official authority
// (Art 6(1)(e)), on legitimate interests (Art 6(1)(f)), or on both: it
// names only the bases the purposes it applies to have.
func objectExplain(publicTask, legitimate bool) string {
	switch {
	case publicTask && legitimate:
		return "right.object.explain"
	case publicTask:
		return "right.object.explain.public-task"
	default:
		return "right.object.explain.legitimate-interests"
	}
}

// constructs adds to v, the view of p, its processors, which processing
// rests on consent, who consents for a child, whether the sources are
// publicly accessible and the right to object to direct marketing.
func (b *builder) constructs(v *Purpose, p *notice.Purpose) {
	if pr := p.Processors; pr != nil {
		v.Processors = &Processors{Categories: b.md(pr.Categories)}
		for _, n := range pr.Named {
			v.Processors.Named = append(v.Processors.Named, Processor{Name: n.Name, Role: b.text(n.Role)})
		}
	}
	for i := range v.Bases {
		if v.Bases[i].Code != notice.Consent {
			continue
		}
		v.Bases[i].Covers = b.text(p.ConsentCovers)
		if g := p.Unknown.Of("consent_covers"); g != nil {
			v.Bases[i].CoversGap = b.notStated(g)
		}
	}
	if c := p.Children; c != nil && (c.ConsentBy == "parent" || c.Age > 0) {
		if c.ConsentBy == "parent" {
			v.Children = b.t("children.parent")
		} else {
			v.Children = b.t("children."+c.ConsentBy, c.Age)
		}
		v.ChildrenLaw = b.t("children.article")
		if c.Age == notice.LatvianAge {
			v.ChildrenLaw = b.t("children.article.lv")
		}
	}
	if sp := p.SourcesPublic; sp != nil && p.DataFrom != "subject" {
		if *sp {
			v.SourcesPublic = b.t("sources.public.yes")
		} else {
			v.SourcesPublic = b.t("sources.public.no")
		}
	}
	if p.DirectMarketing {
		m := b.rights([]string{notice.RightObjectMarketing})[0]
		v.Marketing = &m
	}
}
