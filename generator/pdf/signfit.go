package pdf

import (
	"fmt"

	"policysite/generator/notice"
)

// SignProblem is a warning sign whose text does not fit one page at the
// smallest type size: the field to shorten, where it is written and its
// text.
type SignProblem struct {
	Pos     notice.Pos
	Field   string
	Text    string  // the field's text in the default language
	Lines   int     // the lines it takes on the sign
	Short   float64 // by how many millimetres (on A4) the sign is too long
	Variant notice.SignVariant
}

// Error returns the problem as "file:line:col: field: message".
func (p SignProblem) Error() string {
	e := notice.Error{Pos: p.Pos, Field: p.Field, Msg: p.Message()}
	return e.Error()
}

// Message is the problem without position and field.
func (p SignProblem) Message() string {
	return fmt.Sprintf("the CCTV warning sign (%s) does not fit one page at %v pt: it is %.0f mm too long; shorten this text (%d lines on the sign): %q",
		variantName(p.Variant), wsMinBody, p.Short, p.Lines, p.Text)
}

func variantName(v notice.SignVariant) string {
	l := "default language"
	if v.Bilingual {
		l = "bilingual"
	}
	return v.Size + ", " + v.Colour + ", " + l
}

// SignFits lays out the warning signs of in for each variant (the
// colours and sizes share one layout, so only the languages matter) and
// each entrance of its camera register, and returns a problem for each
// sign that does not fit one page at 24 pt: the longest text of the sign
// that the content decides, with its position. It returns nil for an
// institution without video surveillance. It is pure: it renders
// nothing.
func (m *Maker) SignFits(in *notice.Institution, variants []notice.SignVariant) []SignProblem {
	if len(in.VideoPurposes()) == 0 {
		return nil
	}
	var out []SignProblem
	seen := map[bool]bool{}
	for _, v := range variants {
		if seen[v.Bilingual] {
			continue
		}
		seen[v.Bilingual] = true
		for _, e := range append([]*notice.Entrance{nil}, Entrances(in.Cameras)...) {
			_, lay, err := m.warningSign(in, v, e)
			if err != nil || lay.short <= 0 {
				continue
			}
			worst, lines := -1, 0
			for i, fc := range lay.facts {
				n := len(lay.laid[i].lines)
				if fc.field != "" && n > lines {
					worst, lines = i, n
				}
			}
			p := SignProblem{Short: lay.short, Variant: v, Pos: in.At.Of("purposes"), Field: "purposes", Lines: lines}
			if worst >= 0 {
				fc := lay.facts[worst]
				p.Pos, p.Field, p.Text = fc.pos, fc.field, fc.text
			}
			out = append(out, p)
		}
	}
	return out
}

// Entrances returns the entrances of the camera register, nil without
// one.
func Entrances(c *notice.Cameras) []*notice.Entrance {
	if c == nil {
		return nil
	}
	var out []*notice.Entrance
	for i := range c.Sites {
		for j := range c.Sites[i].Entrances {
			out = append(out, &c.Sites[i].Entrances[j])
		}
	}
	return out
}
