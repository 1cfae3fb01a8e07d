package generator

import (
	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// catalogs tells the loader which languages and catalog keys the
// built-in catalog of package i18n has, so that a site may declare a
// language with a built-in catalog or one that its site.yaml supplies.
func catalogs() notice.Catalogs {
	return notice.Catalogs{Keys: i18n.Keys(), Optional: i18n.OptionalKeys(), Builtin: i18n.BuiltinLanguages()}
}
