package notice

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// This file holds the checks of likely mistakes: things the content may
// say but rarely means. Each is a warning with its position; none stops
// a check or a build. Archived versions are kept as they were and are not
// checked for them.

// archived reports whether the decoder reads an archived version.
func (d *decoder) archived() bool { return strings.HasPrefix(d.path, "archive/") }

// reservedHost reports whether host is an example or reserved domain
// (RFC 2606, RFC 6761): a name with the label example anywhere
// (example.com, example.lv, privatums.example.lv, x.example), or under
// .test, .invalid or .localhost, or localhost itself.
func reservedHost(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	labels := strings.Split(host, ".")
	switch labels[len(labels)-1] {
	case "test", "invalid", "localhost":
		return true
	}
	for _, l := range labels {
		if l == "example" {
			return true
		}
	}
	return false
}

// checkURLDomain warns when the URL s, at n, is at an example or reserved
// domain.
func (d *decoder) checkURLDomain(n *yaml.Node, path, s string) {
	u, err := url.Parse(s)
	if err != nil || d.archived() || !reservedHost(u.Hostname()) {
		return
	}
	d.warnf(n, path, "%q is at %s, an example or reserved domain (example.*, .example, .test, .invalid, localhost) that leads nowhere; write the real address", s, u.Hostname())
}

// checkEmailDomain warns when the e-mail address s, at n, is at an
// example or reserved domain.
func (d *decoder) checkEmailDomain(n *yaml.Node, path, s string) {
	at := strings.LastIndex(s, "@")
	if at < 0 || d.archived() || !reservedHost(s[at+1:]) {
		return
	}
	d.warnf(n, path, "%q is at %s, an example or reserved domain (example.*, .example, .test, .invalid, localhost) where no mail arrives; write the real address", s, s[at+1:])
}

var (
	textURLRE   = regexp.MustCompile(`https?://[^\s<>()\[\]"']+`)
	textEmailRE = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}`)
)

// checkTextDomains warns of every URL and e-mail address in the text s
// that is at an example or reserved domain.
func (d *decoder) checkTextDomains(n *yaml.Node, path, s string) {
	l := strings.ToLower(s)
	if !strings.Contains(l, "example") && !strings.Contains(l, ".test") && !strings.Contains(l, ".invalid") && !strings.Contains(l, "localhost") {
		return
	}
	for _, m := range textURLRE.FindAllString(s, -1) {
		d.checkURLDomain(n, path, strings.TrimRight(m, ".,;:!?"))
	}
	for _, m := range textEmailRE.FindAllString(s, -1) {
		if !strings.Contains(s, "//"+m) {
			d.checkEmailDomain(n, path, m)
		}
	}
}

// minSameText is the length from which a text identical in two site
// languages is taken for a translation left out: shorter texts, and texts
// without a space, are often the same in both (a code, a law's number, a
// one-word name).
const minSameText = 20

// checkSameText warns when the text t at n is the same in two site
// languages: it was most likely copied and not translated. Only texts of
// minSameText characters or more that hold a space are compared, and not
// names (a field name), which a body may keep in its own language.
func (d *decoder) checkSameText(n *yaml.Node, path string, t Text) {
	if d.archived() || path == "name" || strings.HasSuffix(path, ".name") {
		return
	}
	for i, a := range d.langs {
		for _, b := range d.langs[i+1:] {
			s := t[a]
			if s == "" || s != t[b] || utf8.RuneCountInString(s) < minSameText || !strings.Contains(s, " ") {
				continue
			}
			at := childNode(n, b)
			if at == nil {
				at = n
			}
			d.warnf(at, path, "the %s text is the same as the %s text; translate it", langName(b), langName(a))
			return
		}
	}
}

// checkDPOContact warns when the DPO's e-mail address or phone is the
// institution's or the controller's general one: people then do not
// reach the DPO directly, as Art 37(7) and 38(4) mean them to.
func (d *decoder) checkDPOContact(f *fields, in *Institution) {
	dpo := f.vals["dpo"]
	if d.archived() || in.DPO == nil || dpo == nil {
		return
	}
	type general struct{ whose, email, phone string }
	gen := []general{{"the institution's", in.Email, in.Phone}}
	if c := in.Controller; c != nil {
		gen = append(gen, general{"the controller's", c.Email, c.Phone})
	}
	for _, g := range gen {
		if e := in.DPO.Email; e != "" && strings.EqualFold(e, g.email) {
			d.warnf(childNode(dpo, "email"), "dpo.email", "%q is %s general e-mail address too: give the DPO's own, so that people reach the DPO directly (GDPR Art 37(7), 38(4))", e, g.whose)
			break
		}
	}
	for _, g := range gen {
		if p := in.DPO.Phone; p != "" && digits(p) == digits(g.phone) {
			d.warnf(childNode(dpo, "phone"), "dpo.phone", "%q is %s general phone too: give the DPO's own, so that people reach the DPO directly (GDPR Art 37(7), 38(4))", p, g.whose)
			break
		}
	}
}

// digits returns the digits of a phone number, without a leading 371
// country code when it has 11 digits (so that +371 67914650 and 67914650
// are the same number).
func digits(phone string) string {
	var b strings.Builder
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) == 11 && strings.HasPrefix(s, "371") {
		s = s[3:]
	}
	return s
}
