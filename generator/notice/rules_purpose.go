package notice

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// This file holds the rules of the purpose constructs of issue 11: the
// processors (Art 28), who consents for a child (Art 8(1)), whether the
// sources are publicly accessible (Art 14(2)(f)) and which processing
// rests on consent when consent is one of several bases (Art 13(1)(c),
// Art 7(3)). Direct marketing (Art 21(2)-(4)) has no rule: it only adds
// the right to object to it.

// LatvianAge is the age from which a child consents to an
// information-society service in Latvia (Personal Data Processing Law,
// Section 33, under GDPR Art 8(1)).
const LatvianAge = 13

// validateProcessors checks processors: categories, named processors or
// both, and a list of names is not empty.
func (d *decoder) validateProcessors(f *fields) {
	if !f.has("categories") && !f.has("named") {
		d.errorf(f.node, f.path, "give the categories of processors, the named processors or both (GDPR Art 13(1)(e)), or leave processors out")
	}
	if n := f.vals["named"]; n != nil && resolve(n).Kind == yaml.SequenceNode && len(resolve(n).Content) == 0 {
		d.errorf(n, join(f.path, "named"), "list at least one processor, or leave named out")
	}
}

// validateChildren checks children: the age is where the child's own
// consent starts, so it goes with consent_by child or both, and lies
// between 13 and 16 (Art 8(1)); a site in Latvian is warned of an age
// other than Latvia's 13.
func (d *decoder) validateChildren(f *fields, c *Children) {
	switch {
	case c.ConsentBy == "parent" && f.has("age"):
		d.errorf(f.vals["age"], join(f.path, "age"), "age is the age from which a child consents themself, but consent_by is parent: leave age out, or write consent_by: both (GDPR Art 8(1))")
	case (c.ConsentBy == "child" || c.ConsentBy == "both") && !f.has("age"):
		d.errorf(f.node, join(f.path, "age"), "missing required field: a child consents themself only from the age set under GDPR Art 8(1) (%d in Latvia, Personal Data Processing Law, Section 33); below it a parent or legal guardian consents", LatvianAge)
	}
	if c.Age == 0 {
		return
	}
	if c.Age < 13 || c.Age > 16 {
		d.errorf(f.vals["age"], join(f.path, "age"), "%d is outside the ages GDPR Art 8(1) allows, 13 to 16: below the age a parent or legal guardian consents for the child", c.Age)
		c.Age = 0
		return
	}
	if c.Age != LatvianAge && slices.Contains(d.langs, "lv") && !d.archived() {
		d.warnf(f.vals["age"], join(f.path, "age"), "in Latvia a child consents from the age of %d (Personal Data Processing Law, Section 33, under GDPR Art 8(1)), not %d: a younger child's own consent counts there", LatvianAge, c.Age)
	}
}

// checkConstructs checks the rules between the constructs of a purpose
// and its other fields. A shared purpose is checked as the institutions
// use it (final) for what its uses may add.
func (d *decoder) checkConstructs(pd *purposeDraft, final bool) {
	p, at := pd.p, pd.node
	consent := p.HasBasis(Consent)
	if pd.set["legal_basis"] && !consent {
		if pd.set["consent_covers"] && !p.Unknown.Has("consent_covers") {
			d.errorf(at, join(pd.path, "consent_covers"), "says which processing rests on consent, but consent is not a legal basis: add the basis or leave the field out (GDPR Art 13(1)(c))")
		}
		if pd.set["children"] {
			d.errorf(at, join(pd.path, "children"), "says who consents for a child, but consent is not a legal basis (GDPR Art 8(1)): add the basis or leave the field out")
		}
	}
	if final && consent && len(p.Bases) > 1 && !pd.set["consent_covers"] && !p.Unknown.Has("consent_covers") {
		// Which processing a withdrawal stops: the person cannot tell
		// when consent is one basis among others.
		pd.gapAt("consent_covers", "Art 13(1)(c), Art 7(3)")
	}
	if pd.set["sources_public"] && p.SourcesPublic != nil && p.DataFrom == "subject" && !p.Unknown.Has("data_from") {
		d.errorf(at, join(pd.path, "sources_public"), "says whether the sources are publicly accessible, but data_from is subject: set data_from to others or both, or leave the field out (GDPR Art 14(2)(f))")
	}
}
