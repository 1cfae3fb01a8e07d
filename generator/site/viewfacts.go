package site

import (
	"html/template"
	"slices"
)

// The types in this file are the facts of a notice as the page templates
// get them (see view.go for the page types and the rules they share):
// the parties, the purposes with their bases, rights and retention, the
// section stated once for all purposes, and the camera register.

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
