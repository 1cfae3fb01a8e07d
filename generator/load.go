package generator

import (
	"io/fs"

	"policysite/generator/notice"
)

// LoadFS loads the content tree at the root of fsys and checks it as
// check and build do — with the built-in catalogs, the characters the
// PDF fonts draw and the warning signs measured — and returns all of it.
// Error positions name files as prefix/<path in fsys>. It holds the whole
// tree in memory; Check and Build hold one institution at a time.
func LoadFS(fsys fs.FS, prefix string) (*notice.Content, error) {
	c, err := loadOptions().LoadFS(fsys, prefix)
	if err != nil {
		return nil, err
	}
	signs := newSignChecker(c.Site, nil)
	var errs notice.ErrorList
	for _, in := range c.Institutions {
		errs = append(errs, signs.check(in)...)
	}
	errs.Sort()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}
