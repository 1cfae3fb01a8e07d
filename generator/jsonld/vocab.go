package jsonld

import "policysite/generator/notice"

// The namespaces of the W3C Data Privacy Vocabulary 2.x that the notice
// uses, and the few general ones around them.
const (
	nsDPV    = "https://w3id.org/dpv#"
	nsGDPR   = "https://w3id.org/dpv/legal/eu/gdpr#"
	nsPD     = "https://w3id.org/dpv/pd#"
	nsDCT    = "http://purl.org/dc/terms/"
	nsXSD    = "http://www.w3.org/2001/XMLSchema#"
	nsRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsOWL    = "http://www.w3.org/2002/07/owl#"
	gdpr     = "eu-gdpr:"
	dpvTerms = "dpv:"
)

// context is the JSON-LD context of every document: prefixes only, so
// that every key in the document reads as the IRI it stands for.
func context() map[string]any {
	return map[string]any{
		"dpv":     nsDPV,
		"eu-gdpr": nsGDPR,
		"pd":      nsPD,
		"dct":     nsDCT,
		"xsd":     nsXSD,
		"rdf":     nsRDF,
		"owl":     nsOWL,
	}
}

// basisIRI maps a legal-basis code to its GDPR Art 6(1) concept.
func basisIRI(code string) string {
	if p := notice.BasisPoint(code); p != "" {
		return gdpr + "A6-1-" + p
	}
	return ""
}

// specialIRI maps an Art 9(2) point letter to its concept.
func specialIRI(letter string) string {
	if len(letter) == 1 && letter[0] >= 'a' && letter[0] <= 'j' {
		return gdpr + "A9-2-" + letter
	}
	return ""
}

// rightIRI maps a right code to the GDPR article that grants it.
func rightIRI(code string) string {
	switch code {
	case notice.RightAccess:
		return gdpr + "A15"
	case notice.RightRectification:
		return gdpr + "A16"
	case notice.RightErasure:
		return gdpr + "A17"
	case notice.RightRestriction:
		return gdpr + "A18"
	case notice.RightPortability:
		return gdpr + "A20"
	case notice.RightObject, notice.RightObjectMarketing:
		return gdpr + "A21"
	case notice.RightWithdraw:
		return gdpr + "A7-3"
	case notice.RightAutomated:
		return gdpr + "A22"
	case notice.RightComplaint:
		return gdpr + "A77"
	}
	return ""
}

// safeguard returns the property and concept a transfer safeguard code
// maps to: the Art 45(3) adequacy decision and Art 46(2)(b) binding
// corporate rules are legal bases of the transfer, standard contractual
// clauses an organisational measure (they may be the Commission's,
// Art 46(2)(c), or an authority's, 46(2)(d), which the model does not
// say). A derogation names no Art 49(1) point in the model, so it maps to
// nothing: ok is false.
func safeguard(code string) (property, iri string, ok bool) {
	switch code {
	case "adequacy-decision":
		return dpvTerms + "hasLegalBasis", gdpr + "A45-3", true
	case "binding-corporate-rules":
		return dpvTerms + "hasLegalBasis", gdpr + "A46-2-b", true
	case "standard-contractual-clauses":
		return dpvTerms + "hasOrganisationalMeasure", gdpr + "StandardContractualClauses", true
	}
	return "", "", false
}

// durationOf returns a retention period as an xsd:duration, which has no
// weeks: they are written as days.
func durationOf(period int, unit string) string {
	switch unit {
	case "days":
		return "P" + itoa(period) + "D"
	case "weeks":
		return "P" + itoa(period*7) + "D"
	case "months":
		return "P" + itoa(period) + "M"
	case "years":
		return "P" + itoa(period) + "Y"
	}
	return ""
}
