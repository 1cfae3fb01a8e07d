// Package jsonld renders the machine-readable privacy notice: one JSON-LD
// document per version of an institution's notice, in the terms of the
// W3C Data Privacy Vocabulary (DPV 2.1) and its EU-GDPR extension.
//
// Legal bases, Art 9(2) conditions, rights, transfer safeguards,
// controller, DPO, recipients and retention are DPV concepts; what the
// model holds only as free text (purposes, data categories, recipients,
// data subjects) is given as language-tagged text of a plain DPV class,
// never as a guessed, more specific concept. Texts are the content's own
// (Markdown where the content is Markdown), one literal per site
// language. The output is deterministic: keys are sorted, lists keep the
// content's order.
package jsonld

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"

	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// node is one JSON-LD node object or value object.
type node = map[string]any

// Institution renders the JSON-LD notice of in, the current version or an
// archived one, for site. It identifies its nodes by fragments of its own
// address, Path(in) under the site's base URL.
func Institution(site *notice.Site, in *notice.Institution) ([]byte, error) {
	if site == nil || in == nil {
		return nil, errors.New("jsonld: no site or no institution")
	}
	if in.Controller == nil {
		return nil, errors.New("jsonld: institution " + in.ID + " has no controller")
	}
	r := renderer{langs: site.Languages, base: urls.Absolute(site.BaseURL, Path(in))}
	doc := r.notice(site, in)
	var pages []any
	for _, l := range site.Languages {
		pages = append(pages, ref(urls.Absolute(site.BaseURL, page(l, in))))
	}
	set(doc, "dct:isFormatOf", pages)
	doc["@context"] = context()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Path returns the site path of the JSON-LD notice of in: urls.JSONLD for
// the current version, urls.VersionJSONLD for an archived one.
func Path(in *notice.Institution) string {
	if in.Archived {
		return urls.VersionJSONLD(in.ID, in.Document.Effective.String())
	}
	return urls.JSONLD(in.ID)
}

// page is the HTML page of the same version of the notice in lang.
func page(lang string, in *notice.Institution) string {
	if in.Archived {
		return urls.Version(lang, in.ID, in.Document.Effective.String())
	}
	return urls.Notice(lang, in.ID)
}

// renderer holds what every node needs: the site languages and the
// document's own address.
type renderer struct {
	langs []string
	base  string
}

// id returns the IRI of a node of this document.
func (r renderer) id(fragment string) string { return r.base + "#" + fragment }

// text returns t as one language-tagged literal per site language, or
// nil when t is empty.
func (r renderer) text(t notice.Text) []any {
	var out []any
	for _, l := range r.langs {
		if s := t.In(l); s != "" {
			out = append(out, node{"@value": s, "@language": l})
		}
	}
	return out
}

// ref is a reference to a node by IRI.
func ref(iri string) node { return node{"@id": iri} }

// set adds key: value to n unless value is empty.
func set(n node, key string, value any) {
	switch v := value.(type) {
	case nil:
		return
	case string:
		if v == "" {
			return
		}
	case []any:
		if len(v) == 0 {
			return
		}
	case node:
		if v == nil {
			return
		}
	}
	n[key] = value
}

// described is a node of class typ described by t.
func (r renderer) described(typ string, t notice.Text) node {
	n := node{"@type": typ}
	set(n, "dct:description", r.text(t))
	return n
}

// notice is the document's top node: the notice with its parties and
// its processes, one per purpose.
func (r renderer) notice(site *notice.Site, in *notice.Institution) node {
	n := node{
		"@id":   r.id("notice"),
		"@type": "dpv:PrivacyNotice",
	}
	if in.Document.Effective.Dated() {
		n["dct:valid"] = node{"@value": in.Document.Effective.String(), "@type": "xsd:date"}
	}
	set(n, "dct:title", r.text(in.Document.Title))
	set(n, "owl:versionInfo", in.Document.Version)
	set(n, "dct:publisher", r.organisation("institution", "dpv:Organisation", in.Name, in.RegNo, in.Address, in.Phone, in.Email))
	if in.KindOf() != notice.KindInstitution {
		// A notice about a service or a programme (a municipal card):
		// DPV's Service, a process by which one entity benefits another,
		// is what the notice is about. DPV has no programme class.
		service := node{"@id": r.id("service"), "@type": "dpv:Service"}
		set(service, "dct:title", r.text(in.Name))
		n["dct:subject"] = service
	}
	c := in.Controller
	n["dpv:hasDataController"] = r.organisation("controller", "dpv:DataController", c.Name, c.RegNo, c.Address, c.Phone, c.Email)
	if in.DPO != nil {
		n["dpv:hasDataProtectionOfficer"] = r.contact("dpo", "dpv:DataProtectionOfficer", in.DPO)
	} else if in.PrivacyContact != nil {
		n["dpv:hasContact"] = r.contact("privacy-contact", "", in.PrivacyContact)
	}
	a := site.Authority
	n["dpv:hasAuthority"] = r.organisation("authority", "dpv:DataProtectionAuthority", a.Name, "", a.Address, a.Phone, a.Email)
	var procs []any
	for _, p := range in.Purposes {
		procs = append(procs, r.process(p))
	}
	set(n, "dpv:hasProcess", procs)
	return n
}

// organisation is a legal entity with its name and contact details.
func (r renderer) organisation(fragment, typ string, name notice.Text, regNo, address, phone, email string) node {
	n := node{"@id": r.id(fragment), "@type": typ}
	set(n, "dpv:hasName", r.text(name))
	set(n, "dpv:hasIdentifier", regNo)
	set(n, "dpv:hasAddress", address)
	set(n, "dpv:hasContact", contacts(phone, email))
	return n
}

// contact is a person or office: a DPO or the privacy contact. typ may
// be "" for a contact that is no DPV role.
func (r renderer) contact(fragment, typ string, c *notice.Contact) node {
	n := node{"@id": r.id(fragment)}
	set(n, "@type", typ)
	set(n, "dpv:hasName", c.Name)
	set(n, "dct:description", r.text(c.Role))
	set(n, "dpv:hasAddress", c.Address)
	set(n, "dpv:hasContact", contacts(c.Phone, c.Email))
	return n
}

// contacts lists a phone number and an e-mail address, either may be "".
func contacts(phone, email string) []any {
	var out []any
	for _, s := range []string{phone, email} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

// Files renders the JSON-LD notice of every version of in for site (as
// notice.Schedule arranged it): the current one, each earlier and each
// upcoming one, each at its Path.
func Files(site *notice.Site, in *notice.Institution) ([]output.File, error) {
	var files []output.File
	for _, v := range in.Timeline() {
		data, err := Institution(site, v)
		if err != nil {
			return nil, err
		}
		files = append(files, output.File{Path: Path(v), Data: data})
	}
	return files, nil
}
