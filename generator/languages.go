package generator

import (
	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/pdf"
	"policysite/generator/presets"
)

// catalogs tells the loader which languages and catalog keys the
// built-in catalog of package i18n has, so that a site may declare a
// language with a built-in catalog or one that its site.yaml supplies.
func catalogs() notice.Catalogs {
	keys, optional, langs := i18n.Describe()
	return notice.Catalogs{Keys: keys, Optional: optional, Builtin: langs}
}

// loadOptions are the options every command loads content with: the
// built-in catalogs, the characters the PDF fonts draw, and the built-in
// presets.
func loadOptions() notice.Options {
	return notice.Options{Catalogs: catalogs(), Glyphs: pdf.Covers, Presets: presets.FS()}
}
