package notice

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// decoder turns the YAML nodes of one file into model values, reporting
// every problem with its position and field path.
type decoder struct {
	file   string     // as errors name it
	path   string     // in the content tree
	digest string     // SHA-256 of the file
	warns  *ErrorList // where warnings go; nil: they are dropped
	langs  []string
	errs   *ErrorList
	src    *source         // the file's text, for the position of a character
	glyphs func(rune) bool // the characters the PDF fonts draw; nil: all
	tab    *tables         // the tables of fields
	// renames are the names known to have changed (renames.go).
	renames []Rename
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{d.file, n.Line, n.Column} }

func (d *decoder) errorf(n *yaml.Node, field, format string, args ...any) {
	d.errs.Add(d.pos(n), field, fmt.Sprintf(format, args...))
}

// warnf reports something that is allowed but likely wrong.
func (d *decoder) warnf(n *yaml.Node, field, format string, args ...any) {
	if d.warns != nil {
		d.warns.Add(d.pos(n), field, fmt.Sprintf(format, args...))
	}
}

// resolve follows an alias to its anchor.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "true/false"
		case "!!null":
			return "nothing"
		}
		return "a string"
	}
	return "something else"
}

// fields is the checked content of a mapping: value nodes by key, and the
// mapping node itself for "missing field" positions.
type fields struct {
	node *yaml.Node
	path string
	vals map[string]*yaml.Node
	keys map[string]*yaml.Node
}

func (f *fields) has(key string) bool { return f.vals[key] != nil }

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// mapping checks that n is a mapping with only known keys, reports unknown
// keys (with the nearest known key as a suggestion) and duplicate keys,
// and returns its fields. It returns nil when n is not a mapping.
func (d *decoder) mapping(n *yaml.Node, path string, known ...string) *fields {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, "expected a mapping, found %s", kindName(n))
		return nil
	}
	f := &fields{node: n, path: path, vals: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, path, "a key must be a plain name, found %s", kindName(k))
			continue
		}
		if k.Value == "<<" {
			d.errorf(k, path, "merge keys (<<) are not supported; write the fields out")
			continue
		}
		if !contains(known, k.Value) {
			msg := fmt.Sprintf("unknown field %q", k.Value)
			if s := nearest(k.Value, known); s != "" {
				msg += "; did you mean " + s + "?"
			}
			d.errorf(k, join(path, k.Value), "%s", msg)
			continue
		}
		if f.vals[k.Value] != nil {
			d.errorf(k, join(path, k.Value), "duplicate field (first at line %d)", f.keys[k.Value].Line)
			continue
		}
		f.vals[k.Value] = v
		f.keys[k.Value] = k
	}
	return f
}

// scalar returns the value of a scalar node, reporting other kinds.
func (d *decoder) scalar(n *yaml.Node, path string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, path, "expected a single value, found %s", kindName(n))
		return "", false
	}
	return n.Value, true
}

// str decodes a language-neutral string, checked like text.
func (d *decoder) str(f *fields, key string) string {
	n := f.vals[key]
	if n == nil {
		return ""
	}
	path := join(f.path, key)
	s, ok := d.scalar(n, path)
	if !ok {
		return ""
	}
	s = strings.TrimSpace(s)
	if s == "" {
		d.errorf(n, path, "must not be empty")
	}
	d.checkText(resolve(n), path, s)
	return s
}

var (
	slugRE  = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	phoneRE = regexp.MustCompile(`^\+?[0-9][0-9 ()-]*[0-9]$`)
	langRE  = regexp.MustCompile(`^[a-z]{2,3}$`)
)

// slug decodes an id.
func (d *decoder) slug(f *fields, key string) string {
	s := d.str(f, key)
	if s != "" && (!slugRE.MatchString(s) || len(s) > 64) {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a valid id: use lowercase letters a-z, digits and single hyphens, starting with a letter, at most 64 characters", s)
		return ""
	}
	return s
}

