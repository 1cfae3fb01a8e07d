package generator

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/pdf"
)

// CameraRegisterOptions configure the printable camera register.
type CameraRegisterOptions struct {
	Content     string // content directory
	Institution string // institution id
	Out         string // the PDF file to write
}

// CameraRegister writes the camera register of one institution (its
// content file's cameras: sites, zones, places without cameras and the
// entrances where signs hang) to opts.Out as a printable PDF, A4
// landscape: the DPO's copy, whether or not cameras.public publishes
// it. Like the record of processing activities it refuses an output
// inside a policysite build output and an existing file that policysite
// did not write.
func CameraRegister(opts CameraRegisterOptions) error {
	if opts.Out == "" {
		return errors.New("register: no output file")
	}
	if err := cameraRegisterTarget(opts.Out); err != nil {
		return err
	}
	c, err := loadOptions().Load(opts.Content)
	if err != nil {
		return err
	}
	var inst *notice.Institution
	var ids []string
	for _, in := range c.Institutions {
		if in.Cameras != nil {
			ids = append(ids, in.ID)
		}
		if in.ID == opts.Institution {
			inst = in
		}
	}
	switch {
	case inst == nil:
		return fmt.Errorf("register: no institution %q; those with a camera register: %s", opts.Institution, strings.Join(ids, ", "))
	case inst.Cameras == nil:
		return fmt.Errorf("register: %s has no camera register (cameras: in its file); those with one: %s", inst.ID, strings.Join(ids, ", "))
	}
	m, err := pdf.New(c.Site, catalog(c.Site))
	if err != nil {
		return err
	}
	data, err := m.CameraRegister(inst)
	if err != nil {
		return err
	}
	return writeRegister(opts.Out, data)
}

// cameraRegisterTarget refuses what documentTarget refuses, and an
// existing file that is not a PDF policysite wrote.
func cameraRegisterTarget(out string) error {
	return documentTarget(out, "the register", "a PDF written by policysite", func(old []byte) bool {
		return bytes.HasPrefix(old, []byte("%PDF-")) && bytes.Contains(old, []byte("/Producer (policysite)"))
	})
}
