package jsonld

import "policysite/generator/notice"

// process is one purpose of the notice as a dpv:Process: its purpose,
// legal bases, data, subjects (children too, when it says who consents
// for them), sources, recipients and processors, transfers, retention,
// rights and automated decision-making. A direct-marketing purpose is a
// dpv:DirectMarketing too.
func (r renderer) process(p *notice.Purpose) node {
	n := node{"@id": r.id("purpose-" + p.ID), "@type": "dpv:Process"}
	purpose := node{"@type": "dpv:Purpose"}
	set(purpose, "dct:title", r.text(p.Name))
	set(purpose, "dct:description", r.text(p.Description))
	if p.DirectMarketing {
		purpose["@type"] = []any{"dpv:Purpose", "dpv:DirectMarketing"}
	}
	n["dpv:hasPurpose"] = purpose
	n["dpv:hasDataController"] = ref(r.id("controller"))
	if p.DPO != nil {
		n["dpv:hasDataProtectionOfficer"] = r.contact("purpose-"+p.ID+"-dpo", "dpv:DataProtectionOfficer", p.DPO)
	}

	var bases, laws []any
	for _, b := range p.Bases {
		if iri := basisIRI(b.Code); iri != "" {
			bases = append(bases, ref(iri))
		}
		for _, l := range b.Laws {
			laws = append(laws, r.law(l))
		}
	}
	data := []any{r.described("dpv:PersonalData", p.Categories)}
	if s := p.Special; s != nil {
		if iri := specialIRI(s.Condition); iri != "" {
			bases = append(bases, ref(iri))
		}
		for _, l := range s.Laws {
			laws = append(laws, r.law(l))
		}
		data = append(data, r.described("dpv:SpecialCategoryPersonalData", s.Data))
	}
	set(n, "dpv:hasLegalBasis", bases)
	set(n, "dpv:hasApplicableLaw", laws)
	if !p.LegitimateInterests.IsZero() {
		n["dpv:hasJustification"] = r.described("dpv:Justification", p.LegitimateInterests)
	}
	n["dpv:hasPersonalData"] = data
	n["dpv:hasDataSubject"] = r.described("dpv:DataSubject", p.Subjects)
	if p.Children != nil {
		// The purpose offers a service to children (Art 8(1)).
		n["dpv:hasDataSubject"] = []any{n["dpv:hasDataSubject"], node{"@type": "dpv:Child"}}
	}
	n["dpv:hasDataSource"] = r.sources(p)
	if !p.Recipients.IsZero() {
		n["dpv:hasRecipient"] = r.described("dpv:Recipient", p.Recipients)
	}
	set(n, "dpv:hasDataProcessor", r.processors(p.Processors))
	set(n, "dpv:hasStorageCondition", r.retention(p.Retention))
	var rights []any
	for _, c := range p.Rights() {
		if iri := rightIRI(c); iri != "" {
			rights = append(rights, ref(iri))
		}
	}
	set(n, "dpv:hasRight", rights)
	if a := p.Automated; a != nil {
		n["dpv:hasContext"] = ref("dpv:AutomatedDecisionMaking")
		n["dpv:hasAlgorithmicLogic"] = r.described("dpv:AlgorithmicLogic", a.Logic)
		n["dpv:hasConsequence"] = r.described("dpv:Consequence", a.Consequences)
	}
	var transfers []any
	for _, t := range p.Transfers {
		transfers = append(transfers, r.transfer(t))
	}
	set(n, "dpv:hasProcess", transfers)
	return n
}

// law is a national law relied on, named by its text.
func (r renderer) law(t notice.Text) node {
	n := node{"@type": "dpv:Law"}
	set(n, "dct:title", r.text(t))
	return n
}

// sources tells where the data come from: the data subject, others (as
// described), or both; and, where the content says, whether the sources
// are publicly accessible (Art 14(2)(f)).
func (r renderer) sources(p *notice.Purpose) []any {
	var out []any
	if p.DataFrom == "subject" || p.DataFrom == "both" {
		out = append(out, ref("dpv:DataSubjectDataSource"))
	}
	if (p.DataFrom == "others" || p.DataFrom == "both") && !p.Sources.IsZero() {
		out = append(out, r.described("dpv:DataSource", p.Sources))
	}
	if sp := p.SourcesPublic; sp != nil && p.DataFrom != "subject" {
		if *sp {
			out = append(out, ref("dpv:PublicDataSource"))
		} else {
			out = append(out, ref("dpv:NonPublicDataSource"))
		}
	}
	return out
}

// processors are the processors of a purpose (Art 28): a
// dpv:DataProcessor described by the categories, and one named with what
// it does for each processor named.
func (r renderer) processors(pr *notice.Processors) []any {
	if pr == nil {
		return nil
	}
	var out []any
	if !pr.Categories.IsZero() {
		out = append(out, r.described("dpv:DataProcessor", pr.Categories))
	}
	for _, p := range pr.Named {
		n := node{"@type": "dpv:DataProcessor", "dpv:hasName": p.Name}
		set(n, "dct:description", r.text(p.Role))
		out = append(out, n)
	}
	return out
}

// retention is how long the data are kept: a dpv:StorageDuration with
// its xsd:duration where a period is given, the criteria and the start
// as text.
func (r renderer) retention(ret notice.Retention) []any {
	var out []any
	if ret.Period > 0 {
		n := node{"@type": "dpv:StorageDuration"}
		if d := durationOf(ret.Period, ret.Unit); d != "" {
			n["rdf:value"] = node{"@value": d, "@type": "xsd:duration"}
		}
		set(n, "dct:description", r.text(ret.From))
		out = append(out, n)
	}
	if !ret.Criteria.IsZero() {
		out = append(out, r.described("dpv:StorageCondition", ret.Criteria))
	}
	return out
}

// transfer is a transfer to a third country or international
// organisation, as a process of its own with its safeguard.
func (r renderer) transfer(t notice.Transfer) node {
	to := node{"@type": "dpv:ThirdCountry"}
	set(to, "dct:title", r.text(t.To))
	n := node{
		"@type":               "dpv:Process",
		"dpv:hasProcessing":   ref("dpv:Transfer"),
		"dpv:hasThirdCountry": to,
	}
	if prop, iri, ok := safeguard(t.Safeguard); ok {
		n[prop] = ref(iri)
	}
	set(n, "dct:description", r.text(t.Details))
	return n
}
