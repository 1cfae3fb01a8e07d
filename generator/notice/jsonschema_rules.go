package notice

// This file states in JSON Schema the rules of validate.go that a schema
// can express. Those it cannot: a legal basis listed twice, duplicate
// ids and anchors, references to controllers and shared purposes, the
// recipients and transfers a purpose may take from the institution's
// defaults or its shared purpose, an archived version's file name and
// self-containment, the catalog keys, the glyphs of the PDF fonts and
// the citation of the repealed law in any letter case.

func obj(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func required(keys ...string) map[string]any { return obj("required", keys) }

// objectRules are the rules of the object field key.
func objectRules(key string) []any {
	switch key {
	case "retention":
		return []any{
			obj("anyOf", []any{required("period"), required("criteria")}),
			obj("dependentRequired", obj("period", []string{"unit"}, "unit", []string{"period"}, "from", []string{"period"})),
		}
	case "requirement":
		return []any{obj(
			"if", obj("properties", obj("kind", obj("const", "voluntary"))),
			"else", required("consequence"),
		)}
	case "attestation":
		return []any{obj("properties", obj("commitments", obj("minItems", 1)))}
	}
	return nil
}

// purposeRules are the conditional rules of a purpose written in full.
func purposeRules() []any {
	return []any{
		// Art 13(1)(d): legitimate interests stated with that basis, and only then.
		// The list of bases only: contains holds vacuously for a legal_basis
		// that is {unknown: ...}, which states no basis.
		obj("if", obj("required", []string{"legal_basis"}, "properties", obj("legal_basis", obj("type", "array", "contains", obj("properties", obj("basis", obj("const", LegitimateInterests)))))),
			"then", required("legitimate_interests"),
			"else", obj("not", required("legitimate_interests"))),
		// Art 14(2)(f): the source of data not from the person.
		obj("if", obj("required", []string{"data_from"}, "properties", obj("data_from", obj("enum", []string{"others", "both"}))),
			"then", required("sources")),
		// The CCTV sign states the retention period.
		obj("if", required("video"), "then", obj("properties", obj("retention", required("period")))),
	}
}

// institutionRules are the conditional rules of an institution.
func institutionRules() []any {
	return []any{
		// Art 37(1)(a): a public body names its DPO; a private one a DPO or a privacy contact.
		obj("if", obj("required", []string{"public"}, "properties", obj("public", obj("const", false))),
			"then", obj("anyOf", []any{required("dpo"), required("privacy_contact")}),
			"else", required("dpo")),
		// A purpose written in full (without use) follows the rules of a purpose.
		obj("properties", obj("purposes", obj("items", obj(
			"if", obj("not", required("use")),
			"then", obj("allOf", append([]any{required(requiredKeys(purposeFields())...)}, purposeRules()...)),
		)))),
	}
}
