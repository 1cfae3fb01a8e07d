package generator

import (
	"fmt"

	"policysite/generator/feed"
	"policysite/generator/i18n"
	"policysite/generator/jsonld"
	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/pdf"
	"policysite/generator/register"
	"policysite/generator/site"
)

// outputs is the one list of what a build makes of each institution, in
// the order it makes them. Each output returns its files with their
// paths from package urls, which alone knows the layout; adding an
// output is one line here.
func outputs(st *notice.Site, cat *i18n.Catalog, pages *site.Renderer, pdfs *pdf.Maker) []output.Output {
	// The pages link the signs of an earlier version that the PDF maker
	// publishes: those that fit.
	pages.SignFits(pdfs.Fits)
	return []output.Output{
		{Name: "pages", Render: pages.Institution},
		{Name: "CCTV signs, sheet and register", Render: pdfs.CCTV},
		{Name: "attestation form", Render: pdfs.Forms},
		{Name: "machine-readable notice", Render: func(in *notice.Institution) ([]output.File, error) {
			return jsonld.Files(st, in)
		}},
		{Name: "feeds", Render: func(in *notice.Institution) ([]output.File, error) {
			return feed.Files(st, cat, in)
		}},
		{Name: "record of processing activities", Render: func(in *notice.Institution) ([]output.File, error) {
			return register.Files(st, in)
		}},
	}
}

// publishInstitution renders every output of one institution and writes
// its files. A file with the same bytes as one written before it (the
// current version's PDFs also at their version's dated address) is
// hard-linked to that one rather than written again.
func publishInstitution(pub *publisher, outs []output.Output, in *notice.Institution) (published, error) {
	var res published
	written := map[string]string{} // SHA-256 → site path of the file written
	for _, o := range outs {
		files, err := o.Files(in)
		if err != nil {
			return res, err
		}
		for _, f := range files {
			rec := newRecord(f.Path, f.Data)
			if first, ok := written[rec.SHA256]; ok {
				err = pub.Link(first, rec, f.Data)
			} else {
				written[rec.SHA256] = rec.Path
				err = pub.Put(rec, f.Data)
			}
			if err != nil {
				return res, err
			}
			res.add(rec)
		}
	}
	return res, nil
}

// Render renders every file of the loaded content c in memory, as a
// build makes them, without touching the disk: the site-wide pages and
// every output of each institution, with the newest version of each
// current, as a build on or after its date. It is for tests and
// previews; Build renders one institution at a time instead.
func Render(c *notice.Content) ([]output.File, error) {
	cat := catalog(c.Site)
	pages, err := site.New(c.Site, cat, nil)
	if err != nil {
		return nil, err
	}
	pdfs, err := pdf.New(c.Site, cat)
	if err != nil {
		return nil, err
	}
	files, err := pages.Site(c)
	if err != nil {
		return nil, err
	}
	outs := outputs(c.Site, cat, pages, pdfs)
	for _, in := range c.Institutions {
		cur := notice.Schedule(in, newest(in))
		for _, o := range outs {
			fs, err := o.Files(cur)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", in.ID, err)
			}
			files = append(files, fs...)
		}
	}
	return files, nil
}

// newest returns the latest effective date of any version of in.
func newest(in *notice.Institution) notice.Date {
	d := in.Document.Effective
	for _, v := range in.Versions {
		if v.Document.Effective.Later(d) {
			d = v.Document.Effective
		}
	}
	return d
}
