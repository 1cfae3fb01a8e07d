package notice_test

import (
	"fmt"

	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/pdf"
	"policysite/generator/site"
)

// rendered is every output a build makes of c, by path, as the build
// makes them: the site's pages, each institution's pages, CCTV signs and
// attestation form.
func render(c *notice.Content) (map[string][]byte, error) {
	over := map[string]map[string]string{}
	for k, t := range c.Site.Catalog {
		over[k] = t
	}
	cat := i18n.New(over)
	pages, err := site.New(c.Site, cat, nil)
	if err != nil {
		return nil, fmt.Errorf("site.New: %w", err)
	}
	pdfs, err := pdf.New(c.Site, cat)
	if err != nil {
		return nil, fmt.Errorf("pdf.New: %w", err)
	}
	out := map[string][]byte{}
	files, err := pages.Site(c)
	if err != nil {
		return nil, fmt.Errorf("site pages: %w", err)
	}
	for _, f := range files {
		out[f.Path] = f.Data
	}
	for _, in := range c.Institutions {
		files, err := pages.Institution(in)
		if err != nil {
			return nil, fmt.Errorf("%s: pages: %w", in.ID, err)
		}
		for _, f := range files {
			out[f.Path] = f.Data
		}
		if len(in.VideoPurposes()) > 0 {
			for _, size := range []string{"a4", "a3"} {
				data, err := pdfs.Sign(in, size)
				if err != nil {
					return nil, fmt.Errorf("%s: %s sign: %w", in.ID, size, err)
				}
				out[in.ID+"/sign-"+size+".pdf"] = data
			}
		}
		data, err := pdfs.Form(in, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: form: %w", in.ID, err)
		}
		out[in.ID+"/form.pdf"] = data
	}
	return out, nil
}
