package notice

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a content file. Line and Col start at 1; a zero
// Line means the whole file.
type Pos struct {
	File      string
	Line, Col int
}

// Positions records where each field of a record is written, by its
// key, so that a message about a value after loading (a sign that does
// not fit, a warning) can point at it.
type Positions map[string]Pos

// Of returns the position of the field key, or else that of the record
// (key ""), or the zero Pos.
func (at Positions) Of(key string) Pos {
	if p, ok := at[key]; ok {
		return p
	}
	return at[""]
}

// String returns "file:line:col", or just "file" when there is no line.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error is one problem in the content, at a position and a field path
// such as "purposes[cctv].retention".
type Error struct {
	Pos   Pos
	Field string
	Msg   string
}

// Error returns "file:line:col: field: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.String())
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is a list of content errors, in the manner of go/scanner's
// ErrorList. The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(pos Pos, field, msg string) {
	*l = append(*l, &Error{Pos: pos, Field: field, Msg: msg})
}

// Len implements sort.Interface.
func (l ErrorList) Len() int { return len(l) }

// Swap implements sort.Interface.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Less orders errors by file, line, column, field and message.
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Pos.File != b.Pos.File {
		return a.Pos.File < b.Pos.File
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	if a.Pos.Col != b.Pos.Col {
		return a.Pos.Col < b.Pos.Col
	}
	if a.Field != b.Field {
		return a.Field < b.Field
	}
	return a.Msg < b.Msg
}

// Sort sorts the list and removes exact duplicates.
func (l *ErrorList) Sort() {
	sort.Sort(*l)
	out := (*l)[:0]
	for _, e := range *l {
		if len(out) > 0 && *e == *out[len(out)-1] {
			continue
		}
		out = append(out, e)
	}
	*l = out
}

// Error returns all errors, one per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
