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
	// Site is a site output directory that Out may neither be in nor
	// hold (the default guard of the command, "public"). It is not the
	// only guard: Out is refused at, inside or around any policysite
	// build, found by its marker.
	Site string
}

// Forms writes one attestation form per person on the staff list,
// pre-filled with the person's name and position, into opts.Out, and
// returns the files' paths. Staff names are personal data: Out may not
// be a policysite build, lie inside one or hold one (see formsGuard),
// nor be, hold or lie inside opts.Site. The folder is made private
// (0700) and each form readable by its owner only (0600); a file that
// policysite did not write there is never replaced, nor anything written
// through a symbolic link. Everything is checked and rendered before the
// first file is written.
func Forms(opts FormsOptions) ([]string, error) {
	dir, err := formsGuard(opts.Out, opts.Site)
	if err != nil {
		return nil, err
	}
	c, err := loadOptions().Load(opts.Content)
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
	if inst.Attestation.NoForm {
		return nil, fmt.Errorf("forms: %s has no attestation form (attestation.no_form is true)", inst.ID)
	}
	data, err := os.ReadFile(opts.Staff)
	if err != nil {
		return nil, err
	}
	people, err := staff.Read(bytes.NewReader(data), opts.Staff)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(people))
	for i, p := range people {
		names[i] = fmt.Sprintf("%03d-%s.pdf", i+1, fileSlug(p.Name))
	}
	folder, err := inspectForms(dir, names)
	if err != nil {
		return nil, err
	}
	maker, err := pdf.New(c.Site, catalog(c.Site))
	if err != nil {
		return nil, err
	}
	files := make([]formFile, len(people))
	out := make([]string, len(people))
	for i := range people {
		doc, err := maker.Form(inst, (*pdf.Person)(&people[i]))
		if err != nil {
			return nil, err
		}
		files[i] = formFile{name: names[i], data: doc}
		out[i] = filepath.Join(opts.Out, names[i])
	}
	if err := folder.write(files); err != nil {
		return nil, err
	}
	return out, nil
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
