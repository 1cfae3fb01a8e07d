package pdf

import (
	"errors"
	"fmt"

	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// purposeLinks returns the addresses of the page of video-surveillance
// purpose p as version in of the notice states it: code, the permanent
// page of that version (urls.VersionPurpose), for the QR code, so that a
// sign leads to what it was printed under even once superseded; and
// printed, the shorter page of the version in force (urls.Purpose), for
// people to type. A version without an effective date has no permanent
// page: both are the page in force.
func (m *Maker) purposeLinks(lang string, in *notice.Institution, p *notice.Purpose) (code, printed string) {
	printed = urls.Absolute(m.site.BaseURL, urls.Purpose(lang, in.ID, p.ID))
	if !in.Document.Effective.Dated() {
		return printed, printed // no permanent page without a date
	}
	code = urls.Absolute(m.site.BaseURL, urls.VersionPurpose(lang, in.ID, in.Document.Effective.String(), p.ID))
	return code, printed
}

// versions renders the files of every version of the scheduled
// institution in (notice.Schedule): each version's files under its date
// (urls.At), and the current version's also at their own paths, so that
// a download link names the sign in force. render is told whether v is an
// earlier version.
func versions(in *notice.Institution, render func(v *notice.Institution, earlier bool) ([]output.File, error)) ([]output.File, error) {
	var files []output.File
	for _, v := range in.Timeline() {
		fs, err := render(v, in.StatusOf(v) == notice.Earlier)
		date := v.Document.Effective.String()
		if err != nil && v != in {
			return nil, fmt.Errorf("version %s: %w", date, err)
		}
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			if v == in {
				files = append(files, f)
			}
			if !v.Document.Effective.Dated() {
				continue // no permanent address without a date
			}
			files = append(files, output.File{Path: urls.At(f.Path, in.ID, date), Data: f.Data})
		}
	}
	return files, nil
}

// CCTV renders the printed CCTV documents of every version of in (see
// versions); a version without video-surveillance purpose has none: every
// default variant of the warning sign (and one per entrance of its camera
// register), the second-layer sheet, and the camera register when the
// content publishes it.
func (m *Maker) CCTV(in *notice.Institution) ([]output.File, error) {
	return versions(in, m.cctv)
}

// cctv renders the printed CCTV documents of one version in. Of an
// earlier version, a sign whose text does not fit the page is left out:
// it was never printable, and the version's sheet and purpose pages
// still state everything; for the current and upcoming versions it is
// an error, as check reports.
func (m *Maker) cctv(in *notice.Institution, earlier bool) ([]output.File, error) {
	if len(in.VideoPurposes()) == 0 {
		return nil, nil
	}
	var files []output.File
	add := func(p string, data []byte, err error) error {
		var tooLong *tooLongError
		if earlier && errors.As(err, &tooLong) {
			return nil
		}
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

// Forms renders the blank attestation form of every version of in (see
// versions); none of a version that switched it off
// (attestation.no_form).
func (m *Maker) Forms(in *notice.Institution) ([]output.File, error) {
	return versions(in, func(v *notice.Institution, _ bool) ([]output.File, error) {
		if v.Attestation.NoForm {
			return nil, nil
		}
		data, err := m.Form(v, nil)
		if err != nil {
			return nil, err
		}
		return []output.File{{Path: urls.Form(v.ID), Data: data}}, nil
	})
}

// Fits reports whether the warning sign of version in, in variant v, fits
// one page: the general sign, or the sign of the entrance with id
// entrance. Of an earlier version, only the signs that fit are published
// (see cctv), and the version's page links those alone.
func (m *Maker) Fits(in *notice.Institution, v notice.SignVariant, entrance string) bool {
	var e *notice.Entrance
	if entrance != "" {
		for _, x := range Entrances(in.Cameras) {
			if x.ID == entrance {
				e = x
			}
		}
	}
	_, lay, err := m.warningSign(in, v, e)
	return err == nil && lay.short <= 0
}
