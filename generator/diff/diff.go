// Package diff compares two versions of an institution's privacy notice
// field by field in the model, not as text, and says what each change
// means: whether people must be told of it in advance (a fundamental
// change) or not (an editorial one), which CCTV signs must be reprinted
// and whether staff must sign the attestation again.
//
// The classes follow the Article 29 Working Party's Guidelines on
// transparency under Regulation 2016/679 (WP260 rev.01, adopted 29
// November 2017, revised 11 April 2018), section "Changes to Article 13
// and Article 14 information", paras 29–33:
//
//   - para 29: changes that should always be communicated include a change
//     in processing purpose, a change to the identity of the controller,
//     and a change as to how data subjects can exercise their rights;
//     corrections of spelling, style or grammar are not material;
//   - paras 30–31: where a change is indicative of a fundamental change to
//     the nature of the processing (the guidelines' examples: enlargement
//     of the categories of recipients, introduction of transfers to a third
//     country), or may otherwise be relevant to and impact upon the data
//     subject, the information should be given well in advance of the
//     change taking effect, explicitly and effectively, so that people can
//     assess it and exercise their rights (withdraw consent, object).
//
// The table of fields and classes is in classes.go.
package diff

import "policysite/generator/notice"

// Class says whether a change must be announced in advance.
type Class int

const (
	// Editorial is a change people need not be told of in advance.
	Editorial Class = iota
	// Fundamental is a change of the kind WP260 paras 29–31 say must be
	// communicated to people, well in advance of taking effect.
	Fundamental
)

// Key returns the catalog key of the class's name: "diff.editorial" or
// "diff.fundamental".
func (c Class) Key() string {
	if c == Fundamental {
		return "diff.fundamental"
	}
	return "diff.editorial"
}

// String returns "fundamental" or "editorial".
func (c Class) String() string {
	if c == Fundamental {
		return "fundamental"
	}
	return "editorial"
}

// Kind is what happened to a field.
type Kind string

// The kinds of change.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// Change is one difference between two versions.
type Change struct {
	// Path names the field in the content's terms, such as
	// "purposes[cctv].retention" or "controller.name".
	Path string
	Kind Kind
	// Label is the catalog key of the field's name, such as
	// "notice.retention".
	Label string
	// Purpose is the id of the purpose the change is in; "" for a change
	// of the institution as a whole.
	Purpose string
	// Of is the catalog key of the record the field belongs to, such as
	// "notice.controller" for the controller's e-mail; "" for none.
	Of string
	// Within is the name of the purpose or section the field belongs
	// to, for display; nil for other fields.
	Within   notice.Text
	Old, New Value // the zero Value where Kind is Added or Removed
	Class    Class
}

// Changes is what changed between two versions, in the order of the
// notice: the institution, its document, then each purpose.
type Changes struct {
	List     []Change
	Requires Requires
}

// Requires is what a change makes the institution redo.
type Requires struct {
	// Signs are the ids of the video-surveillance purposes whose warning
	// sign must be (re)printed: a first-layer fact on it changed, or the
	// purpose is new. In the order of the new version.
	Signs []string
	// Withdraw are the ids of video-surveillance purposes that the new
	// version no longer has: their signs must come down.
	Withdraw []string
	// Resign is true when the rules that staff attest changed, so that
	// staff must sign the attestation again.
	Resign bool
}

// Count returns the number of fundamental and of editorial changes.
func (c Changes) Count() (fundamental, editorial int) {
	for _, ch := range c.List {
		if ch.Class == Fundamental {
			fundamental++
		} else {
			editorial++
		}
	}
	return fundamental, editorial
}

// Empty reports whether the two versions are the same in the model.
func (c Changes) Empty() bool { return len(c.List) == 0 }

// Compare returns the changes from version old to version new of one
// institution. Purposes are matched by id. Either version may be nil,
// which compares with an empty notice.
func Compare(old, new *notice.Institution) Changes {
	if old == nil {
		old = &notice.Institution{}
	}
	if new == nil {
		new = &notice.Institution{}
	}
	c := &comparer{}
	c.institution(old, new)
	c.document(old.Document, new.Document)
	c.attestation(old.Attestation, new.Attestation)
	c.purposes(old, new)
	return Changes{List: c.list, Requires: requires(old, new, c.list)}
}
