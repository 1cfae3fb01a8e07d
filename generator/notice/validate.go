package notice

import (
	"reflect"

	"go.yaml.in/yaml/v3"
)

// This file holds the rules the table of fields cannot state: the
// conditional requirements of the GDPR and the consistency of a record.
// Each message cites its article.

// validate checks the rules of the record v (a pointer to a model
// struct) decoded from f.
func (d *decoder) validate(f *fields, v any) {
	switch v := v.(type) {
	case *Contact:
		if !f.has("email") && !f.has("phone") {
			d.errorf(f.node, join(f.path, "email"), "missing required field: give an e-mail address (and a phone if there is one)")
		}
	case *SpecialCategories:
		if c := d.str(f, "condition"); c != "" {
			if len(c) == len("9(2)(a)") && c[:5] == "9(2)(" && c[6] == ')' && c[5] >= 'a' && c[5] <= 'j' {
				v.Condition = c[5:6]
			} else {
				d.errorf(f.vals["condition"], join(f.path, "condition"), "%q is not an Article 9(2) condition: write 9(2)(a) to 9(2)(j)", c)
			}
		}
	case *Retention:
		switch {
		case f.has("period") && !f.has("unit"):
			d.errorf(f.node, join(f.path, "unit"), "missing required field: a period needs its unit (days, weeks, months or years)")
		case f.has("unit") && !f.has("period"):
			d.errorf(f.node, join(f.path, "period"), "missing required field: a unit needs its period")
		case !f.has("period") && !f.has("criteria"):
			d.errorf(f.node, f.path, "give a period (period and unit) or the criteria used to decide it")
		}
		if f.has("from") && !f.has("period") {
			d.errorf(f.vals["from"], join(f.path, "from"), "from needs a period")
		}
	case *Requirement:
		if v.Kind != "" && v.Kind != "voluntary" && !f.has("consequence") {
			d.errorf(f.node, join(f.path, "consequence"), "missing required field: say what happens if the data are not provided (GDPR Art 13(2)(e))")
		}
	case *Basis:
		if (v.Code == LegalObligation || v.Code == PublicTask) && !f.has("laws") {
			d.gap(reflect.ValueOf(v).Elem(), field(field(d.tab.purpose, "legal_basis").Elem.Fields, "laws"), join(f.path, "laws"), f.node, question{})
		}
	case *Processors:
		d.validateProcessors(f)
	case *Children:
		d.validateChildren(f, v)
	case *Video:
		if f.has("areas") && len(resolve(f.vals["areas"]).Content) == 0 {
			d.errorf(f.vals["areas"], join(f.path, "areas"), "list at least one monitored area")
		}
	case *CameraSite:
		d.validateSite(f, v)
	case *Requests:
		d.validateRequests(f)
	case *Response:
		d.validateResponse(f, v)
	case *ChangesNotice:
		d.validateChangesNotice(f)
	case *Attestation:
		if f.has("commitments") && len(v.Commitments) == 0 {
			d.errorf(f.vals["commitments"], join(f.path, "commitments"), "list at least one commitment, or leave the field out for the default ones")
		}
	}
}

// keepItem checks the item v (a pointer to a model struct) of the list
// out, decoded from n at path, and reports whether to append it.
func (d *decoder) keepItem(out, v reflect.Value, n *yaml.Node, path string) bool {
	if b, ok := v.Interface().(Basis); ok {
		if b.Code == "" {
			return false
		}
		for i := range out.Len() {
			if out.Index(i).Interface().(Basis).Code == b.Code {
				d.errorf(n, path, "basis %s is listed twice", b.Code)
				return false
			}
		}
	}
	if c, ok := v.Interface().(Channel); ok {
		return d.keepChannel(out.Interface().([]Channel), c, n, path)
	}
	return true
}

// checkPurpose reports missing fields and broken conditional rules. A
// final check is of a purpose as an institution uses it, after shared
// purpose and defaults; a shared purpose alone may leave recipients and
// transfers to the institutions' defaults.
func (d *decoder) checkPurpose(pd *purposeDraft, final bool) {
	p, at := pd.p, pd.node
	missing := func(key, why string) {
		if fl, ok := lookup(d.tab.purpose, key); ok && fl.Unknown {
			// A fact the source lacks is a gap of the draft, not an error.
			if !p.Unknown.Has(key) {
				pd.gapAt(key, fl.Article)
			}
			return
		}
		msg := "missing required field"
		if why != "" {
			msg += ": " + why
		}
		d.errorf(at, join(pd.path, key), "%s", msg)
	}
	// A use of a shared purpose reports only what the use adds; the shared
	// file reports its own gaps.
	for _, k := range d.tab.purposeRequired {
		if !pd.set[k] {
			missing(k, "")
		}
	}
	if final {
		where := "set it here or in the institution's defaults"
		if p.Shared != "" {
			where = "set it here, in the shared purpose or in the institution's defaults"
		}
		if !pd.set["recipients"] {
			missing("recipients", where)
		}
		if !pd.set["transfers"] {
			missing("transfers", "write none or the transfers; "+where)
		}
	}
	if p.HasBasis(LegitimateInterests) && !pd.set["legitimate_interests"] {
		missing("legitimate_interests", "legitimate-interests is a legal basis, so the interests must be stated (GDPR Art 13(1)(d))")
	}
	if pd.set["legitimate_interests"] && pd.set["legal_basis"] && !p.HasBasis(LegitimateInterests) {
		d.errorf(at, join(pd.path, "legitimate_interests"), "interests are stated but legitimate-interests is not a legal basis: add the basis or leave the field out")
	}
	if (p.DataFrom == "others" || p.DataFrom == "both") && !pd.set["sources"] {
		missing("sources", "data not obtained from the person need their source (GDPR Art 14(2)(f))")
	}
	d.checkConsent(pd, final)
	d.checkConstructs(pd, final)
	if p.Video != nil && pd.set["retention"] && !p.Unknown.Has("retention") && p.Retention.Period == 0 {
		missing("retention.period", "video surveillance needs a retention period with its unit, for the sign")
	}
}
