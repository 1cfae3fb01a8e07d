package notice

import (
	"sort"
	"strings"
	"time"
)

// Text is readable text in every language of the site, keyed by language
// code ("lv", "en"). A loaded, valid Text has a non-empty entry for every
// site language.
type Text map[string]string

// In returns the text in lang, or "" when there is none.
func (t Text) In(lang string) string { return t[lang] }

// IsZero reports whether t holds no text at all.
func (t Text) IsZero() bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// Date is a calendar date without time of day, written YYYY-MM-DD.
type Date struct{ time.Time }

// String returns the date as YYYY-MM-DD, the form used in URLs.
func (d Date) String() string { return d.Format("2006-01-02") }

// Site is the site-wide configuration: content/site.yaml.
type Site struct {
	Title           Text
	BaseURL         string   // absolute, ends in "/"
	Languages       []string // first is not special; DefaultLanguage is
	DefaultLanguage string
	Authority       Authority
	Accessibility   Accessibility
	// Demo marks a demonstration site, whose draft notices are built
	// (marked as drafts) without -drafts.
	Demo bool
	// PublishRegister publishes each institution's rows of the record of
	// processing activities (GDPR Art 30(1)) in the site's output.
	PublishRegister bool
	// Catalog overrides built-in catalog entries: key → text.
	Catalog map[string]Text
	// Signs are the CCTV warning signs a build makes; empty means
	// DefaultSignVariants (see SignVariants).
	Signs []SignVariant
	// Renamed lists names of bodies known to have changed, beside the
	// built-in ones (BuiltinRenames).
	Renamed []Rename
}

// Authority is the supervisory authority people may complain to.
type Authority struct {
	Name    Text
	Address string
	Phone   string
	Email   string
	Web     string
}

// Accessibility holds the facts of the accessibility statement
// (MK noteikumi Nr. 445).
type Accessibility struct {
	Status   string // "full", "partial" or "none"
	Assessed Date   // when the site was last assessed
	Method   Text   // how it was assessed; optional
	Email    string // where to report accessibility problems
	Phone    string // optional
	// Issues lists known accessibility problems; optional.
	Issues []Text
}

// Controller is an organisation that decides why and how personal data
// are processed (GDPR Art 4(7)). Several institutions may share one.
type Controller struct {
	// At is where each field is written, by key ("" the record itself).
	At Positions `json:"-"`

	ID      string
	Name    Text
	RegNo   string
	Address string
	Phone   string
	Email   string
	Web     string
	// Unknown are the facts the content does not state (gap.go).
	Unknown Unknowns
	File    string // source file
	Digest  string // SHA-256 of the source file
	path    string // source file in the content tree
}

// Contact is a person or office people can turn to: the DPO, or the
// institution's contact person.
type Contact struct {
	Name    string // optional: the role may be given without a name
	Role    Text   // optional; e.g. "IKT projektu vadītājs"
	Phone   string
	Email   string
	Address string // optional postal address
}

// Document is the metadata of one version of an institution's notice.
type Document struct {
	Title       Text
	IssuedUnder Text // optional: the legal act the document is issued under
	ApprovedBy  Text // optional
	Effective   Date
	Version     string // optional label, e.g. "2"
	Changes     Text   // optional: what changed since the previous version
	// Unknown are the facts the content does not state (gap.go).
	Unknown Unknowns
}

// Institution is a school, preschool, municipality or agency that
// publishes a privacy notice.
type Institution struct {
	// At is where each field is written, by key ("" the record itself).
	At Positions `json:"-"`

	ID   string
	Name Text
	// Kind is what the notice is about: KindInstitution (also when ""),
	// KindService or KindProgramme.
	Kind    string
	RegNo   string // optional
	Address string
	Phone   string
	Email   string
	Web     string // optional

	Controller *Controller
	// DPO is the data protection officer; nil only for a private
	// controller without one, which then must name PrivacyContact.
	DPO *Contact
	// PrivacyContact is who answers data-protection questions where there
	// is no DPO; optional otherwise.
	PrivacyContact *Contact
	// Contact is an optional contact person for general questions.
	Contact *Contact
	// Public reports whether the controller is a public body, which must
	// appoint a DPO (GDPR Art 37(1)(a)). Default true.
	Public bool

	Document Document
	Purposes []*Purpose
	// Defaults are the values every purpose not setting its own takes
	// (defaults:); nil when the content gives none.
	Defaults *Defaults

	// Exercise tells how to exercise rights (Markdown); optional, the
	// catalog's standard text is used around it.
	Exercise Text
	// Requests tells how a request to exercise a right is made; nil when
	// the content does not say.
	Requests *Requests
	Security Text // security measures (Markdown); optional
	Cookies  Text // the website's cookies (Markdown); optional
	// Sections are further sections of the notice, in order.
	Sections []Section

	// ChangesNotice is how changes of the notice are announced; nil when
	// the content does not say.
	ChangesNotice *ChangesNotice

	// Rules are the internal data-processing rules the attestation form
	// names; nil when the content names none.
	Rules *Rules

	Attestation Attestation

	Cameras *Cameras // the camera register; nil when the content has none

	// Archived is true for a version that is not the one in force: an
	// earlier version loaded from the archive, or a version that Schedule
	// placed before or after the current one.
	Archived bool
	// Superseded is true for a version that Schedule placed before the
	// one in force: it was published and in force once, so it is never
	// presented as a draft, whatever gaps today's rules find in it.
	Superseded bool
	// Unknown are the institution's own facts the content does not state;
	// Gaps collects those of its controller and purposes too (gap.go).
	Unknown Unknowns
	// Versions lists the earlier versions, newest first. Only the current
	// version has them.
	Versions []*Institution
	// Upcoming lists the versions that take effect after the build date,
	// soonest first (see Schedule). Only the current version has them.
	Upcoming []*Institution `json:",omitempty"`

	File string // source file
	// Digest is a SHA-256 over every source file the institution is made
	// from: its own, its controller's, the shared purposes it uses and its
	// archived versions. Equal digests mean equal content.
	Digest string

	inputs []input // the files it is made from, for Digest

	// Warnings are what the checks found allowed but likely wrong, such
	// as a public body relying on legitimate interests.
	Warnings ErrorList
}

// Section is a free-form section of the notice.
type Section struct {
	ID    string
	Title Text
	Body  Text // Markdown
}

// Attestation configures the employee confidentiality form.
type Attestation struct {
	// Commitments replace the catalog's default commitments when set.
	Commitments []Text
	// BreachContact is who staff report a suspected breach to; defaults
	// to the DPO (or the privacy contact).
	BreachContact *Contact
	// NoForm switches the form off, for an institution whose staff have
	// no duties with personal data.
	NoForm bool
}

// Content is the whole loaded content tree.
type Content struct {
	Site         *Site
	Controllers  []*Controller  // sorted by ID
	Institutions []*Institution // sorted by ID
	Shared       []*Purpose     // shared purposes, sorted by ID
}

// Stats returns the number of institutions and current purposes.
func (c *Content) Stats() (institutions, purposes int) {
	for _, in := range c.Institutions {
		purposes += len(in.Purposes)
	}
	return len(c.Institutions), purposes
}

func sortByID[T any](s []T, id func(T) string) {
	sort.Slice(s, func(i, j int) bool { return id(s[i]) < id(s[j]) })
}
