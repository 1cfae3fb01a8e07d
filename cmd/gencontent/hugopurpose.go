package main

import (
	"slices"

	"policysite/generator/notice"
)

// The front matter of a purpose, as generator/site's Purpose, and the
// right to object shown apart from the other rights.

type hRight struct {
	Anchor  string `json:"anchor"`
	Name    string `json:"name"`
	Explain string `json:"explain"`
}

type hBasis struct {
	Name    string   `json:"name"`
	Article string   `json:"article"`
	Explain string   `json:"explain"`
	Laws    []string `json:"laws,omitempty"`
}

type hSpecial struct {
	Data    string   `json:"data"`
	Article string   `json:"article"`
	Explain string   `json:"explain"`
	Laws    []string `json:"laws,omitempty"`
}

type hTransfer struct {
	To        string `json:"to"`
	Safeguard string `json:"safeguard"`
	Details   string `json:"details,omitempty"`
}

type hPurpose struct {
	ID                  string      `json:"id"`
	Name                string      `json:"name"`
	Description         string      `json:"description,omitempty"` // Markdown
	Bases               []hBasis    `json:"bases"`
	LegitimateInterests string      `json:"legitimate_interests,omitempty"` // Markdown
	Special             *hSpecial   `json:"special,omitempty"`
	Subjects            string      `json:"subjects"`
	Categories          string      `json:"categories"` // Markdown
	DataFrom            string      `json:"datafrom"`
	Sources             string      `json:"sources,omitempty"`    // Markdown
	Recipients          string      `json:"recipients,omitempty"` // Markdown
	Transfers           []hTransfer `json:"transfers,omitempty"`
	NoTransfers         string      `json:"notransfers,omitempty"`
	Period              string      `json:"period,omitempty"`
	From                string      `json:"from,omitempty"`
	Criteria            string      `json:"criteria,omitempty"` // Markdown
	Summary             string      `json:"summary"`
	Requirement         string      `json:"requirement,omitempty"`
	Consequence         string      `json:"consequence,omitempty"`
	Logic               string      `json:"logic,omitempty"`
	Consequences        string      `json:"consequences,omitempty"`
	NoAutomated         string      `json:"noautomated,omitempty"`
	Rights              []hRight    `json:"rights"`
	Areas               []string    `json:"areas,omitempty"`
	Video               bool        `json:"video,omitempty"`
	DPO                 *hContact   `json:"dpo,omitempty"`
	Withdraw            string      `json:"withdraw,omitempty"` // Markdown
	Page                *hLink      `json:"page,omitempty"`
	// Inherited are the facts stated once, in the notice's common
	// section (generator/site Purpose.Inherited).
	Inherited []string `json:"inherited,omitempty"`
}

// hCommon is the notice's section of the facts common to all purposes.
type hCommon struct {
	Facts hPurpose `json:"facts"`
	Keys  []string `json:"keys"`
}

// hObjection mirrors site.Objection: the right to object (Art 21(1)),
// shown apart from the other rights (Art 21(4)). gencontent makes no
// direct-marketing purpose, so the mirror has no Art 21(2) part.
type hObjection struct {
	Heading  string  `json:"heading"`
	Intro    string  `json:"intro"`
	Anchor   string  `json:"anchor"`
	Name     string  `json:"name"`
	Article  string  `json:"article"`
	Explain  string  `json:"explain"`
	Purposes []hLink `json:"purposes,omitempty"`
}

func (v *hView) rights(codes []string) []hRight {
	var out []hRight
	for _, code := range codes {
		out = append(out, hRight{Anchor: "_right-" + code, Name: v.t("right." + code), Explain: v.t("right." + code + ".explain")})
	}
	return out
}

// otherRights mirrors site's otherRights: the rights but the right to
// object, which the page shows apart.
func (v *hView) otherRights(codes []string) []hRight {
	var keep []string
	for _, c := range codes {
		if c != notice.RightObject && c != notice.RightObjectMarketing {
			keep = append(keep, c)
		}
	}
	return v.rights(keep)
}

