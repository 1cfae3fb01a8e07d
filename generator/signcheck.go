package generator

import (
	"policysite/generator/notice"
	"policysite/generator/pdf"
)

// signChecker measures the CCTV warning signs of institutions against
// the page, so that check reports a sign whose text does not fit at the
// smallest type size, at the text to shorten.
type signChecker struct {
	m    *pdf.Maker
	site *notice.Site
}

// newSignChecker returns a checker for the signs of site; with errors in
// the site-wide content (siteErrs) it checks nothing, as nothing could
// be rendered.
func newSignChecker(site *notice.Site, siteErrs notice.ErrorList) signChecker {
	if site == nil || len(siteErrs) > 0 {
		return signChecker{}
	}
	m, err := pdf.New(site, catalog(site))
	if err != nil {
		return signChecker{}
	}
	return signChecker{m: m, site: site}
}

// check returns a content error for every warning sign of in that the
// build makes and that does not fit one page.
func (c signChecker) check(in *notice.Institution) notice.ErrorList {
	if c.m == nil || in == nil {
		return nil
	}
	var out notice.ErrorList
	for _, p := range c.m.SignFits(in, c.site.SignVariants()) {
		out.Add(p.Pos, p.Field, p.Message())
	}
	return out
}

// institution loads and validates the institution in file p of tree,
// its warning signs measured too: what check and build both refuse.
func (c signChecker) institution(tree *notice.Tree, p string) (*notice.Institution, notice.ErrorList) {
	in, list := tree.Institution(p)
	return in, append(list, c.check(in)...)
}
