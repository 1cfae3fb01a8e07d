package generator

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/pdf"
	"policysite/generator/staff"
)

// FormsOptions configure the pre-filled attestation forms.
type FormsOptions struct {
	Content     string // content directory
	Institution string // institution id
	Staff       string // staff list CSV
	Out         string // directory for the forms
	Site        string // the site's output directory, which Out must not be inside
}

// Forms writes one attestation form per person on the staff list,
// pre-filled with the person's name and position, into opts.Out. Staff
// names are personal data: Out may not be inside the site's output.
func Forms(opts FormsOptions) ([]string, error) {
	if in, err := inside(opts.Out, opts.Site); err != nil {
		return nil, err
	} else if in {
		return nil, fmt.Errorf("forms: refusing to write pre-filled forms into %s: it is inside the site's output %s, and staff names are personal data; choose a directory outside it", opts.Out, opts.Site)
	}
	if in, err := inside(opts.Site, opts.Out); err == nil && in {
		return nil, fmt.Errorf("forms: refusing to write pre-filled forms into %s: the site's output %s is inside it", opts.Out, opts.Site)
	}
	c, err := notice.Load(opts.Content)
	if err != nil {
		return nil, err
	}
	var inst *notice.Institution
	var ids []string
	for _, in := range c.Institutions {
		ids = append(ids, in.ID)
		if in.ID == opts.Institution {
			inst = in
		}
	}
	if inst == nil {
		return nil, fmt.Errorf("forms: no institution %q; there are: %s", opts.Institution, strings.Join(ids, ", "))
	}
	data, err := os.ReadFile(opts.Staff)
	if err != nil {
		return nil, err
	}
	people, err := staff.Read(bytes.NewReader(data), opts.Staff)
	if err != nil {
		return nil, err
	}
	maker, err := pdf.New(c.Site, catalog(c.Site))
	if err != nil {
		return nil, err
	}
	var files []formFile
	for i, p := range people {
		doc, err := maker.Form(inst, (*pdf.Person)(&p))
		if err != nil {
			return nil, err
		}
		files = append(files, formFile{name: fmt.Sprintf("%03d-%s.pdf", i+1, fileSlug(p.Name)), data: doc})
	}
	return writeForms(opts.Out, files)
}

// fileSlug turns a name into a safe file name part: "Jānis Bērziņš" →
// "janis-berzins".
func fileSlug(name string) string {
	const from, to = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ"
	fold := map[rune]rune{}
	tr := []rune(to)
	for i, r := range []rune(from) {
		fold[r] = tr[i]
	}
	var b strings.Builder
	dash := false
	for _, r := range name {
		if f, ok := fold[r]; ok {
			r = f
		}
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "form"
	}
	return s
}

// formFile is one pre-filled form.
type formFile struct {
	name string
	data []byte
}

// writeForms writes the forms into dir, readable by the owner only since
// they hold personal data.
func writeForms(dir string, files []formFile) ([]string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o600); err != nil {
			return out, err
		}
		out = append(out, p)
	}
	return out, nil
}
