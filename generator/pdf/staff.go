package pdf

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a staff list.
const (
	maxStaffBytes = 4 << 20 // 4 MiB
	maxFieldRunes = 200
)

// ReadStaff reads a staff list for pre-filled forms: CSV in UTF-8 (a
// byte-order mark is allowed) with a header row naming the columns name
// and position, in any order and any case; other columns are ignored, and
// blank lines are skipped. Every bad row is reported, each error starting
// with file:line: (file:line:column: for CSV syntax errors).
func ReadStaff(r io.Reader, file string) ([]Person, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxStaffBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(data) > maxStaffBytes {
		return nil, fmt.Errorf("%s: larger than %d MiB", file, maxStaffBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
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
		return nil, fmt.Errorf("%s:%d: not valid UTF-8 (save the file as UTF-8 CSV)", file, line)
	}

	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	var errs []error
	nameCol, posCol := -1, -1
	var out []Person
	header := true
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
		if header {
			header = false
			for i, h := range rec {
				switch strings.ToLower(strings.TrimSpace(h)) {
				case "name":
					nameCol = i
				case "position":
					posCol = i
				}
			}
			var missing []string
			if nameCol < 0 {
				missing = append(missing, "name")
			}
			if posCol < 0 {
				missing = append(missing, "position")
			}
			if len(missing) > 0 {
				return nil, fmt.Errorf("%s:%d: the header row must name the columns name and position; %s missing (found %q)",
					file, line, strings.Join(missing, " and "), strings.Join(rec, ","))
			}
			continue
		}
		if need := max(nameCol, posCol) + 1; len(rec) < need {
			errs = append(errs, fmt.Errorf("%s:%d: the row has %d of the header's %d columns (a comma missing?)", file, line, len(rec), need))
			continue
		}
		var p Person
		bad := false
		for _, c := range []struct {
			col   int
			what  string
			into  *string
			empty bool // may be empty
		}{{nameCol, "name", &p.Name, false}, {posCol, "position", &p.Position, true}} {
			v := ""
			if c.col < len(rec) {
				v = strings.Join(strings.Fields(rec[c.col]), " ")
			}
			switch {
			case v == "" && !c.empty:
				errs = append(errs, fmt.Errorf("%s:%d: %s is empty", file, line, c.what))
				bad = true
			case utf8.RuneCountInString(v) > maxFieldRunes:
				errs = append(errs, fmt.Errorf("%s:%d: %s is longer than %d characters", file, line, c.what, maxFieldRunes))
				bad = true
			case strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) || r == '\uFFFD' }) >= 0:
				errs = append(errs, fmt.Errorf("%s:%d: %s has a control character", file, line, c.what))
				bad = true
			}
			*c.into = v
		}
		if !bad {
			out = append(out, p)
		}
	}
	if header {
		errs = append(errs, fmt.Errorf("%s:1: no header row: the first line must be name,position", file))
	} else if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: no staff after the header row", file))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// blank reports whether every field of a record is empty.
func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
