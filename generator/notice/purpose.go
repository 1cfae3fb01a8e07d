package notice

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// purposeKeys are the fields of a purpose.
func purposeKeys() []string {
	return []string{"id", "name", "description", "legal_basis", "legitimate_interests",
		"special_categories", "subjects", "categories", "data_from", "sources", "recipients",
		"transfers", "retention", "requirement", "automated", "video", "dpo"}
}

// purposeDraft is a purpose being assembled from a shared purpose, its
// own fields and the institution's defaults.
type purposeDraft struct {
	p    *Purpose
	d    *decoder // of the file where the purpose is written
	node *yaml.Node
	path string
	set  map[string]bool // fields given, by key
}

// purpose decodes a purpose at path. It may be a use of a shared
// purpose with overrides, except where shared is nil: in a shared purpose
// itself and in an archived version, which must be self-contained.
func (d *decoder) purpose(n *yaml.Node, path string, shared map[string]*purposeDraft) *purposeDraft {
	keys := append(purposeKeys(), "use")
	if id := peekID(n); path != "" && id != "" {
		path = path[:lastBracket(path)] + "[" + id + "]"
	}
	f := d.mapping(n, path, keys...)
	if f == nil {
		return nil
	}
	pd := &purposeDraft{p: &Purpose{DataFrom: "subject"}, d: d, node: f.node, set: map[string]bool{}}
	if f.has("use") && shared == nil {
		if path == "" {
			d.errorf(f.keys["use"], "use", "a shared purpose cannot use another")
		} else {
			d.errorf(f.keys["use"], join(path, "use"), "an archived version must be self-contained: write the purpose in full, not with use")
		}
		return nil
	}
	if f.has("use") {
		id, _ := d.scalar(f.vals["use"], join(path, "use"))
		if sp := shared[id]; sp != nil {
			cp := *sp.p
			pd.p = &cp
			for k := range sp.set {
				pd.set[k] = true
			}
		} else if id != "" {
			msg := fmt.Sprintf("no shared purpose with id %q in purposes/", id)
			if s := nearest(id, sortedKeys(shared)); s != "" {
				msg += "; did you mean " + s + "?"
			}
			d.errorf(f.vals["use"], join(path, "use"), "%s", msg)
			return nil
		}
		pd.p.Shared = id
	}
	p := pd.p
	p.File = d.file
	if f.has("id") {
		p.ID = d.slug(f, "id")
	}
	pd.path = path
	for k := range f.vals {
		pd.set[k] = true
	}

	if f.has("name") {
		p.Name = d.text(f, "name")
	}
	if f.has("description") {
		p.Description = d.text(f, "description")
	}
	if f.has("legal_basis") {
		p.Bases = nil
		d.list(f, "legal_basis", func(i int, bn *yaml.Node, bp string) {
			bf := d.mapping(bn, bp, "basis", "laws")
			if bf == nil {
				return
			}
			d.require(bf, "basis")
			b := Basis{Code: d.oneOf(bf, "basis", BasisCodes()), Laws: d.texts(bf, "laws")}
			if b.Code == "" {
				return
			}
			if p.HasBasis(b.Code) {
				d.errorf(bn, bp, "basis %s is listed twice", b.Code)
				return
			}
			p.Bases = append(p.Bases, b)
		})
		if len(resolve(f.vals["legal_basis"]).Content) == 0 {
			d.errorf(f.vals["legal_basis"], join(path, "legal_basis"), "list at least one legal basis")
		}
	}
	if f.has("legitimate_interests") {
		p.LegitimateInterests = d.text(f, "legitimate_interests")
	}
	if sn := f.vals["special_categories"]; sn != nil {
		sp := join(path, "special_categories")
		if sf := d.mapping(sn, sp, "data", "condition", "laws"); sf != nil {
			d.require(sf, "data", "condition")
			sc := &SpecialCategories{Data: d.text(sf, "data"), Laws: d.texts(sf, "laws")}
			if c := d.str(sf, "condition"); c != "" {
				if len(c) == len("9(2)(a)") && c[:5] == "9(2)(" && c[6] == ')' && c[5] >= 'a' && c[5] <= 'j' {
					sc.Condition = c[5:6]
				} else {
					d.errorf(sf.vals["condition"], join(sp, "condition"), "%q is not an Article 9(2) condition: write 9(2)(a) to 9(2)(j)", c)
				}
			}
			p.Special = sc
		}
	}
	if f.has("subjects") {
		p.Subjects = d.text(f, "subjects")
	}
	if f.has("categories") {
		p.Categories = d.text(f, "categories")
	}
	if f.has("data_from") {
		p.DataFrom = d.oneOf(f, "data_from", []string{"subject", "others", "both"})
	}
	if f.has("sources") {
		p.Sources = d.text(f, "sources")
	}
	if f.has("recipients") {
		p.Recipients = d.text(f, "recipients")
	}
	if f.has("transfers") {
		p.Transfers = d.transfers(f.vals["transfers"], join(path, "transfers"))
	}
	if rn := f.vals["retention"]; rn != nil {
		rp := join(path, "retention")
		if rf := d.mapping(rn, rp, "period", "unit", "from", "criteria"); rf != nil {
			r := Retention{
				Period:   d.integer(rf, "period", 1, 1000),
				Unit:     d.oneOf(rf, "unit", RetentionUnits()),
				From:     d.text(rf, "from"),
				Criteria: d.text(rf, "criteria"),
			}
			switch {
			case rf.has("period") && !rf.has("unit"):
				d.errorf(rf.node, join(rp, "unit"), "missing required field: a period needs its unit (days, weeks, months or years)")
			case rf.has("unit") && !rf.has("period"):
				d.errorf(rf.node, join(rp, "period"), "missing required field: a unit needs its period")
			case !rf.has("period") && !rf.has("criteria"):
				d.errorf(rf.node, rp, "give a period (period and unit) or the criteria used to decide it")
			}
			if rf.has("from") && !rf.has("period") {
				d.errorf(rf.vals["from"], join(rp, "from"), "from needs a period")
			}
			p.Retention = r
		}
	}
	if rn := f.vals["requirement"]; rn != nil {
		rp := join(path, "requirement")
		if rf := d.mapping(rn, rp, "kind", "consequence"); rf != nil {
			d.require(rf, "kind")
			p.Requirement = Requirement{Kind: d.oneOf(rf, "kind", RequirementKinds()), Consequence: d.text(rf, "consequence")}
			if p.Requirement.Kind != "" && p.Requirement.Kind != "voluntary" && !rf.has("consequence") {
				d.errorf(rf.node, join(rp, "consequence"), "missing required field: say what happens if the data are not provided (GDPR Art 13(2)(e))")
			}
		}
	}
	if f.has("automated") {
		p.Automated = d.automated(f.vals["automated"], join(path, "automated"))
	}
	if vn := f.vals["video"]; vn != nil {
		vp := join(path, "video")
		if vf := d.mapping(vn, vp, "areas", "phone"); vf != nil {
			d.require(vf, "areas")
			v := &Video{Areas: d.texts(vf, "areas"), Phone: d.phone(vf, "phone")}
			if vf.has("areas") && len(resolve(vf.vals["areas"]).Content) == 0 {
				d.errorf(vf.vals["areas"], join(vp, "areas"), "list at least one monitored area")
			}
			p.Video = v
		}
	}
	if f.has("dpo") {
		p.DPO = d.contact(f, "dpo")
	}
	return pd
}

