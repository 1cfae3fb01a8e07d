package notice

// The model of a purpose of processing: its legal bases, the facts
// Article 13 asks for each, and the rights derived from the bases.

// Basis codes for GDPR Art 6(1)(a)–(f).
const (
	Consent             = "consent"
	Contract            = "contract"
	LegalObligation     = "legal-obligation"
	VitalInterests      = "vital-interests"
	PublicTask          = "public-task"
	LegitimateInterests = "legitimate-interests"
)

// BasisCodes lists the legal-basis codes in the order of Art 6(1).
func BasisCodes() []string {
	return []string{Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests}
}

// BasisPoint returns the Art 6(1) point letter of a basis code: "a" for
// consent and so on, or "" for an unknown code.
func BasisPoint(code string) string {
	for i, c := range BasisCodes() {
		if c == code {
			return string(rune('a' + i))
		}
	}
	return ""
}

// BasisArticle returns the citation of a basis code in the schema's
// short form, "Art 6(1)(a)" for consent, for i18n's Cite; "" for an
// unknown code.
func BasisArticle(code string) string {
	if p := BasisPoint(code); p != "" {
		return "Art 6(1)(" + p + ")"
	}
	return ""
}

// SpecialArticle returns the citation of an Art 9(2) condition, "Art
// 9(2)(b)" for "b", in the schema's short form.
func SpecialArticle(condition string) string { return "Art 9(2)(" + condition + ")" }

// Basis is one legal basis of a purpose with the national laws relied on.
type Basis struct {
	Code string // one of BasisCodes
	Laws []Text // required for legal-obligation and public-task (Art 6(3))
	// Unknown are the facts the content does not state (gap.go).
	Unknown Unknowns
}

// SpecialCategories describes special categories of personal data
// (GDPR Art 9) processed for a purpose.
type SpecialCategories struct {
	Data      Text   // what data, e.g. health data
	Condition string // Art 9(2) point letter, "a" … "j"
	Laws      []Text // optional
}

// Transfer is one transfer to a third country or international
// organisation.
type Transfer struct {
	To        Text   // country or organisation
	Safeguard string // one of SafeguardCodes
	Details   Text   // optional: where a copy of the safeguards is
}

// Safeguard codes for third-country transfers (GDPR Arts 45–49).
func SafeguardCodes() []string {
	return []string{"adequacy-decision", "standard-contractual-clauses", "binding-corporate-rules", "derogation"}
}

// Retention is how long the data are kept: a period, criteria, or both.
type Retention struct {
	Period   int    // 0 when only Criteria are given
	Unit     string // "days", "weeks", "months" or "years"
	From     Text   // optional: from when the period runs
	Criteria Text   // optional when Period is set (Markdown)
}

// RetentionUnits lists the valid retention units.
func RetentionUnits() []string { return []string{"days", "weeks", "months", "years"} }

// Requirement says whether providing the data is required (Art 13(2)(e)).
type Requirement struct {
	// Kind is "statutory", "contractual", "contract-precondition" or
	// "voluntary".
	Kind        string
	Consequence Text // of not providing the data; required unless voluntary
}

// RequirementKinds lists the valid requirement kinds.
func RequirementKinds() []string {
	return []string{"statutory", "contractual", "contract-precondition", "voluntary"}
}

// Automated describes automated decision-making, including profiling
// (Art 13(2)(f)). A nil *Automated means there is none.
type Automated struct {
	Logic        Text
	Consequences Text
}

// Video holds what a video-surveillance purpose adds: where the cameras
// are, and what the sign needs beyond the purpose's own fields.
type Video struct {
	Areas []Text // monitored areas / camera locations, at least one
	// Phone is the number on the sign for people without a smartphone;
	// defaults to the institution's phone.
	Phone string
}

// Purpose is one purpose of processing with everything Article 13 asks
// to tell about it.
type Purpose struct {
	// At is where each field is written, by key ("" the record itself).
	At Positions `json:"-"`

	ID          string
	Name        Text
	Description Text // Markdown; optional
	Bases       []Basis
	// LegitimateInterests is required when a basis is legitimate-interests.
	LegitimateInterests Text
	Special             *SpecialCategories // nil: none
	Subjects            Text               // data subjects
	Categories          Text               // categories of personal data (Markdown)
	// DataFrom is "subject", "others" or "both": whether the data come
	// from the person or from elsewhere (Art 14).
	DataFrom string
	Sources  Text // required unless DataFrom is "subject"
	// SourcesPublic says whether the sources include publicly accessible
	// ones (Art 14(2)(f)); nil when the content does not say, and then
	// the notice says nothing about it.
	SourcesPublic *bool
	Recipients    Text // Markdown
	// Processors are the processors (Art 28) that process the data on
	// the controller's behalf; nil when the content names none.
	Processors *Processors
	// Transfers lists third-country transfers; empty means none.
	Transfers   []Transfer
	Retention   Retention
	Requirement Requirement
	Automated   *Automated // nil: no automated decision-making
	Video       *Video     // nil: not video surveillance
	// DPO overrides the institution's DPO for this purpose; usually nil.
	DPO *Contact
	// Withdraw tells how to withdraw consent (Art 7(3)); needed when a
	// basis is consent.
	Withdraw Text
	// ConsentCovers says which processing within the purpose rests on
	// consent; needed when consent is one of two or more bases.
	ConsentCovers Text
	// DirectMarketing marks a purpose that processes data for direct
	// marketing: the absolute right to object of Art 21(2)-(3) applies.
	DirectMarketing bool
	// Children says who consents for a child (Art 8(1)); nil when the
	// content does not say.
	Children *Children
	// Acknowledged lists the warnings the content acknowledges, with why
	// (e.g. public-body-legitimate-interests): they are not repeated.
	Acknowledged []Acknowledgement
	// Unknown are the facts the content does not state (gap.go).
	Unknown Unknowns

	// FromDefaults lists the keys of the fields the purpose takes from
	// the institution's defaults, in the order of the table.
	FromDefaults []string `json:",omitempty"`

	Shared string // id of the shared purpose this one uses, if any
	File   string // where the purpose (or its override) is written
	Digest string // SHA-256 of the file of a shared purpose
	path   string // the file of a shared purpose in the content tree
}

