package notice

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Characters a text must not hold: bidirectional controls reorder what a
// reader sees (and can make a sign say what its source does not), and
// zero-width characters are invisible. Control characters other than tab
// and line break have no place in text; NUL and ESC would reach HTML and
// PDF as they are.
var (
	bidiControls = map[rune]string{
		0x061C: "ARABIC LETTER MARK",
		0x200E: "LEFT-TO-RIGHT MARK",
		0x200F: "RIGHT-TO-LEFT MARK",
		0x202A: "LEFT-TO-RIGHT EMBEDDING",
		0x202B: "RIGHT-TO-LEFT EMBEDDING",
		0x202C: "POP DIRECTIONAL FORMATTING",
		0x202D: "LEFT-TO-RIGHT OVERRIDE",
		0x202E: "RIGHT-TO-LEFT OVERRIDE",
		0x2066: "LEFT-TO-RIGHT ISOLATE",
		0x2067: "RIGHT-TO-LEFT ISOLATE",
		0x2068: "FIRST STRONG ISOLATE",
		0x2069: "POP DIRECTIONAL ISOLATE",
	}
	zeroWidth = map[rune]string{
		0x200B: "ZERO WIDTH SPACE",
		0x200C: "ZERO WIDTH NON-JOINER",
		0x200D: "ZERO WIDTH JOINER",
		0x2060: "WORD JOINER",
		0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
	}
	controlNames = map[rune]string{
		0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR",
		0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL",
	}
)

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool { return r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F }

// runeName returns "U+XXXX" with the character's name where it is one
// of the invisible characters above.
func runeName(r rune) string {
	for _, names := range []map[rune]string{bidiControls, zeroWidth, controlNames} {
		if name, ok := names[r]; ok {
			return fmt.Sprintf("U+%04X (%s)", r, name)
		}
	}
	return fmt.Sprintf("U+%04X", r)
}

// checkChars reports each character of s that a text must not hold, or
// that the PDF fonts cannot draw, once, at its position in the file.
func (d *decoder) checkChars(n *yaml.Node, path, s string) {
	var seen map[rune]bool
	for _, r := range s {
		if r < 0x80 && r >= 0x20 && r != 0x7F || r == '\n' || r == '\t' {
			continue // the common case first: printable ASCII
		}
		var msg string
		switch {
		case bidiControls[r] != "":
			msg = fmt.Sprintf("bidirectional control character %s: it reorders the text around it unseen; remove it", runeName(r))
		case zeroWidth[r] != "":
			msg = fmt.Sprintf("zero-width character %s: it is invisible; remove it", runeName(r))
		case isControl(r):
			msg = fmt.Sprintf("control character %s: remove it", runeName(r))
		case d.glyphs != nil && !d.glyphs(r):
			msg = fmt.Sprintf("character %q (U+%04X): the PDF fonts cannot draw it; remove it or write it another way", string(r), r)
		default:
			continue
		}
		if seen[r] {
			continue
		}
		if seen == nil {
			seen = map[rune]bool{}
		}
		seen[r] = true
		line, col := n.Line, n.Column
		if d.src != nil {
			line, col = d.src.find(n, r)
		}
		d.errs.Add(Pos{d.file, line, col}, path, msg)
	}
}
