package diff

import (
	"strings"

	"policysite/generator/notice"
)

// signFields are the fields of a purpose that its CCTV warning sign
// prints (the first layer: EDPB Guidelines 3/2019 paras 114–116):
// purpose, legal basis and interests, retention, recipients, transfers,
// the rights that follow from the basis (and the right to object to
// direct marketing, on the sheet), the monitored areas, the phone
// number and the purpose's own DPO.
func signFields() []string {
	return []string{"name", "legal_basis", "legitimate_interests", "retention", "recipients",
		"transfers", "rights", "direct_marketing", "video", "dpo"}
}

// requires returns what the changes make the institution redo.
func requires(old, new *notice.Institution, list []Change) Requires {
	var r Requires
	for _, p := range new.VideoPurposes() {
		if signChanged(p, list) {
			r.Signs = append(r.Signs, p.ID)
		}
	}
	for _, p := range old.VideoPurposes() {
		if !hasVideo(new, p.ID) {
			r.Withdraw = append(r.Withdraw, p.ID)
		}
	}
	for _, ch := range list {
		if attested(ch.Path, new) {
			r.Resign = true
		}
	}
	return r
}

// hasVideo reports whether in has a video-surveillance purpose id.
func hasVideo(in *notice.Institution, id string) bool {
	for _, p := range in.VideoPurposes() {
		if p.ID == id {
			return true
		}
	}
	return false
}

// signChanged reports whether a fact on the sign of video purpose p
// changed: a field of the purpose itself (or the purpose is new, or
// became video surveillance), the institution's name, the controller,
// the DPO that answers for p, or the institution's phone where the sign
// prints it.
func signChanged(p *notice.Purpose, list []Change) bool {
	at := "purposes[" + p.ID + "]"
	for _, ch := range list {
		if ch.Purpose == p.ID {
			if ch.Path == at {
				return true // a new purpose
			}
			rest := strings.TrimPrefix(ch.Path, at+".")
			for _, f := range signFields() {
				if rest == f || strings.HasPrefix(rest, f+".") || strings.HasPrefix(rest, f+"[") {
					return true
				}
			}
			continue
		}
		if ch.Purpose != "" {
			continue
		}
		top := topField(ch.Path)
		switch {
		case top == "name" || top == "controller":
			return true
		case (top == "dpo" || top == "privacy_contact") && p.DPO == nil:
			return true
		case top == "phone" && p.Video.Phone == "":
			return true
		}
	}
	return false
}

// attested reports whether a change at path is in the rules staff
// attest: the institution and its controller, the document's title,
// version, effective date and approver, the commitments, and whom staff
// report a breach to (the DPO or privacy contact unless a breach contact
// is named).
func attested(path string, new *notice.Institution) bool {
	switch topField(path) {
	case "name", "reg_no", "controller", "attestation":
		return true
	case "dpo", "privacy_contact":
		return new.Attestation.BreachContact == nil
	}
	switch path {
	case "document.title", "document.version", "document.effective", "document.approved_by":
		return true
	}
	return false
}

// topField returns the first field of path: "controller" for
// "controller.name".
func topField(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}
