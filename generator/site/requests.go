package site

import (
	"html/template"

	"policysite/generator/notice"
)

// Requests is how a request to exercise a right is made, as the
// institution states it (issue 11): every field may be empty.
type Requests struct {
	Channels []Channel
	Identity template.HTML // how identity is checked (Markdown rendered)
	Response string        // the institution's own reply period, e.g. "15 darba dienas no pieprasījuma saņemšanas"
	ReplyHow string        // how the reply is sent
}

// Channel is one way a request may be made: its name from the catalog,
// and the institution's details.
type Channel struct {
	Code    string
	Name    string
	Details string
}

// Fact is a labelled fact of the notice, e.g. among the version's facts.
type Fact struct {
	Label string
	Value string
}

// requests returns how requests are made to in, or nil when the content
// does not say.
func (b *builder) requests(in *notice.Institution) *Requests {
	r := in.Requests
	if r == nil {
		return nil
	}
	out := &Requests{Identity: b.md(r.Identity)}
	for _, c := range r.Channels {
		out.Channels = append(out.Channels, Channel{Code: c.Code, Name: b.t("channel." + c.Code), Details: b.text(c.Details)})
	}
	if resp := r.Response; resp != nil {
		if resp.Period > 0 {
			out.Response = b.t("notice.requests.response.period", b.period(resp.Period, resp.Unit))
		}
		out.ReplyHow = b.text(resp.How)
	}
	return out
}

// changesNotice returns how in announces changes of its notice, as facts
// beside the version's; nil when the content does not say.
func (b *builder) changesNotice(in *notice.Institution) []Fact {
	c := in.ChangesNotice
	if c == nil {
		return nil
	}
	var out []Fact
	if how := b.text(c.How); how != "" {
		out = append(out, Fact{Label: b.t("notice.changes-notice.how"), Value: how})
	}
	if c.Ahead > 0 {
		out = append(out, Fact{Label: b.t("notice.changes-notice.ahead"), Value: b.t("notice.changes-notice.ahead.value", b.period(c.Ahead, c.Unit))})
	}
	return out
}

// kindLabel returns the label of what in is, when it is a service or a
// programme rather than an institution; "" for an institution.
func (b *builder) kindLabel(in *notice.Institution) string {
	if k := in.KindOf(); k != notice.KindInstitution {
		return b.t("kind." + k)
	}
	return ""
}

// intro returns the catalog sentence key that names who processes the
// data of in: for an institution, key with its name; for a service or a
// programme, key+"."+kind with the name of its controller and its own,
// as the controller processes the data and the programme does not
// (GDPR Art 4(7)). Without a controller, the institution's name.
func (b *builder) intro(key string, in *notice.Institution) string {
	if k := in.KindOf(); k != notice.KindInstitution && in.Controller != nil {
		return b.t(key+"."+k, b.text(in.Controller.Name), b.text(in.Name))
	}
	return b.t(key, b.text(in.Name))
}

// institutionHeading returns the heading of in's contact card: what it
// is (an institution, a service or a programme).
func (b *builder) institutionHeading(in *notice.Institution) string {
	if l := b.kindLabel(in); l != "" {
		return l
	}
	return b.t("notice.institution")
}
