package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"policysite/generator/notice"
)

// The front matter of a video-surveillance purpose's page: its key-facts
// panel and the camera register, as generator/site's cctv.go.

type hZone struct {
	Location  string `json:"location"`
	Monitors  string `json:"monitors"`
	Recording string `json:"recording"`
	Retention string `json:"retention"`
	Access    string `json:"access"`
}

type hSite struct {
	Name      string   `json:"name"`
	Address   string   `json:"address,omitempty"`
	Zones     []hZone  `json:"zones"`
	Forbidden []string `json:"forbidden,omitempty"`
	NotStated string   `json:"notstated"`
}

type hFacts struct {
	Who        string    `json:"who"`
	Why        string    `json:"why"`
	HowLong    string    `json:"howlong"`
	Recipients string    `json:"recipients,omitempty"`
	Ask        *hContact `json:"ask,omitempty"`
	Rights     string    `json:"rights"`
}

// keyFacts is the key-facts panel of a video purpose's page.
func (v *hView) keyFacts(in *notice.Institution, pur *notice.Purpose, p hPurpose, ps hParties) hFacts {
	k := hFacts{Who: ps.Controller.Name, HowLong: p.Summary}
	if ps.Institution != nil && ps.Institution.Name != ps.Controller.Name {
		k.Who = ps.Institution.Name + " (" + v.t("sign.controller") + ": " + ps.Controller.Name + ")"
	}
	switch c := in.Cameras; {
	case c != nil && !c.Sign.Purpose.IsZero():
		k.Why = v.text(c.Sign.Purpose)
	case v.text(pur.Description) != "":
		k.Why = strings.NewReplacer("**", "", "__", "", "*", "", "`", "").Replace(v.text(pur.Description))
	default:
		k.Why = p.Name
	}
	if c := in.Cameras; c != nil && !c.Sign.Recipients.IsZero() {
		k.Recipients = v.text(c.Sign.Recipients)
	}
	switch {
	case ps.DPO != nil:
		k.Ask = ps.DPO
	case p.DPO != nil:
		k.Ask = p.DPO
	default:
		k.Ask = ps.Privacy
	}
	var names []string
	for _, r := range p.Rights {
		names = append(names, firstCase(r.Name, unicode.ToLower))
	}
	if k.Rights = firstCase(v.cat.List(v.lang, names), unicode.ToUpper); k.Rights != "" {
		k.Rights += "."
	}
	return k
}

func firstCase(s string, to func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(to(r)) + s[n:]
}

// cameraSites is the camera register of in, unstated facts marked.
func (v *hView) cameraSites(in *notice.Institution, retention string) []hSite {
	if in.Cameras == nil {
		return nil
	}
	ns := v.t("camera.not-stated")
	or := func(t notice.Text) string {
		if s := v.text(t); s != "" {
			return s
		}
		return ns
	}
	var out []hSite
	for _, s := range in.Cameras.Sites {
		cs := hSite{Name: v.text(s.Name), Address: s.Address, NotStated: ns, Forbidden: v.texts(s.Forbidden)}
		for _, z := range s.Zones {
			rec := ns
			if z.Recording != "" {
				rec = v.t("camera.recording." + z.Recording)
			}
			ret := v.t("camera.retention.default", retention)
			if s := v.text(z.Retention); s != "" {
				ret = s
			}
			cs.Zones = append(cs.Zones, hZone{Location: or(z.Location), Monitors: or(z.Monitors), Recording: rec, Retention: ret, Access: or(z.Access)})
		}
		out = append(out, cs)
	}
	return out
}
