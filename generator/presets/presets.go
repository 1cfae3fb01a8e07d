// Package presets is the built-in library of common purposes of Latvian
// public bodies (pupils' records, video surveillance, accounting,
// personnel files, the website, events and photographs, visitors,
// submissions), written once in Latvian and English. Content uses one as
// {use: preset/<id>} with the fields it overrides, as it uses a shared
// purpose of purposes/.
//
// A preset gives only what is usual for every institution: the purpose,
// its description, data subjects and categories, recipients as
// categories, and the legal basis and the requirement where a law makes
// them the same everywhere. What a law does not fix (retention periods,
// transfers, and for some presets the legal basis) is left out, so that
// check asks for it where the preset is used, rather than a preset
// inventing it.
//
// Processors (GDPR Art 28) are given in processors: as a category, not
// among the recipients, and worded as what they are where the
// institution engages one ("where the institution engages one"): whether
// it does is the institution's fact, which a preset does not state. A
// use names its own processors by giving processors: itself; like every
// field a preset gives, the preset's processors are not replaced by the
// institution's defaults.
package presets

import (
	"embed"
	"fmt"
	"io/fs"

	"policysite/generator/notice"
)

// extraNeeded returns the fields, beyond those preset id leaves out, that
// a use of it needs: the video preset is not video surveillance until the
// monitored areas are given.
func extraNeeded(id string) []string {
	if id == "cctv" {
		return []string{"video.areas"}
	}
	return nil
}

//go:embed presets/*.yaml
var files embed.FS

// FS returns the presets, one purpose per .yaml file, for
// notice.Options.Presets.
func FS() fs.FS {
	sub, err := fs.Sub(files, "presets")
	if err != nil {
		panic(err) // the embedded folder exists
	}
	return sub
}

// Languages returns the languages every preset is written in.
func Languages() []string { return []string{"lv", "en"} }

// Info describes a preset for a listing.
type Info struct {
	ID    string
	Name  notice.Text
	Bases []notice.Basis // none when the user states them
	// Retention is the period a law fixes, such as "5 years"; "" when
	// the user states it.
	Retention string
	Needed    []string // the required fields the user must state where it is used
}

// List loads every preset and describes it, sorted by id.
func List() ([]Info, error) {
	ps, errs := notice.LoadPresets(FS(), Languages())
	if err := errs.Err(); err != nil {
		return nil, fmt.Errorf("built-in presets: %w", err)
	}
	var out []Info
	for _, p := range ps {
		in := Info{ID: p.ID, Name: p.Name}
		in.Bases = p.Bases
		if len(p.Bases) == 0 {
			in.Needed = append(in.Needed, "legal_basis")
		}
		if p.Retention.Period > 0 {
			in.Retention = fmt.Sprintf("%d %s", p.Retention.Period, p.Retention.Unit)
		}
		if p.Retention.Period == 0 && p.Retention.Criteria.IsZero() {
			in.Needed = append(in.Needed, "retention")
		}
		if p.Requirement.Kind == "" {
			in.Needed = append(in.Needed, "requirement")
		}
		// No preset states transfers: they are always the institution's.
		in.Needed = append(in.Needed, "transfers")
		in.Needed = append(in.Needed, extraNeeded(p.ID)...)
		out = append(out, in)
	}
	return out, nil
}
