package notice

// Rules are the institution's internal data-processing rules: the
// document staff attest to on the attestation form (GDPR Art 29, 32(4)),
// distinct from the public privacy notice.
type Rules struct {
	Title       Text // e.g. Personas datu apstrādes noteikumi
	IssuedUnder Text // optional: the issuing act or order number
	Date        Date // optional: the date the rules were issued
	ApprovedBy  Text // optional: who approved them
}

// rulesField is the rules: field of an institution.
func rulesField() Field {
	return object("rules", Recommended, "Art 29, Art 32(4)", "The institution's internal data-processing rules, which the attestation form names; without them the form says that no rules are named.", "Rules",
		text("title", Structural, "", "The rules' title.", "Title"),
		text("issued_under", Optional, "", "The issuing act or order number.", "IssuedUnder"),
		value("date", KindDate, Optional, "", "When the rules were issued.", "Date"),
		text("approved_by", Optional, "", "Who approved them.", "ApprovedBy"),
	)
}

// checkRules warns of a current notice whose attestation form names no
// internal rules.
func (d *decoder) checkRules(f *fields, in *Institution) {
	if d.archived() || in.Rules != nil || in.Attestation.NoForm {
		return
	}
	d.warnf(f.node, "rules", "the attestation form names no internal rules (GDPR Art 29, 32(4)): add rules: with the title, issuing act and date of the institution's data-processing rules")
}
