package notice

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// This file is how people reach the institution about the notice itself:
// how a request to exercise a right is made (GDPR Art 12(2), 12(3),
// 12(6)), how changes of the notice are announced (WP260 paras 29–33),
// and whether the notice is of an institution, a service or a programme.
// Only what the content states is modelled: the law's own rules (the
// one-month reply, free of charge, Art 12(5)) are catalog sentences.

// The kinds of record a notice is about (Institution.Kind).
const (
	KindInstitution = "institution"
	KindService     = "service"
	KindProgramme   = "programme"
)

// InstitutionKinds lists the valid values of an institution's kind:.
func InstitutionKinds() []string { return []string{KindInstitution, KindService, KindProgramme} }

// Requests tells how a person makes a request to exercise a right. Every
// field is optional: nil or empty means the content does not say.
type Requests struct {
	// Channels are the ways a request may be made, in the content's order.
	Channels []Channel
	// Identity is how the institution checks who is asking (Art 12(6));
	// Markdown.
	Identity Text
	// Response is the institution's own statement about its reply; nil
	// when it states none (the law's one month then applies, and the
	// catalog says so).
	Response *Response
}

// Channel is one way a request may be made.
type Channel struct {
	Code    string // one of ChannelCodes
	Details Text   // optional: an address, a portal's name, a condition
}

// The codes of the channels a request may be made through.
const (
	ChannelInPerson    = "in-person"
	ChannelPost        = "post"
	ChannelEmailSigned = "email-signed"
	ChannelEAdrese     = "e-adrese"
	ChannelEmail       = "email"
	ChannelPortal      = "portal"
)

// ChannelCodes lists the valid channel codes.
func ChannelCodes() []string {
	return []string{ChannelInPerson, ChannelPost, ChannelEmailSigned, ChannelEAdrese, ChannelEmail, ChannelPortal}
}

// Response is what an institution states about its reply to a request.
type Response struct {
	Period int    // 0 when not stated: the law's one month applies
	Unit   string // one of ResponseUnits, with Period
	How    Text   // optional: how the reply is sent
}

// ResponseUnits lists the valid units of a reply period.
func ResponseUnits() []string { return []string{"days", "working-days", "weeks", "months"} }

// ChangesNotice is how an institution announces changes of its notice.
type ChangesNotice struct {
	How   Text   // where and how, e.g. on its website and by e-mail
	Ahead int    // how far ahead; 0 when not stated
	Unit  string // one of NoticeUnits, with Ahead
}

// NoticeUnits lists the valid units of ChangesNotice.Ahead.
func NoticeUnits() []string { return []string{"days", "weeks", "months"} }

// requestsField is the requests: field of an institution.
func requestsField() Field {
	return object("requests", Recommended, "Art 12(2)", "How a request to exercise a right is made; good practice. The notice states the law around it (a reply within one month, extendable by two further months, Art 12(3); free of charge, Art 12(5)).", "Requests",
		listOf("channels", Field{Kind: KindObject, Type: "channel", Fields: []Field{
			enum("channel", ChannelCodes(), Structural, "Art 12(2)", "How: in-person, post, email-signed (e-mail signed with a secure electronic signature), e-adrese (the official electronic address), email or portal.", "Code"),
			text("details", Optional, "", "An address, the portal's name or a condition, e.g. showing an identity document; required for portal.", "Details"),
		}}, Optional, "Art 12(2)", "The ways a request may be made, at least one when given, each once.", "Channels"),
		markdown("identity", Optional, "Art 12(6)", "How the institution checks the identity of the person asking.", "Identity"),
		object("response", Optional, "Art 12(3)", "What the institution states about its reply: its own period, at most one month, and how the reply is sent; leave it out to state only the law's one month.", "Response",
			Field{Key: "period", Kind: KindInt, Min: 1, Max: 31, Tier: Optional, Article: "Art 12(3)", Doc: "The institution's own period, with its unit: at most one month.", Go: "Period"},
			Field{Key: "unit", Kind: KindEnum, Values: ResponseUnits(), Tier: Mandatory, When: "with a period", Article: "Art 12(3)", Doc: "The period's unit.", Go: "Unit"},
			text("how", Optional, "", "How the reply is sent, e.g. by registered letter or e-mail as the person asks.", "How"),
		),
	)
}

