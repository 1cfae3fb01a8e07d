package notice

// This file holds the rules issue 11 tiers by the law: what the law
// excludes is an error, what it requires and the content does not state
// is a gap (gap.go).

// lookup returns the field of fields with key, if there is one.
func lookup(fields []Field, key string) (Field, bool) {
	for _, f := range fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// checkConsent checks the rules of a purpose resting on consent: consent
// alone cannot be the basis of data a law or a contract requires (Art
// 7(4), Art 6(1)(a) "freely given"), and it must be as easy to withdraw as to
// give (Art 7(3)): how is a gap when not stated. A shared purpose is
// checked as the institutions use it (final).
func (d *decoder) checkConsent(pd *purposeDraft, final bool) {
	p := pd.p
	if !final || !p.HasBasis(Consent) {
		if pd.set["withdraw"] && pd.set["legal_basis"] && !p.HasBasis(Consent) {
			d.errorf(pd.node, join(pd.path, "withdraw"), "a withdrawal route is stated but consent is not a legal basis: add the basis or leave the field out")
		}
		return
	}
	// With several bases the requirement may belong to another one; with
	// consent alone it cannot.
	if k := p.Requirement.Kind; len(p.Bases) == 1 && (k == "statutory" || k == "contractual") {
		d.errorf(pd.node, join(pd.path, "requirement.kind"), "consent cannot rest on data that are %s: consent is freely given, so the data are voluntary (GDPR Art 7(4)); use legal-obligation or contract as the basis, or make the requirement voluntary", k)
	}
	if !pd.set["withdraw"] && !p.Unknown.Has("withdraw") {
		pd.gapAt("withdraw", "Art 7(3)")
	}
}
