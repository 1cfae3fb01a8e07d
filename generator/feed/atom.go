package feed

import "encoding/xml"

// NS is the Atom 1.0 namespace (RFC 4287).
const NS = "http://www.w3.org/2005/Atom"

// Atom is an Atom 1.0 feed document (RFC 4287 section 4.1.1), as much of
// it as a feed of versions uses. Tests decode feeds into it.
type Atom struct {
	XMLName  xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	ID       string   `xml:"id"`
	Title    Text     `xml:"title"`
	Updated  string   `xml:"updated"`
	Author   *Person  `xml:"author,omitempty"`
	Links    []Link   `xml:"link"`
	Entries  []Entry  `xml:"entry"`
	Generate string   `xml:"generator,omitempty"`
}

// Entry is an Atom entry (RFC 4287 section 4.1.2).
type Entry struct {
	ID      string `xml:"id"`
	Title   Text   `xml:"title"`
	Updated string `xml:"updated"`
	Links   []Link `xml:"link"`
	Summary *Text  `xml:"summary,omitempty"`
}

// Text is an Atom text construct; policysite writes plain text.
type Text struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

// Person is an Atom person construct.
type Person struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

// Link is an Atom link.
type Link struct {
	Rel      string `xml:"rel,attr,omitempty"`
	Type     string `xml:"type,attr,omitempty"`
	Href     string `xml:"href,attr"`
	HrefLang string `xml:"hreflang,attr,omitempty"`
}
