package pdf

import "policysite/generator/notice"

// notStated returns, in l, the sentence that stands where the purpose p
// does not state the fact key (issue 11), and true; or false when the
// fact is stated. No zero value ("none", "0 days") is printed as a fact.
func (m *Maker) notStated(l string, p *notice.Purpose, key string) (string, bool) {
	g := p.Unknown.Of(key)
	if g == nil {
		return "", false
	}
	if g.Ask != "" {
		return m.cat.T(l, "draft.not-stated.ask", g.AskIn(l)), true
	}
	return m.cat.T(l, "draft.not-stated"), true
}