// Processors are the processors of a purpose (GDPR Art 28): categories,
// named processors, or both.
type Processors struct {
	Categories Text        // Markdown; optional when Named is given
	Named      []Processor // optional when Categories are given
}

// Processor is one named processor and what it does for the controller.
type Processor struct {
	Name string // the processor's name, as registered
	Role Text   // what it does, e.g. hosts the website
}

// Children says who gives consent for a child to whom a purpose resting
// on consent offers an information-society service (GDPR Art 8(1)).
type Children struct {
	// ConsentBy is "parent" (a parent or legal guardian), "child" (the
	// child, from Age) or "both" (the child from Age, a parent below it).
	ConsentBy string
	// Age is the age from which the child's own consent is relied on:
	// 13 to 16 (Art 8(1)); 13 in Latvia (Personal Data Processing Law,
	// Section 33). 0 when not given (ConsentBy parent).
	Age int
}

// ConsentByCodes lists who may give consent for a child.
func ConsentByCodes() []string { return []string{"parent", "child", "both"} }

// Right codes, in the order a notice lists them.
const (
	RightAccess        = "access"
	RightRectification = "rectification"
	RightErasure       = "erasure"
	RightRestriction   = "restriction"
	RightPortability   = "portability"
	RightObject        = "object"
	// RightObjectMarketing is the absolute right to object to direct
	// marketing (Art 21(2)-(3)).
	RightObjectMarketing = "object-marketing"
	RightWithdraw        = "withdraw-consent"
	RightAutomated       = "automated-decisions"
	RightComplaint       = "complaint"
)

// HasBasis reports whether code is among the purpose's legal bases.
func (p *Purpose) HasBasis(code string) bool {
	for _, b := range p.Bases {
		if b.Code == code {
			return true
		}
	}
	return false
}

// Rights returns the data subject's rights for the purpose, derived from
// its legal bases: access, rectification, erasure and restriction always;
// portability where consent or contract is a basis; the right to object
// where public task or legitimate interests is a basis; the absolute
// right to object to direct marketing where the purpose is direct
// marketing; withdrawal of
// consent where consent is a basis; the Art 22 safeguards where there is
// automated decision-making; and the complaint to the supervisory
// authority always.
func (p *Purpose) Rights() []string {
	r := []string{RightAccess, RightRectification, RightErasure, RightRestriction}
	if p.HasBasis(Consent) || p.HasBasis(Contract) {
		r = append(r, RightPortability)
	}
	if p.HasBasis(PublicTask) || p.HasBasis(LegitimateInterests) {
		r = append(r, RightObject)
	}
	if p.DirectMarketing {
		r = append(r, RightObjectMarketing)
	}
	if p.HasBasis(Consent) {
		r = append(r, RightWithdraw)
	}
	if p.Automated != nil {
		r = append(r, RightAutomated)
	}
	return append(r, RightComplaint)
}

// RightCodes lists every right code in notice order.
func RightCodes() []string {
	return []string{RightAccess, RightRectification, RightErasure, RightRestriction,
		RightPortability, RightObject, RightObjectMarketing, RightWithdraw, RightAutomated, RightComplaint}
}

// Rights returns the union of the rights of all purposes, in notice order.
func (in *Institution) Rights() []string {
	has := map[string]bool{}
	for _, p := range in.Purposes {
		for _, r := range p.Rights() {
			has[r] = true
		}
	}
	var out []string
	for _, r := range RightCodes() {
		if has[r] {
			out = append(out, r)
		}
	}
	return out
}

// VideoPurposes returns the purposes that are video surveillance.
func (in *Institution) VideoPurposes() []*Purpose {
	var out []*Purpose
	for _, p := range in.Purposes {
		if p.Video != nil {
			out = append(out, p)
		}
	}
	return out
}

// DPOFor returns the DPO that answers for p: its own, the institution's,
// or the privacy contact when there is no DPO.
func (in *Institution) DPOFor(p *Purpose) *Contact {
	if p != nil && p.DPO != nil {
		return p.DPO
	}
	if in.DPO != nil {
		return in.DPO
	}
	return in.PrivacyContact
}

// Acknowledgement is a warning the content has weighed, with why the
// processing is right as it is: the check stops repeating it.
type Acknowledgement struct {
	Warning string // one of AcknowledgeableWarnings
	Reason  Text
}

// WarnPublicBodyLI is the warning about a public body relying on
// legitimate interests (GDPR Art 6(1), second subparagraph).
const WarnPublicBodyLI = "public-body-legitimate-interests"

// AcknowledgeableWarnings lists the warnings a purpose may acknowledge.
func AcknowledgeableWarnings() []string { return []string{WarnPublicBodyLI} }

// Acknowledges reports whether the purpose acknowledges the warning w.
func (p *Purpose) Acknowledges(w string) bool {
	for _, a := range p.Acknowledged {
		if a.Warning == w {
			return true
		}
	}
	return false
}