// changesNoticeField is the changes_notice: field of an institution.
func changesNoticeField() Field {
	return object("changes_notice", Optional, "WP260 paras 29-33", "How and how far ahead the institution announces changes of this notice.", "ChangesNotice",
		text("how", Optional, "WP260 paras 29-33", "Where and how changes are announced, e.g. on the website and by e-mail to parents.", "How"),
		Field{Key: "ahead", Kind: KindInt, Min: 1, Max: 365, Tier: Optional, Article: "WP260 paras 29-33", Doc: "How far ahead of taking effect, with its unit.", Go: "Ahead"},
		Field{Key: "unit", Kind: KindEnum, Values: NoticeUnits(), Tier: Mandatory, When: "with ahead", Article: "WP260 paras 29-33", Doc: "The unit of ahead.", Go: "Unit"},
	)
}

// kindField is the kind: field of an institution.
func kindField() Field {
	return Field{Key: "kind", Kind: KindEnum, Values: InstitutionKinds(), Tier: Optional, Default: KindInstitution, Go: "Kind",
		Doc: "What the notice is about: an institution, or a service or programme (e.g. a municipal card) run by its controller; the page labels a service or programme as such."}
}

// responseDays are the most of each unit that fit in any month: a reply
// period longer than that may exceed the one month of Art 12(3).
var responseDays = map[string]int{"days": 31, "working-days": 23, "weeks": 4, "months": 1}

// validateRequests checks the rules of a requests: mapping.
func (d *decoder) validateRequests(f *fields) {
	if !f.has("channels") && !f.has("identity") && !f.has("response") {
		d.errorf(f.node, f.path, "give the channels, how identity is checked or the reply, or leave requests out (GDPR Art 12(2))")
	}
	if f.has("channels") && len(resolve(f.vals["channels"]).Content) == 0 {
		d.errorf(f.vals["channels"], join(f.path, "channels"), "list at least one channel, or leave the field out (GDPR Art 12(2))")
	}
}

// keepChannel checks the channel c, item n at path of the list out, and
// reports whether to append it: each channel once, a portal named.
func (d *decoder) keepChannel(out []Channel, c Channel, n *yaml.Node, path string) bool {
	if c.Code == "" {
		return false
	}
	for _, o := range out {
		if o.Code == c.Code {
			d.errorf(n, path, "channel %s is listed twice: give it once, with all its details", c.Code)
			return false
		}
	}
	if c.Code == ChannelPortal && c.Details.IsZero() {
		d.errorf(n, join(path, "details"), "missing required field: name the portal or give its address, so that people can find it (GDPR Art 12(2))")
	}
	return true
}

// validateResponse checks the rules of a requests.response: mapping.
func (d *decoder) validateResponse(f *fields, v *Response) {
	d.amountAndUnit(f, "period", "a period", "its period", ResponseUnits(),
		"give the institution's own reply period (period and unit) or how the reply is sent, or leave response out: the notice states the law's one month (GDPR Art 12(3))")
	if max, ok := responseDays[v.Unit]; ok && v.Period > max {
		d.errorf(f.vals["period"], join(f.path, "period"), "%d %s can be longer than one month: a reply is due within one month of receiving the request (GDPR Art 12(3)), and the extension by two further months is the law's, which the notice states; give a shorter period, or leave period out", v.Period, v.Unit)
	}
}

// validateChangesNotice checks the rules of a changes_notice: mapping.
func (d *decoder) validateChangesNotice(f *fields) {
	d.amountAndUnit(f, "ahead", "ahead", "ahead", NoticeUnits(),
		"give how changes are announced or how far ahead (ahead and unit), or leave changes_notice out (WP260 paras 29-33)")
}

// amountAndUnit checks a mapping f that states an amount of time (key
// amount, named subject before its unit and object after it) with its
// unit (one of units), or how, or both: an amount needs its unit, a unit
// its amount, and with neither amount nor how the mapping says nothing
// (message none).
func (d *decoder) amountAndUnit(f *fields, amount, subject, object string, units []string, none string) {
	switch {
	case f.has(amount) && !f.has("unit"):
		d.errorf(f.node, join(f.path, "unit"), "missing required field: %s needs its unit (%s)", subject, strings.Join(units, ", "))
	case f.has("unit") && !f.has(amount):
		d.errorf(f.node, join(f.path, amount), "missing required field: a unit needs %s", object)
	case !f.has(amount) && !f.has("how"):
		d.errorf(f.node, f.path, "%s", none)
	}
}

// KindOf returns what the notice is about: KindInstitution,
// KindService or KindProgramme.
func (in *Institution) KindOf() string {
	if in.Kind == "" {
		return KindInstitution
	}
	return in.Kind
}
