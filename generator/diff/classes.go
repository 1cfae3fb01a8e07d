package diff

import (
	"regexp"
	"sort"
)

// brackets matches the ids in a path: "purposes[cctv]" → "purposes[]".
var brackets = regexp.MustCompile(`\[[^\]]*\]`)

// field returns path with its ids taken out, the key of the class table.
func field(path string) string { return brackets.ReplaceAllString(path, "[]") }

// classOf returns the class of a change of kind at path. This is the
// table of fundamental changes; every other change is editorial.
//
//	field                                kind                 WP260 rev.01
//	purposes[]                           added                para 29: a change in processing purpose
//	purposes[].name                      changed              para 29: a change in processing purpose
//	controller, controller.name, .reg_no any                  para 29: a change to the identity of the controller
//	purposes[].legal_basis[]             added, removed       para 29: changes how people can exercise their rights
//	                                                          (objection, withdrawal, portability follow the basis)
//	purposes[].special_categories        added                para 29 (an Art 9(2) condition is a legal basis)
//	purposes[].special_categories.condition changed           para 29 (idem)
//	purposes[].rights[]                  removed              para 29: how people can exercise their rights
//	purposes[].recipients                any                  paras 30–31: enlargement of the categories of recipients
//	                                                          (recipients are free text: every change is treated as one)
//	purposes[].processors.categories,    any                  idem: processors are recipients (GDPR Art 4(9))
//	purposes[].processors.named
//	purposes[].transfers                 added, changed       paras 30–31: introduction of transfers to a third country
//	purposes[].retention                 longer (in days)     paras 30–31: a change relevant to and impacting on people
//	                                     a period dropped for criteria only
//	purposes[].automated                 added                paras 30–31: idem (and a new Art 22 right)
//	purposes[].direct_marketing          added                para 29: a change in processing purpose (the data
//	                                                          are put to a new use, Art 21(2)); dropped: editorial
//	purposes[].children.consent_by, .age changed              para 29: who gives and withdraws consent for a child
//	                                                          (Art 8(1)) is how the child's rights are exercised
//	requests.channels[]                  removed              para 29: how people can exercise their rights (a way
//	                                                          to make a request is gone)
//	requests.identity                    added, changed       para 29: idem (a condition on making a request, free
//	                                                          text: every new wording is treated as a stricter one)
//	requests.response                    longer (in days; none paras 30–31: relevant to and impacting on people (the
//	                                     = the law's month)   reply to a request comes later)
//	changes_notice.ahead                 shorter, removed     paras 30–31: people must be told well in advance, to
//	                                                          assess a change and object or withdraw consent
//
// Editorial, by decision: kind (a label of what the notice covers, no
// new purpose or controller: para 29 last sentence), a channel added or
// its details changed (more ways, or a contact detail), how identity is
// checked no longer stated, how the reply is sent, how changes are
// announced, who consents for a child first stated or no longer stated
// (the rule of Art 8(1) and the Personal Data Processing Law, Section
// 33, applies either way), direct marketing dropped.
//
// Retention, the reply period and the notice of changes are classed
// where they are compared (retention in purpose.go, response and
// changesNotice in requests.go).
func classOf(path string, kind Kind) Class {
	switch field(path) {
	case "purposes[]", "purposes[].automated", "purposes[].special_categories", "purposes[].direct_marketing":
		return when(kind == Added)
	case "purposes[].children.consent_by", "purposes[].children.age":
		return Fundamental
	case "requests.channels[]":
		return when(kind == Removed)
	case "requests.identity":
		return when(kind != Removed)
	case "purposes[].name", "controller", "controller.name", "controller.reg_no",
		"purposes[].legal_basis[]", "purposes[].special_categories.condition", "purposes[].recipients",
		"purposes[].processors.categories", "purposes[].processors.named":
		return Fundamental
	case "purposes[].rights[]":
		return when(kind == Removed)
	case "purposes[].transfers":
		return when(kind != Removed)
	}
	return Editorial
}

// when returns Fundamental if b, else Editorial.
func when(b bool) Class {
	if b {
		return Fundamental
	}
	return Editorial
}

func sortStrings(s []string) { sort.Strings(s) }
