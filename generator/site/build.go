package site

import (
	"fmt"
	"html/template"
	"net/url"
	"reflect"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// builder turns model values into view values for one page in one
// language. It keeps the first error (a catalog text missing, Markdown
// that fails) so that the building code reads straight; the caller checks
// err once the page data is built.
type builder struct {
	r    *Renderer
	lang string
	path string // the site path of the page being built
	err  error
}

func (r *Renderer) builder(lang, p string) *builder {
	return &builder{r: r, lang: lang, path: p}
}

func (b *builder) fail(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

// t returns the catalog text of key, formatted with args.
func (b *builder) t(key string, args ...any) string {
	s, err := b.r.catalogText(b.lang, key, args...)
	b.fail(err)
	return s
}

// cite returns the GDPR citation s ("Art 13(1)(b)") in the page's
// language.
func (b *builder) cite(s string) string { return b.r.cat.Cite(b.lang, s) }

// text returns t in the page's language.
func (b *builder) text(t notice.Text) string { return strings.TrimSpace(t.In(b.lang)) }

// texts returns each of ts in the page's language.
func (b *builder) texts(ts []notice.Text) []string {
	var out []string
	for _, t := range ts {
		if s := b.text(t); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// md returns t in the page's language rendered from Markdown.
func (b *builder) md(t notice.Text) template.HTML {
	h, err := b.r.markdown(b.text(t))
	if err != nil {
		b.fail(fmt.Errorf("markdown: %w", err))
	}
	return h
}

// date returns d for people and machines.
func (b *builder) date(d notice.Date) Date {
	if d.IsZero() {
		return Date{}
	}
	// Check the texts exist, so that a missing one fails the page.
	b.t("date.format")
	b.t(fmt.Sprintf("month.%d", int(d.Month())))
	return Date{ISO: d.String(), Text: b.r.cat.Date(b.lang, d.Time)}
}

// period returns a retention period such as "10 gadi".
func (b *builder) period(n int, unit string) string {
	// Period prints "[key]" for a missing text: check both forms first.
	if b.t("unit."+unit+".one") == "" || b.t("unit."+unit+".other") == "" {
		return ""
	}
	return b.r.cat.Period(b.lang, n, unit)
}

// href returns the relative link from the page to the page or file at
// site path target. Links name the file (…/index.html) so that the site
// also works opened from disk.
func (b *builder) href(target string) string {
	return urls.Relative(b.path, urls.File(target))
}

// page returns the layout data of the page; pathIn gives the page's path
// in any language, xdefault the path of the x-default alternate.
func (b *builder) page(title string, pathIn func(lang string) string, xdefault string) Page {
	site := b.r.site
	p := Page{
		Lang:          b.lang,
		Title:         title,
		SiteTitle:     b.text(site.Title),
		Canonical:     urls.Absolute(site.BaseURL, b.path),
		XDefault:      urls.Absolute(site.BaseURL, xdefault),
		Stylesheet:    b.href(urls.Stylesheet()),
		Home:          b.href(urls.Lang(b.lang)),
		Accessibility: b.href(urls.Accessibility(b.lang)),
	}
	for _, lang := range site.Languages {
		target := pathIn(lang)
		name, err := b.r.catalogText(lang, "lang.self") // in its own language
		b.fail(err)
		p.Languages = append(p.Languages, Alternate{
			Lang:    lang,
			Name:    name,
			Href:    b.href(target),
			URL:     urls.Absolute(site.BaseURL, target),
			Current: lang == b.lang,
		})
	}
	return p
}

// contact returns a person or office with its heading.
func (b *builder) contact(heading string, c *notice.Contact) *Contact {
	if c == nil {
		return nil
	}
	return &Contact{
		Heading: heading,
		Name:    c.Name,
		Role:    b.text(c.Role),
		Address: c.Address,
		Phone:   c.Phone,
		Tel:     tel(c.Phone),
		Email:   c.Email,
		Mailto:  mailto(c.Email),
	}
}

// tel returns phone as a tel: URL of its digits (and a leading plus),
// or "" for no phone.
func tel(phone string) template.URL {
	var sb strings.Builder
	for i, r := range phone {
		if (r == '+' && i == 0) || (r >= '0' && r <= '9') {
			sb.WriteRune(r)
		}
	}
	if sb.Len() == 0 {
		return ""
	}
	return template.URL("tel:" + sb.String())
}

// mailto returns email as a mailto: URL, or "" for no e-mail. The
// address is escaped as a URL path, so it cannot end the URL or start
// another part of it.
func mailto(email string) template.URL {
	if email == "" {
		return ""
	}
	return template.URL("mailto:" + url.PathEscape(email))
}

// parties returns the contacts of in; dpo is a purpose's own DPO, nil
// for the institution's.
func (b *builder) parties(in *notice.Institution, dpo *notice.Contact) Parties {
	var ps Parties
	if c := in.Controller; c != nil {
		ps.Controller = Contact{
			Heading: b.t("notice.controller"),
			Name:    b.text(c.Name),
			RegNo:   c.RegNo,
			Address: c.Address,
			Phone:   c.Phone,
			Tel:     tel(c.Phone),
			Email:   c.Email,
			Mailto:  mailto(c.Email),
			Web:     c.Web,
		}
	}
	if !isController(in) {
		ps.Institution = &Contact{
			Heading: b.institutionHeading(in),
			Name:    b.text(in.Name),
			RegNo:   in.RegNo,
			Address: in.Address,
			Phone:   in.Phone,
			Tel:     tel(in.Phone),
			Email:   in.Email,
			Mailto:  mailto(in.Email),
			Web:     in.Web,
		}
	}
	if dpo == nil {
		dpo = in.DPO
	}
	ps.DPO = b.contact(b.t("notice.dpo"), dpo)
	ps.Privacy = b.contact(b.t("notice.privacy-contact"), in.PrivacyContact)
	ps.Person = b.contact(b.t("notice.contact-person"), in.Contact)
	a := b.r.site.Authority
	ps.Authority = Contact{
		Heading: b.t("notice.complaint"),
		Name:    b.text(a.Name),
		Address: a.Address,
		Phone:   a.Phone,
		Tel:     tel(a.Phone),
		Email:   a.Email,
		Mailto:  mailto(a.Email),
		Web:     a.Web,
	}
	ps.Exercise = b.md(in.Exercise)
	ps.Requests = b.requests(in)
	return ps
}

// rights returns the named rights with their explanations.
func (b *builder) rights(codes []string) []Right {
	var out []Right
	for _, code := range codes {
		out = append(out, Right{
			Code:    code,
			Anchor:  "_right-" + code,
			Name:    b.t("right." + code),
			Explain: b.t("right." + code + ".explain"),
		})
	}
	return out
}

// purpose returns the view of p; page is the path of its own page, or ""
// when it has none to link to.
func (b *builder) purpose(p *notice.Purpose, page string) Purpose {
	v := Purpose{
		ID:                  p.ID,
		Name:                b.text(p.Name),
		Description:         b.md(p.Description),
		LegitimateInterests: b.md(p.LegitimateInterests),
		Subjects:            b.text(p.Subjects),
		Categories:          b.md(p.Categories),
		Sources:             b.md(p.Sources),
		Recipients:          b.md(p.Recipients),
		Rights:              b.purposeRights(p),
		Video:               p.Video != nil,
	}
	for _, basis := range p.Bases {
		v.Bases = append(v.Bases, Basis{
			Code:    basis.Code,
			Name:    b.t("basis." + basis.Code),
			Article: b.cite(notice.BasisArticle(basis.Code)),
			Explain: b.t("basis." + basis.Code + ".explain"),
			Laws:    b.texts(basis.Laws),
		})
		if g := basis.Unknown.Of("laws"); g != nil {
			v.Bases[len(v.Bases)-1].LawsGap = b.notStated(g)
		}
	}
	v.NotStated = b.notStatedOf(p.Unknown)
	v.Withdraw = b.md(p.Withdraw)
	if s := p.Special; s != nil {
		v.Special = &Special{
			Data:    b.text(s.Data),
			Article: b.cite(notice.SpecialArticle(s.Condition)),
			Explain: b.t("art9." + s.Condition),
			Laws:    b.texts(s.Laws),
		}
	}
	dataFrom := p.DataFrom
	if dataFrom == "" {
		dataFrom = "subject"
	}
	v.DataFrom = b.t("datafrom." + dataFrom)
	for _, t := range p.Transfers {
		v.Transfers = append(v.Transfers, Transfer{
			To:        b.text(t.To),
			Safeguard: b.t("safeguard." + t.Safeguard),
			Details:   b.text(t.Details),
		})
	}
	if len(p.Transfers) == 0 {
		v.NoTransfers = b.t("transfers.none")
	}
	ret := p.Retention
	v.Retention = Retention{From: b.text(ret.From), Criteria: b.md(ret.Criteria)}
	if ret.Period > 0 {
		v.Retention.Period = b.period(ret.Period, ret.Unit)
	}
	switch {
	case p.Unknown.Has("retention"): // never "see the criteria" for criteria not given
		v.Retention.Summary = b.t("draft.not-stated")
	case ret.Period > 0:
		v.Retention.Summary = v.Retention.Period
	default:
		v.Retention.Summary = b.t("notice.summary.criteria")
	}
	if p.Requirement.Kind != "" {
		v.Requirement = b.t("requirement." + p.Requirement.Kind)
	}
	v.Consequence = b.text(p.Requirement.Consequence)
	if a := p.Automated; a != nil {
		v.Automated = &Automated{Logic: b.text(a.Logic), Consequences: b.text(a.Consequences)}
	} else {
		v.NoAutomated = b.t("automated.none")
	}
	if p.Video != nil {
		v.Areas = b.texts(p.Video.Areas)
		if page != "" {
			v.Page = &Link{Text: b.t("notice.video.page", v.Name), Href: b.href(page)}
		}
	}
	v.DPO = b.contact(b.t("notice.dpo"), p.DPO)
	b.constructs(&v, p)
	return v
}

// document returns the metadata of one version of a notice.
func (b *builder) document(d notice.Document) Document {
	return Document{
		Title:       b.text(d.Title),
		Effective:   b.date(d.Effective),
		Version:     d.Version,
		ApprovedBy:  b.text(d.ApprovedBy),
		IssuedUnder: b.text(d.IssuedUnder),
		Changes:     b.md(d.Changes),
	}
}

// isController reports whether the institution is its controller: the
// same name, and no contact of its own (an empty field is the
// controller's). An institution named as its controller but with its own
// address, phone, e-mail, website or number is shown apart, so that its
// contacts are not lost.
func isController(in *notice.Institution) bool {
	c := in.Controller
	if c == nil || !reflect.DeepEqual(c.Name, in.Name) {
		return false
	}
	own := func(mine, theirs string) bool { return mine != "" && mine != theirs }
	return !own(in.Address, c.Address) && !own(in.Phone, c.Phone) && !own(in.Email, c.Email) &&
		!own(in.Web, c.Web) && !own(in.RegNo, c.RegNo)
}
