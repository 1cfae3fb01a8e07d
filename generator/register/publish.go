package register

import (
	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// Files returns the published part of the record of processing
// activities of in (its own rows of its controller's record, in the
// site's default language) when the site publishes it
// (site.yaml publish_register), else none. The record describes the
// processing as it is: the version in force only.
func Files(site *notice.Site, in *notice.Institution) ([]output.File, error) {
	if !site.PublishRegister || in.Controller == nil {
		return nil, nil
	}
	data, err := CSV(in.Controller, []*notice.Institution{in}, site.DefaultLanguage)
	if err != nil {
		return nil, err
	}
	return []output.File{{Path: urls.Register(in.ID), Data: data}}, nil
}
