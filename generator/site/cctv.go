package site

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// keyFacts returns the key-facts panel of the page of video purpose pur
// of in: who records, why, for how long, who sees the recordings, whom
// to ask, and the rights in one line.
func (b *builder) keyFacts(in *notice.Institution, pur *notice.Purpose, v Purpose, ps Parties) KeyFacts {
	k := KeyFacts{Who: ps.Controller.Name, HowLong: v.Retention.Summary}
	if ps.Institution != nil && ps.Institution.Name != ps.Controller.Name {
		k.Who = ps.Institution.Name + " (" + b.t("sign.controller") + ": " + ps.Controller.Name + ")"
	}
	if c := in.Cameras; c != nil && !c.Sign.Purpose.IsZero() {
		k.Why = b.text(c.Sign.Purpose)
	} else if s := b.text(pur.Description); s != "" {
		k.Why = plainText(s)
	} else {
		k.Why = v.Name
	}
	if c := in.Cameras; c != nil && !c.Sign.Recipients.IsZero() {
		k.Recipients = b.text(c.Sign.Recipients)
	}
	switch {
	case ps.DPO != nil:
		k.Ask = ps.DPO
	case v.DPO != nil:
		k.Ask = v.DPO
	default:
		k.Ask = ps.Privacy
	}
	if k.Ask == nil {
		// No DPO or privacy contact is stated (a draft's gap): whom to ask
		// is then the one who records, whose contacts are stated.
		k.Ask = ps.Institution
		if k.Ask == nil {
			c := ps.Controller
			k.Ask = &c
		}
	}
	var names []string
	for _, r := range v.Rights {
		names = append(names, firstCase(r.Name, unicode.ToLower))
	}
	k.Rights = firstCase(b.r.cat.List(b.lang, names), unicode.ToUpper)
	if k.Rights != "" {
		k.Rights += "."
	}
	return k
}

// purposeRights returns the rights of purpose p with explanations that
// apply to it, for its own page (the second layer of a CCTV sign), which
// states only what applies to this processing: without consent among its
// bases, the explanation of erasure does not give withdrawing consent as
// a ground (GDPR Art 17(1)(b)).
func (b *builder) purposeRights(p *notice.Purpose) []Right {
	rs := b.rights(p.Rights())
	if !p.HasBasis(notice.Consent) {
		for i := range rs {
			if rs[i].Code == notice.RightErasure {
				rs[i].Explain = b.t("right.erasure.explain.no-consent")
			}
		}
	}
	return rs
}

// firstCase returns s with its first letter mapped by to.
func firstCase(s string, to func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(to(r)) + s[n:]
}

// plainText strips the Markdown emphasis marks of a short text.
func plainText(s string) string {
	return strings.NewReplacer("**", "", "__", "", "*", "", "`", "").Replace(s)
}

// cameraSites returns the sites and zones of in's camera register, every
// fact it does not give marked as not stated.
//
// A zone without a retention of its own keeps the purpose's, retention.
func (b *builder) cameraSites(in *notice.Institution, retention string) []CameraSite {
	if in.Cameras == nil {
		return nil
	}
	ns := b.t("camera.not-stated")
	or := func(t notice.Text) string {
		if s := b.text(t); s != "" {
			return s
		}
		return ns
	}
	var out []CameraSite
	for _, s := range in.Cameras.Sites {
		cs := CameraSite{Name: b.text(s.Name), Address: s.Address, NotStated: ns}
		for _, z := range s.Zones {
			rec := ns
			if z.Recording != "" {
				rec = b.t("camera.recording." + z.Recording)
			}
			cs.Zones = append(cs.Zones, CameraZone{Location: or(z.Location), Monitors: or(z.Monitors),
				Recording: rec, Retention: b.t("camera.retention.default", retention), Access: or(z.Access)})
			if s := b.text(z.Retention); s != "" {
				cs.Zones[len(cs.Zones)-1].Retention = s
			}
		}
		cs.Forbidden = b.texts(s.Forbidden)
		out = append(out, cs)
	}
	return out
}

// documents returns the printable documents of version in: every warning
// sign variant the build makes (and one per entrance), the second-layer
// sheet, the camera register when it is published, and the form; when
// dated, those published under the version's date (urls.At), else those
// of the version in force.
func (b *builder) documents(in *notice.Institution, variants []notice.SignVariant, dated bool) []Link {
	var out []Link
	href := func(p string) string {
		if dated {
			p = urls.At(p, in.ID, in.Document.Effective.String())
		}
		return b.href(p)
	}
	// Of an earlier version, the signs that did not fit were left out.
	published := func(v notice.SignVariant, entrance string) bool {
		return !in.Archived || b.r.signFits == nil || b.r.signFits(in, v, entrance)
	}
	if len(in.VideoPurposes()) > 0 {
		var ents []notice.Entrance
		if in.Cameras != nil {
			for _, s := range in.Cameras.Sites {
				ents = append(ents, s.Entrances...)
			}
		}
		for _, v := range variants {
			langs := b.r.site.SignLanguages(v)
			text := b.t("notice.documents.sign", strings.ToUpper(v.Size), b.t("notice.documents."+v.Colour), strings.ToUpper(strings.Join(langs, "+")))
			if published(v, "") {
				out = append(out, Link{Text: text, Href: href(urls.Sign(in.ID, "", v.Size, v.Colour, langs))})
			}
			for _, e := range ents {
				if published(v, e.ID) {
					out = append(out, Link{Text: text + " — " + b.text(e.Name), Href: href(urls.Sign(in.ID, e.ID, v.Size, v.Colour, langs))})
				}
			}
		}
		out = append(out, Link{Text: b.t("notice.documents.sheet"), Href: href(urls.Sheet(in.ID))})
		if in.Cameras != nil && in.Cameras.Public {
			out = append(out, Link{Text: b.t("notice.documents.register"), Href: href(urls.CameraRegister(in.ID))})
		}
	}
	if in.Attestation.NoForm {
		return out
	}
	return append(out, Link{Text: b.t("notice.documents.form"), Href: href(urls.Form(in.ID))})
}
