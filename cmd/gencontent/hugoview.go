package main

import (
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/urls"
)

// The types in this file are the front matter of the Hugo pages: the same
// facts as policysite's page data (generator/site/view.go), with Markdown
// fields left as Markdown for the layouts to markdownify, and texts that
// take arguments (the institution's name, a date) formatted here. Texts
// without arguments are left to the layouts' i18n calls. JSON keys are
// lower case, as Hugo gives page parameters to layouts.

type hLink struct {
	Text string `json:"text"`
	Href string `json:"href"`
}

type hContact struct {
	Heading string `json:"heading"`
	Name    string `json:"name,omitempty"`
	Role    string `json:"role,omitempty"`
	RegNo   string `json:"regno,omitempty"`
	Address string `json:"address,omitempty"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Web     string `json:"web,omitempty"`
}

type hParties struct {
	Controller  hContact  `json:"controller"`
	Institution *hContact `json:"institution,omitempty"`
	DPO         *hContact `json:"dpo,omitempty"`
	Privacy     *hContact `json:"privacy,omitempty"`
	Person      *hContact `json:"person,omitempty"`
	Authority   hContact  `json:"authority"`
	Exercise    string    `json:"exercise"` // Markdown
}

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

type hDocument struct {
	Title       string `json:"title"`
	Effective   string `json:"effective"`
	ISO         string `json:"iso"`
	Version     string `json:"version,omitempty"`
	ApprovedBy  string `json:"approvedby,omitempty"`
	IssuedUnder string `json:"issuedunder,omitempty"`
	Changes     string `json:"changes,omitempty"`
}

type hVersion struct {
	Text    string `json:"text"`
	Href    string `json:"href"`
	Version string `json:"version,omitempty"`
	Changes string `json:"changes,omitempty"`
}

type hChange struct {
	Text        string `json:"text"`
	Fundamental bool   `json:"fundamental,omitempty"`
}

type hChanges struct {
	Summary []string  `json:"summary,omitempty"`
	List    []hChange `json:"list,omitempty"`
	None    string    `json:"none,omitempty"`
	Advance string    `json:"advance,omitempty"`
	Note    string    `json:"note,omitempty"` // Markdown
}

type hAnnouncement struct {
	Heading string `json:"heading"`
	Text    string `json:"text"`
	Link    hLink  `json:"link"`
}

type hVersionItem struct {
	Text      string    `json:"text"`
	Href      string    `json:"href"`
	Effective string    `json:"effective"`
	ISO       string    `json:"iso"`
	Version   string    `json:"version,omitempty"`
	Status    string    `json:"status"`
	Changes   *hChanges `json:"changes,omitempty"`
}

type hSection struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Body  string `json:"body"` // Markdown
}

type hZone struct {
	Location  string `json:"location"`
	Monitors  string `json:"monitors"`
	Recording string `json:"recording"`
	Retention string `json:"retention"`
	Access    string `json:"access"`
}

type hSite struct {
	Name      string   `json:"name"`
	Address   string   `json:"address,omitempty"`
	Zones     []hZone  `json:"zones"`
	Forbidden []string `json:"forbidden,omitempty"`
	NotStated string   `json:"notstated"`
}

type hFacts struct {
	Who        string    `json:"who"`
	Why        string    `json:"why"`
	HowLong    string    `json:"howlong"`
	Recipients string    `json:"recipients,omitempty"`
	Ask        *hContact `json:"ask,omitempty"`
	Rights     string    `json:"rights"`
}

// hView builds front matter for one language, as generator/site's
// builder builds page data.
type hView struct {
	site *notice.Site
	cat  *i18n.Catalog
	lang string
	path string // the site path of the page, for relative links
}

func (v *hView) t(key string, args ...any) string { return v.cat.T(v.lang, key, args...) }

func (v *hView) text(t notice.Text) string { return strings.TrimSpace(t.In(v.lang)) }

func (v *hView) texts(ts []notice.Text) []string {
	var out []string
	for _, t := range ts {
		if s := v.text(t); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (v *hView) href(target string) string { return urls.Relative(v.path, urls.File(target)) }

func (v *hView) date(d notice.Date) string {
	if d.IsZero() {
		return ""
	}
	return v.cat.Date(v.lang, d.Time)
}

func (v *hView) contact(heading string, c *notice.Contact) *hContact {
	if c == nil {
		return nil
	}
	return &hContact{Heading: heading, Name: c.Name, Role: v.text(c.Role), Address: c.Address, Phone: c.Phone, Email: c.Email}
}

func (v *hView) parties(in *notice.Institution, dpo *notice.Contact) hParties {
	var ps hParties
	if c := in.Controller; c != nil {
		ps.Controller = hContact{Heading: v.t("notice.controller"), Name: v.text(c.Name), RegNo: c.RegNo,
			Address: c.Address, Phone: c.Phone, Email: c.Email, Web: c.Web}
	}
	if !isController(in) {
		ps.Institution = &hContact{Heading: v.t("notice.institution"), Name: v.text(in.Name), RegNo: in.RegNo,
			Address: in.Address, Phone: in.Phone, Email: in.Email, Web: in.Web}
	}
	if dpo == nil {
		dpo = in.DPO
	}
	ps.DPO = v.contact(v.t("notice.dpo"), dpo)
	ps.Privacy = v.contact(v.t("notice.privacy-contact"), in.PrivacyContact)
	ps.Person = v.contact(v.t("notice.contact-person"), in.Contact)
	a := v.site.Authority
	ps.Authority = hContact{Heading: v.t("notice.complaint"), Name: v.text(a.Name), Address: a.Address,
		Phone: a.Phone, Email: a.Email, Web: a.Web}
	ps.Exercise = v.text(in.Exercise)
	return ps
}

func (v *hView) rights(codes []string) []hRight {
	var out []hRight
	for _, code := range codes {
		out = append(out, hRight{Anchor: "_right-" + code, Name: v.t("right." + code), Explain: v.t("right." + code + ".explain")})
	}
	return out
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

func (v *hView) document(d notice.Document) hDocument {
	return hDocument{Title: v.text(d.Title), Effective: v.date(d.Effective), ISO: d.Effective.String(), Version: d.Version,
		ApprovedBy: v.text(d.ApprovedBy), IssuedUnder: v.text(d.IssuedUnder), Changes: v.text(d.Changes)}
}

// keyFacts is the key-facts panel of a video purpose's page.
func (v *hView) keyFacts(in *notice.Institution, pur *notice.Purpose, p hPurpose, ps hParties) hFacts {
	k := hFacts{Who: ps.Controller.Name, HowLong: p.Summary}
	if ps.Institution != nil && ps.Institution.Name != ps.Controller.Name {
		k.Who = ps.Institution.Name + " (" + v.t("sign.controller") + ": " + ps.Controller.Name + ")"
	}
	switch c := in.Cameras; {
	case c != nil && !c.Sign.Purpose.IsZero():
		k.Why = v.text(c.Sign.Purpose)
	case v.text(pur.Description) != "":
		k.Why = strings.NewReplacer("**", "", "__", "", "*", "", "`", "").Replace(v.text(pur.Description))
	default:
		k.Why = p.Name
	}
	if c := in.Cameras; c != nil && !c.Sign.Recipients.IsZero() {
		k.Recipients = v.text(c.Sign.Recipients)
	}
	switch {
	case ps.DPO != nil:
		k.Ask = ps.DPO
	case p.DPO != nil:
		k.Ask = p.DPO
	default:
		k.Ask = ps.Privacy
	}
	var names []string
	for _, r := range p.Rights {
		names = append(names, firstCase(r.Name, unicode.ToLower))
	}
	if k.Rights = firstCase(v.cat.List(v.lang, names), unicode.ToUpper); k.Rights != "" {
		k.Rights += "."
	}
	return k
}

