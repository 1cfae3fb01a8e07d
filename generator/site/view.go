package site

import (
	"html/template"
	"slices"
)

// The types in this file are the data the page templates get. Their
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

// Contact is an organisation or a person with contact details; empty
// fields are left out.
type Contact struct {
	Heading string // what the contact is, e.g. "Controller"
	Name    string
	Role    string
	RegNo   string
	Address string
	Phone   string
	Tel     template.URL // the phone as a tel: URL
	Email   string
	Mailto  template.URL // the e-mail as a mailto: URL
	Web     string
}

// Parties are the people a data subject can turn to: the controller, the
// institution (when it is not the controller), the data protection
// officer, the privacy contact, a contact person, the supervisory
// authority, and how to exercise rights.
type Parties struct {
	Controller  Contact
	Institution *Contact // nil when the institution is the controller
	DPO         *Contact // the data protection officer; nil if none
	Privacy     *Contact // the contact for data-protection questions
	Person      *Contact // the contact person for general questions
	Authority   Contact
	Exercise    template.HTML // the institution's own text (Markdown)
	// Requests is how a request is made, as the institution states it;
	// nil when it does not say.
	Requests *Requests
}

// Right is a data subject's right.
type Right struct {
	Code    string
	Anchor  string // id of its entry in the rights section
	Name    string
	Explain string
}

// Basis is a legal basis of a purpose.
type Basis struct {
	Code    string
	Name    string // e.g. "Consent"
	Article string // e.g. "GDPR Article 6(1)(a)"
	Explain string
	Laws    []string
	// LawsGap says that the law behind the basis is not stated, or "".
	LawsGap string
	// Covers says, for consent among other bases, which processing rests
	// on consent; CoversGap that this is not stated; both "" otherwise.
	Covers, CoversGap string
}

// Special is the special categories of personal data of a purpose.
type Special struct {
	Data    string
	Article string // e.g. "GDPR Article 9(2)(b)"
	Explain string
	Laws    []string
	// LawsGap says that the law behind the basis is not stated, or "".
	LawsGap string
}

// Transfer is a transfer to a third country.
type Transfer struct {
	To        string
	Safeguard string
	Details   string
}

// Retention is how long data are kept.
type Retention struct {
	Period   string // e.g. "10 gadi"; "" when only criteria are given
	From     string
	Criteria template.HTML
	// Summary is the short form for the summary table and the key facts:
	// the period, "see the criteria", or "not stated" (draft.not-stated).
	Summary string
}

// Automated is automated decision-making.
type Automated struct {
	Logic        string
	Consequences string
}

// Purpose is one purpose of processing with all its Article 13 facts.
type Purpose struct {
	ID                  string // also its anchor on the notice
	Name                string
	Description         template.HTML
	Bases               []Basis
	LegitimateInterests template.HTML
	Special             *Special
	Subjects            string
	Categories          template.HTML
	DataFrom            string // the catalog sentence
	Sources             template.HTML
	// SourcesPublic is the sentence saying whether the sources include
	// publicly accessible ones, "" when the content does not say.
	SourcesPublic string
	Recipients    template.HTML
	// Processors are the processors (GDPR Art 28); nil when none named.
	Processors  *Processors
	Transfers   []Transfer
	NoTransfers string // the catalog sentence when there are none
	Retention   Retention
	Requirement string
	Consequence string
	Automated   *Automated
	NoAutomated string // the catalog sentence when there is none
	Rights      []Right
	Areas       []string // monitored areas of video surveillance
	Video       bool
	DPO         *Contact      // the purpose's own DPO, if it has one
	Withdraw    template.HTML // how to withdraw consent
	// Children is the sentence saying who consents for a child (GDPR
	// Art 8(1)) with its legal source in ChildrenLaw; "" when not given.
	Children, ChildrenLaw string
	// Marketing is the absolute right to object to direct marketing
	// (GDPR Art 21(2)-(3)), shown at the top of the purpose's rights;
	// nil when the purpose is not direct marketing.
	Marketing *Right
	// NotStated maps the key of each fact the content does not state
	// (legal_basis, transfers, …) to the sentence saying so: printed
	// instead of the fact, never a zero value or a catalog default.
	NotStated map[string]string
	// Page links to the purpose's own page (video purposes), of the
	// same version; nil otherwise.
	Page *Link
	// Inherited holds the keys of the facts the purpose takes from the
	// institution's defaults that the notice states once, in its Common
	// section: the purpose leaves them out. Empty on a purpose's own page.
	Inherited map[string]bool
}

// Processors are the processors of a purpose: categories, named
// processors, or both.
type Processors struct {
	Categories template.HTML
	Named      []Processor
}

// Processor is a named processor and what it does.
type Processor struct {
	Name string
	Role string
}

// Objection is the right to object, brought to attention clearly and
// separately from the other rights (GDPR Art 21(4)): on grounds of one's
// particular situation (Art 21(1)) and, absolute, to direct marketing
// (Art 21(2)-(3)).
type Objection struct {
	Heading   string
	Intro     string // why it stands apart (Art 21(4))
	General   *ObjectionPart
	Marketing *ObjectionPart
}

// ObjectionPart is one right to object with the purposes it applies to.
type ObjectionPart struct {
	Right
	Article  string // e.g. "GDPR Article 21(1)"
	Purposes []Link // the purposes on the notice; empty on a purpose page
}

// Shows reports whether the purpose states the fact key itself: false
// for a fact stated once in the notice's Common section.
func (p Purpose) Shows(key string) bool { return !p.Inherited[key] }

// Common is the section of a notice that states once the facts the
// institution's defaults give its purposes (recipients, transfers, …),
// each purpose stating only where it differs (GDPR Art 12(1), concise).
type Common struct {
	// Facts holds the defaults as a purpose's facts; only those of Keys
	// are stated.
	Facts Purpose
	Keys  []string
}

// Has reports whether the section states the fact key.
func (c Common) Has(key string) bool { return slices.Contains(c.Keys, key) }

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

// KeyFacts is the panel at the top of a video-surveillance page, for a
// person reading it on a phone in a doorway: who records, why, how long
// the recordings are kept, who sees them, whom to ask, and the rights in
// one line.
type KeyFacts struct {
	Who        string
	Why        string
	HowLong    string
	Recipients string   // the register's short wording; "" when not given
	Ask        *Contact // the DPO, or the contact for data-protection questions
	Rights     string
}

// CameraSite is a site (building) of the camera register.
type CameraSite struct {
	Name      string
	Address   string
	Zones     []CameraZone
	Forbidden []string // places where cameras are not allowed
	NotStated string   // the catalog text for a fact not stated
}

// CameraZone is a monitored zone. A fact the register does not give
// holds the catalog's "not stated in the documents".
type CameraZone struct {
	Location  string
	Monitors  string
	Recording string
	Retention string
	Access    string
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
