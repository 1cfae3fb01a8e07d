package notice

import (
	"bytes"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// source is the text of a content file with its line starts, to turn
// byte offsets into positions and back as yaml.v3 counts them: lines and
// columns from 1, columns in characters, and a line break at "\n",
// "\r\n", a lone "\r", U+0085, U+2028 and U+2029.
type source struct {
	data  []byte
	lines []int // offset of the start of each line, lazily
}

func newSource(data []byte) *source { return &source{data: data} }

func (s *source) index() []int {
	if s.lines != nil {
		return s.lines
	}
	s.lines = []int{0}
	d := s.data
	for i := 0; i < len(d); {
		r, size := utf8.DecodeRune(d[i:])
		i += size
		switch r {
		case '\r':
			if i < len(d) && d[i] == '\n' {
				i++
			}
			s.lines = append(s.lines, i)
		case '\n', 0x85, 0x2028, 0x2029:
			s.lines = append(s.lines, i)
		}
	}
	return s.lines
}

// pos returns the line and column of the byte at off.
func (s *source) pos(off int) (line, col int) {
	lines := s.index()
	line = 1
	for lo, hi := 0, len(lines); lo < hi; {
		m := (lo + hi) / 2
		if lines[m] <= off {
			line, lo = m+1, m+1
		} else {
			hi = m
		}
	}
	off = min(off, len(s.data))
	return line, utf8.RuneCount(s.data[lines[line-1]:off]) + 1
}

// offset returns the byte offset of line and column, or -1.
func (s *source) offset(line, col int) int {
	lines := s.index()
	if line < 1 || line > len(lines) || col < 1 {
		return -1
	}
	off := lines[line-1]
	for ; col > 1 && off < len(s.data); col-- {
		_, size := utf8.DecodeRune(s.data[off:])
		off += size
	}
	return off
}

// find returns the position of the first r written in the scalar n, or
// n's position when r is not written as itself (an escape, or a text
// that normalising to NFC changed). A double-quoted scalar is searched
// up to its closing quote; in other styles what the value holds is in
// the file as it is, so the first r from the scalar's start is in it.
func (s *source) find(n *yaml.Node, r rune) (line, col int) {
	start := s.offset(n.Line, n.Column)
	if start < 0 {
		return n.Line, n.Column
	}
	end := len(s.data)
	if n.Style&yaml.DoubleQuotedStyle != 0 {
		end = closingQuote(s.data, start)
	}
	i := bytes.IndexRune(s.data[start:end], r)
	if i < 0 {
		return n.Line, n.Column
	}
	return s.pos(start + i)
}

// closingQuote returns the offset after the closing quote of the
// double-quoted scalar that starts at start.
func closingQuote(data []byte, start int) int {
	for i := start + 1; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(data)
}
