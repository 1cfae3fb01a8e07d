package generator

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"policysite/generator/diff"
	"policysite/generator/notice"
)

// DiffOptions configure the legal diff between two versions of one
// institution's notice.
type DiffOptions struct {
	Content     string // content directory
	Institution string // institution id
	// From and To are effective dates (YYYY-MM-DD) of the versions to
	// compare: none compares the latest archived version with the current
	// one; From alone compares that archived version with the current one.
	// A date may also name the current version.
	From, To string
	Lang     string // language of the report; "" means English, or the site's default without English
}

// Diff returns the readable report of the changes between two versions of
// an institution's notice (see package diff).
func Diff(opts DiffOptions) (string, error) {
	if opts.To != "" && opts.From == "" {
		return "", fmt.Errorf("diff: a TO date needs a FROM date")
	}
	c, err := loadOptions().Load(opts.Content)
	if err != nil {
		return "", err
	}
	var in *notice.Institution
	var ids []string
	for _, x := range c.Institutions {
		ids = append(ids, x.ID)
		if x.ID == opts.Institution {
			in = x
		}
	}
	if in == nil {
		return "", fmt.Errorf("diff: no institution %q; there are: %s", opts.Institution, strings.Join(ids, ", "))
	}
	lang := opts.Lang
	if lang == "" {
		lang = "en"
		if !slices.Contains(c.Site.Languages, lang) {
			lang = c.Site.DefaultLanguage
		}
	}
	if !slices.Contains(c.Site.Languages, lang) {
		return "", fmt.Errorf("diff: %q is not a language of the site; the site has %s", lang, strings.Join(c.Site.Languages, ", "))
	}
	old, new := (*notice.Institution)(nil), in
	switch {
	case opts.From == "":
		if len(in.Versions) == 0 {
			return "", fmt.Errorf("diff: %s has no archived version to compare the current one with; archive a version (policysite archive -institution %s) before you edit it", in.ID, in.ID)
		}
		old = in.Versions[0]
	default:
		if old, err = versionOn(in, opts.From); err != nil {
			return "", err
		}
		if opts.To != "" {
			if new, err = versionOn(in, opts.To); err != nil {
				return "", err
			}
		}
	}
	return diff.Report(catalog(c.Site), lang, old, new, diff.Compare(old, new)), nil
}

// versionOn returns the version of in that took effect on date: an
// archived one, or the current one.
func versionOn(in *notice.Institution, date string) (*notice.Institution, error) {
	if _, err := time.Parse("2006-01-02", date); err != nil {
		return nil, fmt.Errorf("diff: %q is not a date: write YYYY-MM-DD", date)
	}
	have := []string{"the current one, without an effective date"}
	if in.Document.Effective.Dated() {
		have = []string{in.Document.Effective.String() + " (current)"}
	}
	if in.Document.Effective.Dated() && in.Document.Effective.String() == date {
		return in, nil
	}
	for _, v := range in.Versions {
		if v.Document.Effective.String() == date {
			return v, nil
		}
		have = append(have, v.Document.Effective.String())
	}
	return nil, fmt.Errorf("diff: %s has no version effective %s; its versions: %s", in.ID, date, strings.Join(have, ", "))
}
