package pdf

import (
	"strings"
	"unicode/utf8"
)

// fonts are the faces of the styles, indexed by style.
type fonts [numStyles]*face

// measure returns the width in millimetres of s in style st at size
// points, as a PDF viewer will advance it (the widths are the rounded
// ones written in the PDF, so measurement and output agree exactly).
func (f *fonts) measure(st style, size float64, s string) float64 {
	return float64(f[st].advance(s)) * size / 1000 * ptmm
}

// lead is the distance between baselines of text of size pt, in mm.
func lead(size float64) float64 { return size * ptmm * 1.22 }

// span is a piece of text in one style.
type span struct {
	s  string
	st style
}

// run is a piece of a laid-out line in one style, x from the line start.
type run struct {
	s  string
	st style
	x  float64
}

// line is one laid-out line.
type line struct {
	runs []run
	w    float64
}

// word is a run of text between spaces, possibly in several styles.
type word struct {
	parts []span
	units []int // width of each part in 1/1000 em
	brk   bool  // a hard line break comes before it
	space style // style of the space before it
}

// width returns the width of w in mm at size points.
func (w *word) width(size float64) float64 {
	u := 0
	for _, n := range w.units {
		u += n
	}
	return float64(u) * size / 1000 * ptmm
}

// words splits spans into words at spaces and line breaks. Runs of
// spaces count as one; a no-break space does not separate words.
func (f *fonts) words(spans []span) []word {
	var out []word
	var cur word
	start := -1 // start of the current part in sp.s
	pendBrk, pendSpace := false, regular
	flushPart := func(sp span, end int) {
		if start >= 0 && end > start {
			s := sp.s[start:end]
			cur.parts = append(cur.parts, span{s, sp.st})
			cur.units = append(cur.units, f[sp.st].advance(s))
		}
		start = -1
	}
	flushWord := func() {
		if len(cur.parts) > 0 {
			out = append(out, cur)
		}
		cur = word{}
	}
	for _, sp := range spans {
		for i, r := range sp.s {
			switch r {
			case ' ', '\t', '\r', '\n':
				if r == ' ' && start >= 0 && phoneGroup(sp.s[start:i], sp.s[i+1:]) {
					continue // a space inside a phone number does not break
				}
				flushPart(sp, i)
				flushWord()
				if r == '\n' {
					pendBrk = true
				}
				pendSpace = sp.st
			default:
				if start < 0 {
					if len(cur.parts) == 0 {
						cur.brk, cur.space = pendBrk, pendSpace
						pendBrk = false
					}
					start = i
				}
			}
		}
		flushPart(sp, len(sp.s))
	}
	flushWord()
	return out
}

// phoneGroup reports whether a space between before and after is one
// between the digit groups of a phone number: before is the start of the
// word, a + or digit followed by digits and spaces, and after starts with
// a digit.
func phoneGroup(before, after string) bool {
	if after == "" || after[0] < '0' || after[0] > '9' || before == "" {
		return false
	}
	for i := 0; i < len(before); i++ {
		c := before[i]
		if !(c >= '0' && c <= '9' || c == ' ' || i == 0 && c == '+') {
			return false
		}
	}
	return before[0] == '+' || len(before) <= 4
}

// wrapWords is wrap for text already split into words.
func (f *fonts) wrapWords(size, width float64, ws []word) []line {
	var lines []line
	var cur line
	var text strings.Builder // the text of the last run of cur
	endRun := func() {
		if n := len(cur.runs); n > 0 && text.Len() > 0 {
			cur.runs[n-1].s = text.String()
			text.Reset()
		}
	}
	flush := func() {
		endRun()
		if len(cur.runs) > 0 {
			lines = append(lines, cur)
		}
		cur = line{}
	}
	scale := size / 1000 * ptmm
	add := func(st style, s string, units int) {
		if n := len(cur.runs); n == 0 || cur.runs[n-1].st != st {
			endRun()
			cur.runs = append(cur.runs, run{st: st, x: cur.w})
		}
		text.WriteString(s)
		cur.w += float64(units) * scale
	}
	for i := range ws {
		w := &ws[i]
		if w.brk {
			flush()
		}
		ww := w.width(size)
		sp := float64(f[w.space].ascii[' ']) * scale
		if len(cur.runs) > 0 && cur.w+sp+ww > width+1e-9 {
			flush()
		}
		if ww > width+1e-9 {
			flush()
			pieces := f.breakWord(size, width, w.parts)
			for j, piece := range pieces {
				if j > 0 {
					flush()
				}
				for _, p := range piece {
					add(p.st, p.s, f[p.st].advance(p.s))
				}
			}
			continue
		}
		if len(cur.runs) > 0 {
			st := cur.runs[len(cur.runs)-1].st
			add(st, " ", f[st].ascii[' '])
		}
		for j, p := range w.parts {
			add(p.st, p.s, w.units[j])
		}
	}
	flush()
	return lines
}

// breakWord cuts a word wider than width into pieces that fit.
func (f *fonts) breakWord(size, width float64, parts []span) [][]span {
	type ch struct {
		r  rune
		st style
		w  float64
	}
	var chars []ch
	for _, p := range parts {
		for _, r := range p.s {
			chars = append(chars, ch{r, p.st, float64(f[p.st].width(r)) * size / 1000 * ptmm})
		}
	}
	var out [][]span
	for len(chars) > 0 {
		n, w := 0, 0.0
		for n < len(chars) && (n == 0 || w+chars[n].w <= width+1e-9) {
			w += chars[n].w
			n++
		}
		if n < len(chars) {
			for i := n - 1; i > n/2; i-- {
				if strings.ContainsRune("/.-@_?&=", chars[i].r) {
					n = i + 1
					break
				}
			}
		}
		var piece []span
		for _, c := range chars[:n] {
			if k := len(piece); k > 0 && piece[k-1].st == c.st {
				piece[k-1].s += string(c.r)
			} else {
				piece = append(piece, span{string(c.r), c.st})
			}
		}
		out = append(out, piece)
		chars = chars[n:]
	}
	return out
}

// advance returns the advance of s in 1/1000 em.
func (f *face) advance(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			w += f.ascii[c]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w += f.width(r)
		i += n
	}
	return w
}
