package site

import "html/template"

// The types in this file and viewfacts.go are the data the page templates
// get: here the pages, there the facts of a notice they show. Their
// fields are the contract of a user's template override: a misspelt field
// fails the build. Texts are final (looked up in the catalog, formatted,
// in the page's language); fields of type template.HTML hold rendered
// Markdown; links are relative to the page (Href) or absolute (URL).

// Page is what every page has: its language, title and the links of the
// layout. Every page type embeds it.
type Page struct {
	Lang      string // the page's language code, for <html lang>
	Title     string // the document title (<title>)
	SiteTitle string
	Canonical string // absolute URL of the page
	XDefault  string // absolute URL for hreflang="x-default"
	NoIndex   bool   // ask search engines not to index (superseded versions, drafts)
	// Draft is the banner of a page of a draft notice (issue 11), or "".
	Draft      string
	Stylesheet string // relative link
	// Data is the relative link to the machine-readable version of the
	// page (JSON-LD), or "" when it has none.
	Data string
	// Feed is the relative link to the Atom feed of the notice's versions
	// in Lang, or "" when the page has none.
	Feed string
	Home string // relative link to the institutions in Lang
	// Accessibility is the relative link to the accessibility statement
	// in Lang.
	Accessibility string
	// Languages lists the page in every site language, the current one
	// marked.
	Languages []Alternate
	// Breadcrumb lists the pages above this one, from the top.
	Breadcrumb []Link
}

// Alternate is the same page in one language.
type Alternate struct {
	Lang    string
	Name    string // the language's name, written in that language
	Href    string // relative link
	URL     string // absolute URL
	Current bool
}

// Link is a link with its text.
type Link struct {
	Text string
	Href string
	Lang string // the language of Text when it differs from the page's
}

// Date is a date for people (Text, in the page's language) and machines
// (ISO, YYYY-MM-DD).
type Date struct {
	ISO  string
	Text string
}

// Document is the metadata of one version of a notice.
type Document struct {
	Title       string
	Effective   Date
	Version     string
	ApprovedBy  string
	IssuedUnder string
	Changes     template.HTML // the change note, Markdown rendered
}

// Version is a link to an earlier version of a notice.
type Version struct {
	Link
	Effective Date
	Version   string
	Changes   template.HTML // the change note, Markdown rendered
}

// Section is a further section of a notice.
type Section struct {
	ID    string
	Title string
	Body  template.HTML
}

// NoticePage is the data of notice.html: the current notice or an
// earlier version of it.
type NoticePage struct {
	Page
	// Gaps are the facts a draft does not state (issue 11).
	Gaps        []Gap
	Institution string // the institution's name
	// Kind labels a service or programme beside its name; "" for an
	// institution.
	Kind  string
	Intro string
	// Superseded is set on an earlier version: the text saying so.
	Superseded string
	// TakesEffect is set on an upcoming version: the text saying when.
	TakesEffect string
	// Current is the relative link to the notice in force (earlier and
	// upcoming versions).
	Current string
	// Announcements are the upcoming versions (the version in force only).
	Announcements []Announcement
	// Changes is what changed from the previous version; nil for the
	// first version without a note.
	Changes *Changes
	// Common states once what the defaults give the purposes; nil when
	// no fact is common.
	Common   *Common
	Purposes []Purpose
	Rights   []Right // every right of any purpose but the right to object
	// Objection is the right to object, shown apart (Art 21(4)); nil
	// when no purpose gives it.
	Objection *Objection
	Parties
	Security template.HTML
	Cookies  template.HTML
	Sections []Section
	Document Document
	// ChangesNotice is how changes of the notice are announced, as the
	// institution states it; nil when it does not say.
	ChangesNotice []Fact
	History       []Version // the versions before this one, newest first
	// Versions links the index of every version.
	Versions Link
	// Documents are the version's printable PDFs: its CCTV signs and the
	// attestation form.
	Documents []Link
}

// PurposePage is the data of purpose.html: one video-surveillance purpose
// with everything a person needs, the second layer of the CCTV sign.
type PurposePage struct {
	Page
	Institution string
	Intro       string
	Purpose     Purpose
	// Rights are the purpose's rights but the right to object, which
	// Objection shows apart (Art 21(4)); nil when the purpose gives none.
	Rights    []Right
	Objection *Objection
	// Facts is the key-facts panel the page starts with.
	Facts KeyFacts
	// Sites are the sites of the camera register with their monitored
	// zones; nil when the content has no register.
	Sites []CameraSite
	Parties
	Notice Link // the full notice of the same version
	// Superseded is set on the page of an earlier version: the text
	// saying so; TakesEffect on an upcoming one's. Current then links the
	// page in force.
	Superseded  string
	TakesEffect string
	Current     string
}

// Group is a list of institutions in one language.
type Group struct {
	Lang    string
	Heading string // "" on a page of one language
	Intro   string
	Empty   string // the sentence when there are no institutions
	Items   []Item
}

// Item is an institution in a Group: the link to its notice, and the
// label of a service or programme ("" for an institution).
type Item struct {
	Link
	Kind string
}

// IndexPage is the data of index.html: the entry page (a group per
// language) or the institutions in one language (one group).
type IndexPage struct {
	Page
	Groups []Group
}

// AccessibilityPage is the data of accessibility.html: the accessibility
// statement (MK noteikumi Nr. 445).
type AccessibilityPage struct {
	Page
	Intro    string
	Scope    string
	Status   string
	Issues   []string
	Assessed string // the sentence with the date
	Method   string
	Email    string
	Mailto   template.URL
	Phone    string
	Tel      template.URL
}

// Gap is a fact a draft notice does not state: its field, the article
// that requires it and the sentence saying what is being asked.
type Gap struct {
	Label   string // the fact in words, e.g. "Transfers to third countries — Video surveillance"
	Field   string // e.g. purposes[cctv].transfers: where to write it
	Article string // e.g. "VDAR 13. panta 1. punkta f) apakšpunkts"
	Text    string
}
