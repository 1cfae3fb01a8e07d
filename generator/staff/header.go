package staff

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Column names, as norm returns them.
var (
	nameHeads  = []string{"name", "fullname", "vardsuzvards", "vardsunuzvards"}
	firstHeads = []string{"vards", "firstname"}
	lastHeads  = []string{"uzvards", "lastname", "surname"}
	posHeads   = []string{"position", "jobtitle", "amats", "amatanosaukums"}
)

// columns are the indexes of the columns a staff list is read from. A
// name is either one column (full ≥ 0) or first and last joined.
type columns struct{ full, first, last, pos int }

// width returns how many fields a row needs.
func (c *columns) width() int { return max(c.full, c.first, c.last, c.pos) + 1 }

// name returns the person's name in rec.
func (c *columns) name(rec []string) string {
	if c.full >= 0 {
		return clean(rec[c.full])
	}
	return clean(rec[c.first] + " " + rec[c.last])
}

// header finds the columns in a header row, or says what is missing and
// what was found.
func header(rec []string, sep rune) (*columns, error) {
	c := &columns{full: -1, first: -1, last: -1, pos: -1}
	for i, h := range rec {
		n := norm(h)
		for _, k := range []struct {
			heads []string
			into  *int
		}{{nameHeads, &c.full}, {firstHeads, &c.first}, {lastHeads, &c.last}, {posHeads, &c.pos}} {
			if *k.into < 0 && slices.Contains(k.heads, n) {
				*k.into = i
			}
		}
	}
	found := strings.Join(rec, string(sep))
	if c.full < 0 && (c.first < 0 || c.last < 0) {
		return nil, fmt.Errorf("header has no name column; expected name or vārds, uzvārds (or the two columns vārds and uzvārds); found: %s", found)
	}
	if c.pos < 0 {
		return nil, fmt.Errorf("header has no position column; expected position or amats; found: %s", found)
	}
	return c, nil
}

// sniff returns the separator of a CSV text: ";" when its first non-blank
// line has at least as many semicolons as commas outside quotes (Latvian
// Excel's "vārds, uzvārds;amats"), else ",".
func sniff(text string) rune {
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		semi, comma, quoted := 0, 0, false
		for _, r := range line {
			switch {
			case r == '"':
				quoted = !quoted
			case quoted:
			case r == ';':
				semi++
			case r == ',':
				comma++
			}
		}
		if semi > 0 && semi >= comma {
			return ';'
		}
		return ','
	}
	return ','
}

// fold maps the letters with diacritics that Latvian uses to their base
// letter.
var fold = strings.NewReplacer(
	"ā", "a", "č", "c", "ē", "e", "ģ", "g", "ī", "i", "ķ", "k", "ļ", "l",
	"ņ", "n", "š", "s", "ū", "u", "ž", "z", "ō", "o", "ŗ", "r")

// norm returns a column name in lower case without diacritics, spaces or
// punctuation: "Vārds, Uzvārds" → "vardsuzvards".
func norm(s string) string {
	s = fold.Replace(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
