package notice

import (
	"bytes"
	"strings"
)

// tabHint is appended to a YAML syntax error caused by a tab in the
// indentation.
const tabHint = "; YAML indentation must use spaces, not tabs"

// withTabHint adds a hint to a YAML syntax error msg reported at line (from
// 1) of src when the error comes from a tab in the indentation, which
// YAML forbids and editors hide. yaml.v3 reports "found character that
// cannot start any token" at the tab's line, and "found a tab character
// that violates indentation" one line early; withTabHint returns the line of
// the tab and the message with the hint, or line and msg unchanged.
func withTabHint(msg string, src []byte, line int) (int, string) {
	switch {
	case strings.Contains(msg, "found character that cannot start any token"):
		if tabIndented(src, line) {
			return line, msg + tabHint
		}
	case strings.Contains(msg, "found a tab character that violates indentation"):
		for _, l := range []int{line + 1, line} {
			if tabIndented(src, l) {
				return l, msg + tabHint
			}
		}
	}
	return line, msg
}

// tabIndented reports whether line n (from 1) of src has a tab in its
// leading white space.
func tabIndented(src []byte, n int) bool {
	if n < 1 {
		return false
	}
	for l := range bytes.Lines(src) {
		if n--; n > 0 {
			continue
		}
		indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		return bytes.IndexByte(indent, '\t') >= 0
	}
	return false
}
