package pdf

import "math"

// rgb is a colour, each channel from 0 to 1.
type rgb struct{ r, g, b float64 }

var (
	black = rgb{0, 0, 0}
	white = rgb{1, 1, 1}
	// safetyYellow is the yellow of warning signs (#FFCC00, close to
	// RAL 1003 signal yellow of ISO 7010).
	safetyYellow = rgb{1, 0.8, 0}
)

// palette is the colours of a sign: ink on paper.
type palette struct{ ink, paper rgb }

// paletteOf returns the palette of a colour scheme: black on safety
// yellow, or black on white for an office printer.
func paletteOf(colour string) palette {
	if colour == "colour" {
		return palette{ink: black, paper: safetyYellow}
	}
	return palette{ink: black, paper: white}
}

// luminance is the relative luminance of c (WCAG 2.1).
func luminance(c rgb) float64 {
	lin := func(v float64) float64 {
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// contrast is the WCAG 2.1 contrast ratio of two colours, from 1 to 21.
func contrast(a, b rgb) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// SignContrast returns the contrast ratio of the text of a sign in the
// colour scheme colour ("colour" or "bw") against its background.
func SignContrast(colour string) float64 {
	p := paletteOf(colour)
	return contrast(p.ink, p.paper)
}

// MinSignContrast is the contrast ratio every sign reaches (WCAG 2.1
// AAA for text, 7:1).
const MinSignContrast = 7.0
