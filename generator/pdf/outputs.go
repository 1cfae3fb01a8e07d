package pdf

import (
	"fmt"

	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// CCTV renders the printed CCTV documents of in, or nothing when it has
// no video-surveillance purpose: every default variant of the warning
// sign (and one per entrance of its camera register), the second-layer
// sheet, and the camera register when the content publishes it.
func (m *Maker) CCTV(in *notice.Institution) ([]output.File, error) {
	if len(in.VideoPurposes()) == 0 {
		return nil, nil
	}
	var files []output.File
	add := func(p string, data []byte, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		files = append(files, output.File{Path: p, Data: data})
		return nil
	}
	for _, v := range m.site.SignVariants() {
		langs := m.SignLanguages(v)
		data, err := m.WarningSign(in, v, nil)
		if err := add(urls.Sign(in.ID, "", v.Size, v.Colour, langs), data, err); err != nil {
			return nil, err
		}
		for _, e := range Entrances(in.Cameras) {
			data, err := m.WarningSign(in, v, e)
			if err := add(urls.Sign(in.ID, e.ID, v.Size, v.Colour, langs), data, err); err != nil {
				return nil, err
			}
		}
	}
	data, err := m.Sheet(in, "a4")
	if err := add(urls.Sheet(in.ID), data, err); err != nil {
		return nil, err
	}
	if in.Cameras != nil && in.Cameras.Public {
		data, err := m.CameraRegister(in)
		if err := add(urls.CameraRegister(in.ID), data, err); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// Forms renders the blank attestation form of in; none when the
// institution switched it off (attestation.no_form).
func (m *Maker) Forms(in *notice.Institution) ([]output.File, error) {
	if in.Attestation.NoForm {
		return nil, nil
	}
	data, err := m.Form(in, nil)
	if err != nil {
		return nil, err
	}
	return []output.File{{Path: urls.Form(in.ID), Data: data}}, nil
}