// email decodes an e-mail address.
func (d *decoder) email(f *fields, key string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	a, err := mail.ParseAddress(s)
	at := strings.LastIndex(s, "@")
	if err != nil || a.Address != s || at < 1 || !strings.Contains(s[at:], ".") || strings.ContainsAny(s, " <>") {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a valid e-mail address", s)
	}
	d.checkEmailDomain(f.vals[key], join(f.path, key), s)
	return s
}

// phone decodes a phone number.
func (d *decoder) phone(f *fields, key string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if !phoneRE.MatchString(s) || digits < 8 || digits > 15 {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a valid phone number: use digits, spaces and an optional leading +, 8 to 15 digits", s)
	}
	return s
}

// url decodes an absolute http or https URL.
func (d *decoder) url(f *fields, key string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t") {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a valid URL: write an absolute http:// or https:// address", s)
	}
	d.checkURLDomain(f.vals[key], join(f.path, key), s)
	return s
}

// minYear is the earliest year of a date in content: none of it can
// predate the Data Protection Directive of 1995, and an earlier date
// (0001-01-01 is Go's zero time) is a mistake.
const minYear = 1990

// date decodes a YYYY-MM-DD date from minYear on.
func (d *decoder) date(f *fields, key string) Date {
	s := d.str(f, key)
	if s == "" {
		return Date{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a valid date: write YYYY-MM-DD", s)
		return Date{}
	}
	if t.Year() < minYear {
		d.errorf(f.vals[key], join(f.path, key), "%q is before %d: write the real date, YYYY-MM-DD", s, minYear)
		return Date{}
	}
	return Date{t}
}

// regNo decodes a registration number: digits, at least 6.
func (d *decoder) regNo(f *fields, key string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	ok := len(s) >= 6 && len(s) <= 20
	for _, r := range s {
		if r < '0' || r > '9' {
			ok = false
		}
	}
	if !ok {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a registration number: write its digits, such as 90000028870", s)
	}
	return s
}

// boolean decodes true or false.
func (d *decoder) boolean(f *fields, key string, def bool) bool {
	n := f.vals[key]
	if n == nil {
		return def
	}
	s, ok := d.scalar(n, join(f.path, key))
	if !ok {
		return def
	}
	switch s {
	case "true":
		return true
	case "false":
		return false
	}
	d.errorf(n, join(f.path, key), "expected true or false, found %q", s)
	return def
}

// integer decodes a whole number in [lo, hi].
func (d *decoder) integer(f *fields, key string, lo, hi int) int {
	n := f.vals[key]
	if n == nil {
		return 0
	}
	s, ok := d.scalar(n, join(f.path, key))
	if !ok {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < lo || v > hi {
		d.errorf(n, join(f.path, key), "expected a whole number from %d to %d, found %q", lo, hi, s)
		return 0
	}
	return v
}

// oneOf decodes a code from a fixed set.
func (d *decoder) oneOf(f *fields, key string, set []string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	if !contains(set, s) {
		msg := fmt.Sprintf("unknown value %q; expected one of %s", s, strings.Join(set, ", "))
		if near := nearest(s, set); near != "" {
			msg = fmt.Sprintf("unknown value %q; did you mean %s?", s, near)
		}
		d.errorf(f.vals[key], join(f.path, key), "%s", msg)
		return ""
	}
	return s
}

// list calls each for every item of the list at key.
func (d *decoder) list(f *fields, key string, each func(i int, n *yaml.Node, path string)) {
	n := f.vals[key]
	if n == nil {
		return
	}
	d.listNode(n, join(f.path, key), each)
}

func (d *decoder) listNode(n *yaml.Node, path string, each func(i int, n *yaml.Node, path string)) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, path, "expected a list, found %s", kindName(n))
		return
	}
	for i, c := range n.Content {
		each(i, c, fmt.Sprintf("%s[%d]", path, i))
	}
}
