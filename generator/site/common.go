package site

import "policysite/generator/notice"

// common returns the section of the notice of in that states once the
// facts its defaults give its purposes (notice.Institution.CommonKeys),
// and marks them inherited in ps, the views of in's purposes in order,
// which then leave them out. A purpose that sets its own value states
// it; a default not stated is said to be so once, here. Nil when no fact
// is common.
func (b *builder) common(in *notice.Institution, ps []Purpose) *Common {
	keys := in.CommonKeys()
	if len(keys) == 0 {
		return nil
	}
	for i, p := range in.Purposes {
		for _, k := range keys {
			if p.Inherits(k) {
				if ps[i].Inherited == nil {
					ps[i].Inherited = map[string]bool{}
				}
				ps[i].Inherited[k] = true
			}
		}
	}
	return &Common{Facts: b.purpose(&in.Defaults.Purpose, ""), Keys: keys}
}
