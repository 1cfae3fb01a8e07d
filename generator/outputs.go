package generator

import (
	"policysite/generator/feed"
	"policysite/generator/i18n"
	"policysite/generator/jsonld"
	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/pdf"
	"policysite/generator/site"
)

// outputs is the one list of what a build makes of each institution, in
// the order it makes them. Each output returns its files with their
// paths from package urls, which alone knows the layout; adding an
// output is one line here.
func outputs(st *notice.Site, cat *i18n.Catalog, pages *site.Renderer, pdfs *pdf.Maker) []output.Output {
	return []output.Output{
		{Name: "pages", Render: pages.Institution},
		{Name: "CCTV signs", Render: pdfs.Signs},
		{Name: "attestation form", Render: pdfs.Forms},
		{Name: "machine-readable notice", Render: func(in *notice.Institution) ([]output.File, error) {
			return jsonld.Files(st, in)
		}},
		{Name: "feeds", Render: func(in *notice.Institution) ([]output.File, error) {
			return feed.Files(st, cat, in)
		}},
	}
}

// publishInstitution renders every output of one institution and writes
// its files.
func publishInstitution(pub *publisher, outs []output.Output, in *notice.Institution) (published, error) {
	var res published
	for _, o := range outs {
		files, err := o.Files(in)
		if err != nil {
			return res, err
		}
		for _, f := range files {
			rec, err := pub.Write(f.Path, f.Data)
			if err != nil {
				return res, err
			}
			res.add(rec)
		}
	}
	return res, nil
}
