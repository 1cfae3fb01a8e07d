package diff

import (
	"strings"

	"policysite/generator/notice"
)

// This file compares what the institution states about the notice
// itself: what the notice is about (kind), how a request to exercise a
// right is made (requests) and how changes are announced
// (changes_notice). Their classes are decided here, each with its
// ground in WP260 rev.01 (see classes.go for the table).

// kind compares what the notice is about. A service that becomes a
// programme is still processed by the same controller for the same
// purposes: the label is editorial.
func (c *comparer) kind(old, new *notice.Institution) {
	if old.KindOf() != new.KindOf() {
		c.add("kind", Changed, "diff.field.kind", key("kind."+old.KindOf()), key("kind."+new.KindOf()))
	}
}

// requests compares how a request is made: the channels, matched by
// code; how identity is checked; and the reply.
func (c *comparer) requests(old, new *notice.Requests) {
	if old == nil {
		old = &notice.Requests{}
	}
	if new == nil {
		new = &notice.Requests{}
	}
	byCode := map[string]notice.Channel{}
	for _, ch := range old.Channels {
		byCode[ch.Code] = ch
	}
	seen := map[string]bool{}
	for _, ch := range new.Channels {
		seen[ch.Code] = true
		path := "requests.channels[" + ch.Code + "]"
		o, ok := byCode[ch.Code]
		if !ok {
			c.add(path, Added, "diff.field.request-channel", Value{}, channel(ch))
			continue
		}
		if !equalText(o.Details, ch.Details) {
			c.add(path+".details", Changed, "diff.field.request-channel", channel(o), channel(ch))
		}
	}
	for _, ch := range old.Channels {
		if !seen[ch.Code] {
			c.add("requests.channels["+ch.Code+"]", Removed, "diff.field.request-channel", channel(ch), Value{})
		}
	}
	c.text("requests.identity", "notice.requests.identity", old.Identity, new.Identity)
	c.response(old.Response, new.Response)
}

// channel returns a channel as one value: its name and its details.
func channel(ch notice.Channel) Value {
	return Value{List: []Value{key("channel." + ch.Code), text(ch.Details)}}
}

// response compares the reply periods by length, a period not stated
// being the law's one month (Art 12(3)), so that a period stated or no
// longer stated is a change from or to that month: a longer one is fundamental
// (WP260 paras 30–31: people wait longer for their rights to take
// effect), a shorter or equal one editorial. How the reply is sent is
// compared as text.
func (c *comparer) response(o, p *notice.Response) {
	if o == nil {
		o = &notice.Response{}
	}
	if p == nil {
		p = &notice.Response{}
	}
	c.of = "notice.requests"
	defer func() { c.of = "" }()
	if o.Period != p.Period || o.Unit != p.Unit {
		c.addClass("requests.response", Changed, "notice.requests.response", responseValue(o), responseValue(p),
			when(length(p.Period, p.Unit, 1, "months") > length(o.Period, o.Unit, 1, "months")))
	}
	c.text("requests.response.how", "notice.requests.response.how", o.How, p.How)
}

// responseValue returns a reply period, or the law's one month when
// none is stated.
func responseValue(r *notice.Response) Value {
	if r.Period == 0 {
		return key("diff.response.law")
	}
	return Value{Period: r.Period, Unit: r.Unit}
}

// changesNotice compares how changes are announced. Less time ahead, or
// none stated any more, is fundamental (WP260 paras 30–31: people must
// get the information well in advance, to assess a change and withdraw
// consent or object before it takes effect); more time, and how the
// changes are announced, editorial.
func (c *comparer) changesNotice(old, new *notice.ChangesNotice) {
	if old == nil {
		old = &notice.ChangesNotice{}
	}
	if new == nil {
		new = &notice.ChangesNotice{}
	}
	c.text("changes_notice.how", "notice.changes-notice.how", old.How, new.How)
	if old.Ahead == new.Ahead && old.Unit == new.Unit {
		return
	}
	ov, nv := Value{Period: old.Ahead, Unit: old.Unit}, Value{Period: new.Ahead, Unit: new.Unit}
	switch {
	case old.Ahead == 0:
		c.addClass("changes_notice.ahead", Added, "notice.changes-notice.ahead", Value{}, nv, Editorial)
	case new.Ahead == 0:
		c.addClass("changes_notice.ahead", Removed, "notice.changes-notice.ahead", ov, Value{}, Fundamental)
	default:
		c.addClass("changes_notice.ahead", Changed, "notice.changes-notice.ahead", ov, nv,
			when(length(new.Ahead, new.Unit, 0, "") < length(old.Ahead, old.Unit, 0, "")))
	}
}

// length returns n units in 1/240 days, so that days, working days
// (7/5 of a day), weeks and months (365.25/12 days) compare in integers;
// n 0 stands for def of unit defUnit.
func length(n int, unit string, def int, defUnit string) int {
	if n == 0 {
		n, unit = def, defUnit
	}
	per := map[string]int{"days": 240, "working-days": 336, "weeks": 1680, "months": 7305}
	return n * per[strings.TrimSpace(unit)]
}
