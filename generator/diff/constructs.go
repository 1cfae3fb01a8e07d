package diff

import (
	"reflect"

	"policysite/generator/notice"
)

// constructs compares the purpose constructs of issue 11 that are facts
// of their own: the processors (recipients in GDPR terms, so a change is
// classed as one of recipients), which processing rests on consent,
// whether the sources are publicly accessible, direct marketing (which
// carries its own right to object, not compared again among the rights)
// and who consents for a child.
func (c *comparer) constructs(at string, o, p *notice.Purpose) {
	if o.DirectMarketing != p.DirectMarketing {
		kind, ov, nv := Added, Value{}, key("diff.direct-marketing")
		if o.DirectMarketing {
			kind, ov, nv = Removed, nv, Value{}
		}
		c.add(at+".direct_marketing", kind, "diff.field.direct-marketing", ov, nv)
	}
	c.children(at+".children", o.Children, p.Children)
	c.text(at+".consent_covers", "notice.consent-covers", o.ConsentCovers, p.ConsentCovers)
	c.value(at+".sources_public", "notice.source", o.SourcesPublic != nil, p.SourcesPublic != nil,
		key(sourcesPublicKey(o.SourcesPublic)), key(sourcesPublicKey(p.SourcesPublic)), reflect.DeepEqual(o.SourcesPublic, p.SourcesPublic))
	var oc, pc notice.Text
	if o.Processors != nil {
		oc = o.Processors.Categories
	}
	if p.Processors != nil {
		pc = p.Processors.Categories
	}
	c.text(at+".processors.categories", "notice.processors", oc, pc)
	on, pn := named(o.Processors), named(p.Processors)
	c.value(at+".processors.named", "notice.processors", len(on.List) > 0, len(pn.List) > 0, on, pn, reflect.DeepEqual(on, pn))
}

// children compares who consents for a child (Art 8(1)): the rule as a
// whole where one version states none, else who consents, or else from
// what age.
func (c *comparer) children(at string, o, p *notice.Children) {
	switch {
	case o == nil || p == nil:
		c.value(at, "notice.children", o != nil, p != nil, childrenValue(o), childrenValue(p), false)
	case o.ConsentBy != p.ConsentBy:
		c.add(at+".consent_by", Changed, "notice.children", childrenValue(o), childrenValue(p))
	case o.Age != p.Age:
		c.add(at+".age", Changed, "notice.children", childrenValue(o), childrenValue(p))
	}
}

// childrenValue returns the catalog's sentence on who consents for a
// child, with the age where the child consents.
func childrenValue(ch *notice.Children) Value {
	if ch == nil {
		return Value{}
	}
	v := key("children." + ch.ConsentBy)
	if ch.ConsentBy != "parent" {
		v.Args = []any{ch.Age}
	}
	return v
}

// sourcesPublicKey returns the catalog key of the sentence on whether
// the sources are publicly accessible; "" when not stated.
func sourcesPublicKey(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "sources.public.yes"
	}
	return "sources.public.no"
}

// named returns the named processors as a list of "name: role" texts.
func named(pr *notice.Processors) Value {
	v := Value{}
	if pr == nil {
		return v
	}
	for _, n := range pr.Named {
		t := notice.Text{}
		for l, role := range n.Role {
			t[l] = n.Name + ": " + role
		}
		v.List = append(v.List, text(t))
	}
	return v
}
