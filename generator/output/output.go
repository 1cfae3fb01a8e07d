// Package output names what a build makes. A File is the bytes of one
// file at its site path; an Output renders the files of one institution,
// every version of its notice included. Build walks one list of Outputs
// (see generator.outputs), and package urls alone knows where each file
// lives, so adding an output is a renderer plus one line in that list.
package output

import (
	"fmt"

	"policysite/generator/notice"
)

// File is one file of the site: its path relative to the site root,
// with forward slashes, and its bytes.
type File struct {
	Path string
	Data []byte
}

// Output is one kind of output of an institution: its pages, its CCTV
// signs, its attestation form, its machine-readable notice or its feeds.
type Output struct {
	Name string // what it is, for errors ("CCTV signs")
	// Render returns the files of institution in, the current version
	// with its earlier versions (in.Versions). A renderer returns bytes
	// and never touches the disk.
	Render func(in *notice.Institution) ([]File, error)
}

// Files renders the files of in, naming the output in an error.
func (o Output) Files(in *notice.Institution) ([]File, error) {
	files, err := o.Render(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", o.Name, err)
	}
	return files, nil
}
