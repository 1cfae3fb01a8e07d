package main

import (
	"reflect"
	"strings"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/urls"
)

// The h types (here, in hugopurpose.go and hugocctv.go) are the front
// matter of the Hugo pages: the same facts as policysite's page data
// (generator/site/view*.go), with Markdown fields left as Markdown for the
// layouts to markdownify, and texts that take arguments (the
// institution's name, a date) formatted here. Texts without arguments are
// left to the layouts' i18n calls. JSON keys are lower case, as Hugo gives
// page parameters to layouts. This file holds the notice's parts: parties,
// document, versions, documents; hugopurpose.go a purpose's, hugocctv.go
// a video purpose page's key facts and camera register.

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

func (v *hView) document(d notice.Document) hDocument {
	return hDocument{Title: v.text(d.Title), Effective: v.date(d.Effective), ISO: d.Effective.String(), Version: d.Version,
		ApprovedBy: v.text(d.ApprovedBy), IssuedUnder: v.text(d.IssuedUnder), Changes: v.text(d.Changes)}
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
