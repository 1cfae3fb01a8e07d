package pdf

import (
	"fmt"

	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// Signs renders the CCTV warning signs of in, A4 and A3, or nothing
// when it has no video-surveillance purpose.
func (m *Maker) Signs(in *notice.Institution) ([]output.File, error) {
	if len(in.VideoPurposes()) == 0 {
		return nil, nil
	}
	var files []output.File
	for _, size := range []string{"a4", "a3"} {
		data, err := m.Sign(in, size)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", size, err)
		}
		files = append(files, output.File{Path: urls.Sign(in.ID, size), Data: data})
	}
	return files, nil
}

// Forms renders the blank attestation form of in.
func (m *Maker) Forms(in *notice.Institution) ([]output.File, error) {
	data, err := m.Form(in, nil)
	if err != nil {
		return nil, err
	}
	return []output.File{{Path: urls.Form(in.ID), Data: data}}, nil
}
