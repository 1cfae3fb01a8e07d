package diff

import (
	"reflect"

	"policysite/generator/notice"
)

// constructs compares the purpose constructs of issue 11 that are facts
// of their own: the processors (recipients in GDPR terms, so a change is
// classed as one of recipients), which processing rests on consent, and
// whether the sources are publicly accessible. Direct marketing shows as
// its right to object (rights); who consents for a child is not compared.
func (c *comparer) constructs(at string, o, p *notice.Purpose) {
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