// objection mirrors site's objection for the right of Art 21(1); nil when
// no purpose gives it. link lists the purposes it applies to (a notice).
func (v *hView) objection(purposes []*notice.Purpose, link bool) *hObjection {
	var o *hObjection
	var publicTask, legitimate bool
	for _, p := range purposes {
		if !slices.Contains(p.Rights(), notice.RightObject) {
			continue
		}
		publicTask = publicTask || p.HasBasis(notice.PublicTask)
		legitimate = legitimate || p.HasBasis(notice.LegitimateInterests)
		if o == nil {
			o = &hObjection{Heading: v.t("objection.heading"), Intro: v.t("objection.intro"), Anchor: "_right-" + notice.RightObject,
				Name: v.t("right.object"), Article: v.t("objection.object.article")}
		}
		if link {
			o.Purposes = append(o.Purposes, hLink{Text: v.text(p.Name), Href: "#" + p.ID})
		}
	}
	if o != nil {
		// The explanation names only the bases present, as site's.
		switch {
		case publicTask && legitimate:
			o.Explain = v.t("right.object.explain")
		case publicTask:
			o.Explain = v.t("right.object.explain.public-task")
		default:
			o.Explain = v.t("right.object.explain.legitimate-interests")
		}
	}
	return o
}

func (v *hView) purpose(p *notice.Purpose, page string) hPurpose {
	h := hPurpose{
		ID: p.ID, Name: v.text(p.Name), Description: v.text(p.Description),
		LegitimateInterests: v.text(p.LegitimateInterests), Subjects: v.text(p.Subjects),
		Categories: v.text(p.Categories), Sources: v.text(p.Sources), Recipients: v.text(p.Recipients),
		Rights: v.rights(p.Rights()), Video: p.Video != nil, Withdraw: v.text(p.Withdraw),
	}
	if !p.HasBasis(notice.Consent) { // as generator/site purposeRights
		for i := range h.Rights {
			if h.Rights[i].Anchor == "_right-"+notice.RightErasure {
				h.Rights[i].Explain = v.t("right.erasure.explain.no-consent")
			}
		}
	}
	for _, b := range p.Bases {
		h.Bases = append(h.Bases, hBasis{Name: v.t("basis." + b.Code), Article: v.cat.Cite(v.lang, notice.BasisArticle(b.Code)),
			Explain: v.t("basis." + b.Code + ".explain"), Laws: v.texts(b.Laws)})
	}
	if s := p.Special; s != nil {
		h.Special = &hSpecial{Data: v.text(s.Data), Article: v.cat.Cite(v.lang, notice.SpecialArticle(s.Condition)),
			Explain: v.t("art9." + s.Condition), Laws: v.texts(s.Laws)}
	}
	from := p.DataFrom
	if from == "" {
		from = "subject"
	}
	h.DataFrom = v.t("datafrom." + from)
	for _, t := range p.Transfers {
		h.Transfers = append(h.Transfers, hTransfer{To: v.text(t.To), Safeguard: v.t("safeguard." + t.Safeguard), Details: v.text(t.Details)})
	}
	if len(p.Transfers) == 0 {
		h.NoTransfers = v.t("transfers.none")
	}
	r := p.Retention
	h.From, h.Criteria = v.text(r.From), v.text(r.Criteria)
	if r.Period > 0 {
		h.Period = v.cat.Period(v.lang, r.Period, r.Unit)
		h.Summary = h.Period
	} else {
		h.Summary = v.t("notice.summary.criteria")
	}
	if p.Requirement.Kind != "" {
		h.Requirement = v.t("requirement." + p.Requirement.Kind)
	}
	h.Consequence = v.text(p.Requirement.Consequence)
	if a := p.Automated; a != nil {
		h.Logic, h.Consequences = v.text(a.Logic), v.text(a.Consequences)
	} else {
		h.NoAutomated = v.t("automated.none")
	}
	if p.Video != nil {
		h.Areas = v.texts(p.Video.Areas)
		if page != "" {
			h.Page = &hLink{Text: v.t("notice.video.page", h.Name), Href: v.href(page)}
		}
	}
	h.DPO = v.contact(v.t("notice.dpo"), p.DPO)
	return h
}

// common is the section of the notice of in that states once what its
// defaults give two or more (or all) of its purposes, marking those facts
// inherited in ps, the views of its purposes; nil when there is none.
func (v *hView) common(in *notice.Institution, ps []hPurpose) *hCommon {
	keys := in.CommonKeys()
	if len(keys) == 0 {
		return nil
	}
	for i, p := range in.Purposes {
		for _, k := range keys {
			if p.Inherits(k) {
				ps[i].Inherited = append(ps[i].Inherited, k)
			}
		}
	}
	return &hCommon{Facts: v.purpose(&in.Defaults.Purpose, ""), Keys: keys}
}