func firstCase(s string, to func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(to(r)) + s[n:]
}

// cameraSites is the camera register of in, unstated facts marked.
func (v *hView) cameraSites(in *notice.Institution, retention string) []hSite {
	if in.Cameras == nil {
		return nil
	}
	ns := v.t("camera.not-stated")
	or := func(t notice.Text) string {
		if s := v.text(t); s != "" {
			return s
		}
		return ns
	}
	var out []hSite
	for _, s := range in.Cameras.Sites {
		cs := hSite{Name: v.text(s.Name), Address: s.Address, NotStated: ns, Forbidden: v.texts(s.Forbidden)}
		for _, z := range s.Zones {
			rec := ns
			if z.Recording != "" {
				rec = v.t("camera.recording." + z.Recording)
			}
			ret := v.t("camera.retention.default", retention)
			if s := v.text(z.Retention); s != "" {
				ret = s
			}
			cs.Zones = append(cs.Zones, hZone{Location: or(z.Location), Monitors: or(z.Monitors), Recording: rec, Retention: ret, Access: or(z.Access)})
		}
		out = append(out, cs)
	}
	return out
}

// documents lists the printable PDFs of version in, as the notice page
// does: when dated, those published under the version's date.
func (v *hView) documents(in *notice.Institution, dated bool) []hLink {
	var out []hLink
	href := func(p string) string {
		if dated {
			p = urls.At(p, in.ID, in.Document.Effective.String())
		}
		return v.href(p)
	}
	if len(in.VideoPurposes()) > 0 {
		var ents []notice.Entrance
		if in.Cameras != nil {
			for _, s := range in.Cameras.Sites {
				ents = append(ents, s.Entrances...)
			}
		}
		for _, sv := range v.site.SignVariants() {
			langs := v.site.SignLanguages(sv)
			text := v.t("notice.documents.sign", strings.ToUpper(sv.Size), v.t("notice.documents."+sv.Colour), strings.ToUpper(strings.Join(langs, "+")))
			out = append(out, hLink{Text: text, Href: href(urls.Sign(in.ID, "", sv.Size, sv.Colour, langs))})
			for _, e := range ents {
				out = append(out, hLink{Text: text + " — " + v.text(e.Name), Href: href(urls.Sign(in.ID, e.ID, sv.Size, sv.Colour, langs))})
			}
		}
		out = append(out, hLink{Text: v.t("notice.documents.sheet"), Href: href(urls.Sheet(in.ID))})
		if in.Cameras != nil && in.Cameras.Public {
			out = append(out, hLink{Text: v.t("notice.documents.register"), Href: href(urls.CameraRegister(in.ID))})
		}
	}
	if in.Attestation.NoForm {
		return out
	}
	return append(out, hLink{Text: v.t("notice.documents.form"), Href: href(urls.Form(in.ID))})
}

// isController reports whether in is its own controller: the same name
// and no contact of its own (policysite's rule).
func isController(in *notice.Institution) bool {
	c := in.Controller
	if c == nil || !reflect.DeepEqual(c.Name, in.Name) {
		return false
	}
	own := func(mine, theirs string) bool { return mine != "" && mine != theirs }
	return !own(in.Address, c.Address) && !own(in.Phone, c.Phone) && !own(in.Email, c.Email) &&
		!own(in.Web, c.Web) && !own(in.RegNo, c.RegNo)
}

// collate is the sort key of a name in the order of the Latvian alphabet
// (policysite's order of the institution lists).
func collate(name string) string {
	const marked, base = "āčēģīķļņšūž", "acegiklnsuz"
	bases := []rune(base)
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if i := strings.IndexRune(marked, r); i >= 0 {
			b.WriteRune(bases[i/2])
			b.WriteRune('\U0010FFFF')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
