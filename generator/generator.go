package generator

import (
	"errors"

	"policysite/generator/notice"
)

// Options configure a build.
type Options struct {
	Content   string // content directory
	Templates string // templates directory; files here override the built-in ones
	Out       string // output directory
}

// Check loads and validates the content in dir.
func Check(dir string) (*notice.Content, error) {
	return notice.Load(dir)
}

// Build is wired to the renderers in a following change.
func Build(opts Options) (string, error) {
	if _, err := Check(opts.Content); err != nil {
		return "", err
	}
	return "", errors.New("build: rendering is not wired yet")
}

// FormsOptions configure the pre-filled attestation forms.
type FormsOptions struct {
	Content, Institution, Staff, Out, Site string
}

// Forms is wired to the PDF renderer in a following change.
func Forms(opts FormsOptions) ([]string, error) {
	return nil, errors.New("forms: not wired yet")
}

// Archive is written in a following change.
func Archive(content, id string) (string, error) {
	return "", errors.New("archive: not written yet")
}
