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
//
// Retention is classed where it is compared (retention in purpose.go).
func classOf(path string, kind Kind) Class {
	switch field(path) {
	case "purposes[]", "purposes[].automated", "purposes[].special_categories":
		return when(kind == Added)
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
