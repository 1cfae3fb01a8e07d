package notice

// SignVariant is one printed variant of the CCTV warning sign: a paper
// size, a colour scheme and the languages it is in.
type SignVariant struct {
	Size   string // "a5", "a4" or "a3"
	Colour string // "colour" (yellow and black) or "bw" (black on white)
	// Bilingual is true for a sign in the default language and one more
	// (the first other site language), false for the default language
	// only.
	Bilingual bool
}

// SignSizes, SignColours list the valid sizes and colour schemes.
func SignSizes() []string   { return []string{"a5", "a4", "a3"} }
func SignColours() []string { return []string{"colour", "bw"} }

// DefaultSignVariants is the set of signs a build makes: A4 in colour
// and in black and white, each bilingual and in the default language
// only, and the bilingual colour sign in A3 and A5.
func DefaultSignVariants() []SignVariant {
	return []SignVariant{
		{Size: "a4", Colour: "colour", Bilingual: true},
		{Size: "a4", Colour: "bw", Bilingual: true},
		{Size: "a4", Colour: "colour"},
		{Size: "a4", Colour: "bw"},
		{Size: "a3", Colour: "colour", Bilingual: true},
		{Size: "a5", Colour: "colour", Bilingual: true},
	}
}

// SignVariants returns the warning signs the site asks for (signs:), or
// else DefaultSignVariants.
func (s *Site) SignVariants() []SignVariant {
	if len(s.Signs) > 0 {
		return s.Signs
	}
	return DefaultSignVariants()
}

// SignLanguages returns the languages of a sign variant on site: the
// default language, and for a bilingual sign the first other language
// of the site. A sign carries at most two languages: at the type size a
// sign needs (24 pt body on A4) a third does not fit beside the
// pictogram and the QR code; the second layer has every language.
func (s *Site) SignLanguages(v SignVariant) []string {
	def := s.DefaultLanguage
	if def == "" && len(s.Languages) > 0 {
		def = s.Languages[0]
	}
	out := []string{def}
	if v.Bilingual {
		for _, l := range s.Languages {
			if l != def {
				return append(out, l)
			}
		}
	}
	return out
}