// peekID returns the id (or else the shared id used) of a purpose
// mapping, to name it in error messages; "" when it has none.
func peekID(n *yaml.Node) string {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		return ""
	}
	id := ""
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if v.Kind != yaml.ScalarNode || !slugRE.MatchString(v.Value) {
			continue
		}
		if k.Value == "id" {
			return v.Value
		}
		if k.Value == "use" {
			id = v.Value
		}
	}
	return id
}

// lastBracket returns the index of the last "[" in path, or len(path).
func lastBracket(path string) int {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '[' {
			return i
		}
	}
	return len(path)
}

// transfers decodes "none" or a list of transfers.
func (d *decoder) transfers(n *yaml.Node, path string) []Transfer {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode {
		if n.Value != "none" {
			d.errorf(n, path, "expected none or a list of transfers, found %q", n.Value)
		}
		return []Transfer{}
	}
	out := []Transfer{}
	d.listNode(n, path, func(i int, tn *yaml.Node, tp string) {
		tf := d.mapping(tn, tp, "to", "safeguard", "details")
		if tf == nil {
			return
		}
		d.require(tf, "to")
		if !tf.has("safeguard") {
			d.errorf(tf.node, join(tp, "safeguard"), "missing required field: a transfer to a third country needs its safeguard (GDPR Arts 45-49): %s", joinCodes(SafeguardCodes()))
		}
		out = append(out, Transfer{To: d.text(tf, "to"), Safeguard: d.oneOf(tf, "safeguard", SafeguardCodes()), Details: d.text(tf, "details")})
	})
	if len(n.Content) == 0 && n.Kind == yaml.SequenceNode {
		d.errorf(n, path, "write none when there are no transfers")
	}
	return out
}

func joinCodes(codes []string) string {
	s := ""
	for i, c := range codes {
		if i > 0 {
			s += ", "
		}
		s += c
	}
	return s
}

// automated decodes "none" or the logic and consequences.
func (d *decoder) automated(n *yaml.Node, path string) *Automated {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode {
		if n.Value != "none" {
			d.errorf(n, path, "expected none or {logic, consequences}, found %q", n.Value)
		}
		return nil
	}
	af := d.mapping(n, path, "logic", "consequences")
	if af == nil {
		return nil
	}
	d.require(af, "logic", "consequences")
	return &Automated{Logic: d.text(af, "logic"), Consequences: d.text(af, "consequences")}
}

// applyDefaults fills the fields the purpose does not set from the
// institution's defaults.
func (pd *purposeDraft) applyDefaults(df *fields) {
	d := pd.d
	if !pd.set["recipients"] && df.has("recipients") {
		pd.p.Recipients = d.text(df, "recipients")
		pd.set["recipients"] = true
	}
	if !pd.set["transfers"] && df.has("transfers") {
		pd.p.Transfers = d.transfers(df.vals["transfers"], "defaults.transfers")
		pd.set["transfers"] = true
	}
	if !pd.set["automated"] && df.has("automated") {
		pd.p.Automated = d.automated(df.vals["automated"], "defaults.automated")
		pd.set["automated"] = true
	}
}

// checkPurpose reports missing fields and broken conditional rules. A
// final check is of a purpose as an institution uses it, after shared
// purpose and defaults; a shared purpose alone may leave recipients and
// transfers to the institutions' defaults.
func (d *decoder) checkPurpose(pd *purposeDraft, final bool) {
	p, at := pd.p, pd.node
	missing := func(key, why string) {
		msg := "missing required field"
		if why != "" {
			msg += ": " + why
		}
		d.errorf(at, join(pd.path, key), "%s", msg)
	}
	// A use of a shared purpose reports only what the use adds; the shared
	// file reports its own gaps.
	required := []string{"id", "name", "legal_basis", "subjects", "categories", "retention", "requirement"}
	for _, k := range required {
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
	if p.Video != nil && pd.set["retention"] && p.Retention.Period == 0 {
		missing("retention.period", "video surveillance needs a retention period with its unit, for the sign")
	}
}
