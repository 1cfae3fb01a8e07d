// Package staff reads the staff lists that pre-filled attestation forms
// are made from, as people have them: CSV saved from a spreadsheet, with
// ";" (Latvian Excel) or "," between the fields, in UTF-8 with or without
// a byte-order mark or in Windows-1257 (Baltic), with Latvian or English
// column names.
package staff

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Person is a member of staff a form is pre-filled for.
type Person struct{ Name, Position string }

// Limits of a staff list.
const (
	maxBytes      = 4 << 20 // 4 MiB
	maxFieldRunes = 200
)

// Read reads a staff list named file from r. The list is CSV with a
// header row: the separator (";" or ",") is taken from the header line;
// the text is UTF-8 (a byte-order mark is allowed) or, when it is not
// valid UTF-8, Windows-1257. The header names a name column (name,
// "vārds, uzvārds", or separate vārds and uzvārds columns, joined with a
// space) and a position column (position or amats), in any order, case
// and with or without diacritics; other columns are ignored, blank lines
// are skipped, and a position may be empty. Every bad row is reported,
// each error starting with file:line: (file:line:column: for CSV syntax
// errors) and saying how to fix it.
func Read(r io.Reader, file string) ([]Person, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(data) > maxBytes {
		return nil, fmt.Errorf("%s: larger than %d MiB; is this the staff list?", file, maxBytes>>20)
	}
	text, err := decode(data, file)
	if err != nil {
		return nil, err
	}
	sep := sniff(text)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	var (
		errs []error
		cols *columns
		out  []Person
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				where := ""
				if pe.StartLine != pe.Line {
					where = fmt.Sprintf(" (in the record that starts on line %d)", pe.StartLine)
				}
				errs = append(errs, fmt.Errorf("%s:%d:%d: %v%s", file, pe.Line, pe.Column, pe.Err, where))
				if pe.Err == csv.ErrQuote || pe.Err == csv.ErrBareQuote {
					// The reader cannot resynchronise after a quote error.
					break
				}
				continue
			}
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		if cols == nil {
			c, err := header(rec, sep)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", file, line, err)
			}
			cols = c
			continue
		}
		if need := cols.width(); len(rec) < need {
			errs = append(errs, fmt.Errorf("%s:%d: the row has %d of the header's %d columns (a %q missing?)", file, line, len(rec), need, sep))
			continue
		}
		p := Person{Name: cols.name(rec), Position: clean(rec[cols.pos])}
		bad := false
		for _, c := range []struct {
			what, v string
			empty   bool // may be empty
		}{{"name", p.Name, false}, {"position", p.Position, true}} {
			var msg string
			switch {
			case c.v == "" && !c.empty:
				msg = c.what + " is empty; give a name or delete the row"
			case utf8.RuneCountInString(c.v) > maxFieldRunes:
				msg = fmt.Sprintf("%s is longer than %d characters", c.what, maxFieldRunes)
			case strings.IndexFunc(c.v, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) >= 0:
				msg = c.what + " has a control character"
			}
			if msg != "" {
				errs = append(errs, fmt.Errorf("%s:%d: %s", file, line, msg))
				bad = true
			}
		}
		if !bad {
			out = append(out, p)
		}
	}
	if cols == nil && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s:1: no header row: the first line must name the columns, such as name;position or vārds, uzvārds;amats", file))
	} else if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: no staff after the header row", file))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// decode returns data as text: UTF-8 without its byte-order mark, or,
// when data is not valid UTF-8, decoded from Windows-1257. Text that is
// neither (such as UTF-8 with one stray byte) is an error naming the line
// of the first byte that is not UTF-8.
func decode(data []byte, file string) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if utf8.Valid(data) {
		return string(data), nil
	}
	if b, err := charmap.Windows1257.NewDecoder().Bytes(data); err == nil && !bytes.ContainsRune(b, utf8.RuneError) {
		return string(b), nil
	}
	line := 1
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if r == '\n' {
			line++
		}
		data = data[n:]
	}
	return "", fmt.Errorf("%s:%d: neither UTF-8 nor Windows-1257; save the file as \"CSV UTF-8\"", file, line)
}

// clean trims a field and collapses runs of spaces.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// blank reports whether every field of a record is empty.
func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
