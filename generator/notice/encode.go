package notice

import (
	"bytes"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Marshal writes an institution as a self-contained YAML document in the
// content format: the controller inline and every purpose in full, with
// shared purposes and defaults resolved. It is the form of an archived
// version, which must not change when current content changes. langs
// orders the texts.
func Marshal(in *Institution, langs []string) ([]byte, error) {
	e := encoder{langs: langs}
	root := e.institution(in)
	var buf bytes.Buffer
	buf.WriteString("# An earlier version of the privacy notice of " + in.ID + ", effective " + in.Document.Effective.String() + ".\n")
	buf.WriteString("# Written by policysite archive: self-contained, so that it never changes with current content.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type encoder struct{ langs []string }

// mapping builds a mapping node from key/value pairs, leaving out nil
// values.
func mapping(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		v, _ := kv[i+1].(*yaml.Node)
		if v == nil {
			continue
		}
		n.Content = append(n.Content, scalar(kv[i].(string)), v)
	}
	return n
}

func scalar(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// str is a scalar, or nil for "".
func str(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return scalar(s)
}

func (e encoder) text(t Text) *yaml.Node {
	if t == nil {
		return nil
	}
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, l := range e.langs {
		n.Content = append(n.Content, scalar(l), scalar(t[l]))
	}
	return n
}

func (e encoder) texts(ts []Text) *yaml.Node {
	if len(ts) == 0 {
		return nil
	}
	n := &yaml.Node{Kind: yaml.SequenceNode}
	for _, t := range ts {
		n.Content = append(n.Content, e.text(t))
	}
	return n
}

func (e encoder) contact(c *Contact) *yaml.Node {
	if c == nil {
		return nil
	}
	return mapping("name", str(c.Name), "role", e.text(c.Role), "phone", str(c.Phone), "email", str(c.Email), "address", str(c.Address))
}

func (e encoder) institution(in *Institution) *yaml.Node {
	var public *yaml.Node
	if !in.Public {
		public = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "false"}
	}
	c := in.Controller
	ctl := mapping("id", str(c.ID), "name", e.text(c.Name), "reg_no", str(c.RegNo), "address", str(c.Address),
		"phone", str(c.Phone), "email", str(c.Email), "web", str(c.Web))
	doc := mapping("title", e.text(in.Document.Title), "issued_under", e.text(in.Document.IssuedUnder),
		"approved_by", e.text(in.Document.ApprovedBy), "effective", str(in.Document.Effective.String()),
		"version", str(in.Document.Version), "changes", e.text(in.Document.Changes))
	purposes := &yaml.Node{Kind: yaml.SequenceNode}
	for _, p := range in.Purposes {
		purposes.Content = append(purposes.Content, e.purpose(p))
	}
	var sections *yaml.Node
	if len(in.Sections) > 0 {
		sections = &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range in.Sections {
			sections.Content = append(sections.Content, mapping("id", str(s.ID), "title", e.text(s.Title), "body", e.text(s.Body)))
		}
	}
	var att *yaml.Node
	if len(in.Attestation.Commitments) > 0 || in.Attestation.BreachContact != nil {
		att = mapping("commitments", e.texts(in.Attestation.Commitments), "breach_contact", e.contact(in.Attestation.BreachContact))
	}
	return mapping("id", str(in.ID), "name", e.text(in.Name), "reg_no", str(in.RegNo), "address", str(in.Address),
		"phone", str(in.Phone), "email", str(in.Email), "web", str(in.Web), "public", public,
		"controller", ctl, "dpo", e.contact(in.DPO), "privacy_contact", e.contact(in.PrivacyContact),
		"contact", e.contact(in.Contact), "document", doc, "purposes", purposes,
		"exercise", e.text(in.Exercise), "security", e.text(in.Security), "cookies", e.text(in.Cookies),
		"sections", sections, "attestation", att)
}

func (e encoder) purpose(p *Purpose) *yaml.Node {
	bases := &yaml.Node{Kind: yaml.SequenceNode}
	for _, b := range p.Bases {
		bases.Content = append(bases.Content, mapping("basis", str(b.Code), "laws", e.texts(b.Laws)))
	}
	var special *yaml.Node
	if s := p.Special; s != nil {
		special = mapping("data", e.text(s.Data), "condition", str("9(2)("+s.Condition+")"), "laws", e.texts(s.Laws))
	}
	transfers := scalar("none")
	if len(p.Transfers) > 0 {
		transfers = &yaml.Node{Kind: yaml.SequenceNode}
		for _, t := range p.Transfers {
			transfers.Content = append(transfers.Content, mapping("to", e.text(t.To), "safeguard", str(t.Safeguard), "details", e.text(t.Details)))
		}
	}
	r := p.Retention
	var period *yaml.Node
	if r.Period > 0 {
		period = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(r.Period)}
	}
	retention := mapping("period", period, "unit", str(r.Unit), "from", e.text(r.From), "criteria", e.text(r.Criteria))
	automated := scalar("none")
	if a := p.Automated; a != nil {
		automated = mapping("logic", e.text(a.Logic), "consequences", e.text(a.Consequences))
	}
	var video *yaml.Node
	if v := p.Video; v != nil {
		video = mapping("areas", e.texts(v.Areas), "phone", str(v.Phone))
	}
	var dataFrom *yaml.Node
	if p.DataFrom != "subject" {
		dataFrom = str(p.DataFrom)
	}
	return mapping("id", str(p.ID), "name", e.text(p.Name), "description", e.text(p.Description),
		"legal_basis", bases, "legitimate_interests", e.text(p.LegitimateInterests),
		"special_categories", special, "subjects", e.text(p.Subjects), "categories", e.text(p.Categories),
		"data_from", dataFrom, "sources", e.text(p.Sources), "recipients", e.text(p.Recipients),
		"transfers", transfers, "retention", retention,
		"requirement", mapping("kind", str(p.Requirement.Kind), "consequence", e.text(p.Requirement.Consequence)),
		"automated", automated, "video", video, "dpo", e.contact(p.DPO))
}
