package notice

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

// Limits on a content file, so that a hostile file fails fast in small
// memory. MaxNodes is well above what a real file of MaxFileSize bytes
// holds (about 60 000 nodes for an institution of 1 MiB, see
// TestLargeFileLoads); it bounds the work aliases can ask for.
const (
	MaxFileSize = 1 << 20 // bytes
	MaxNodes    = 200000  // YAML nodes, aliases expanded
	MaxDepth    = 100     // nesting of YAML collections
)

// parseFile checks and parses one YAML file into its document's root
// node, with every scalar normalised to NFC. It reports problems to errs
// and returns nil when the file cannot be used.
func parseFile(name string, data []byte, errs *ErrorList) *yaml.Node {
	if len(data) > MaxFileSize {
		errs.Add(Pos{File: name}, "", fmt.Sprintf("file is %d bytes; the limit is %d", len(data), MaxFileSize))
		return nil
	}
	src := newSource(data)
	if !utf8.Valid(data) {
		line, col := src.pos(invalidUTF8(data))
		errs.Add(Pos{name, line, col}, "", "invalid UTF-8")
		return nil
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			errs.Add(Pos{File: name}, "", "file is empty")
			return nil
		}
		line, col, msg := syntaxError(src, err)
		if l, m := withTabHint(msg, data, line); l != line || m != msg {
			line, col, msg = l, 1, m
		}
		errs.Add(Pos{name, line, col}, "", msg)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		line, col := max(extra.Line, 1), max(extra.Column, 1)
		errs.Add(Pos{name, line, col}, "", "a file holds one YAML document; found a second")
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		errs.Add(Pos{File: name}, "", "file is empty")
		return nil
	}
	root := doc.Content[0]
	if !checkNodes(name, root, errs) {
		return nil
	}
	return root
}

// checkNodes walks the nodes of a file as written, without following
// aliases: it refuses explicit tags, nesting deeper than MaxDepth and
// more than MaxNodes nodes, normalises scalars to NFC, and, when the file
// has aliases, refuses them expanding to more than MaxNodes nodes.
func checkNodes(name string, root *yaml.Node, errs *ErrorList) bool {
	ok, aliases, count := true, false, 0
	var walk func(n *yaml.Node, depth int) bool
	walk = func(n *yaml.Node, depth int) bool {
		count++
		if count > MaxNodes {
			errs.Add(Pos{name, n.Line, n.Column}, "", fmt.Sprintf("file has more than %d YAML nodes; split it", MaxNodes))
			return false
		}
		if depth > MaxDepth {
			errs.Add(Pos{name, n.Line, n.Column}, "", fmt.Sprintf("YAML nesting is deeper than %d levels", MaxDepth))
			return false
		}
		if n.Style&yaml.TaggedStyle != 0 {
			errs.Add(Pos{name, n.Line, n.Column}, "", fmt.Sprintf("YAML tag %s is not allowed in content: remove it and write the value itself", n.Tag))
			ok = false
		}
		switch n.Kind {
		case yaml.AliasNode:
			aliases = true
		case yaml.ScalarNode:
			if !norm.NFC.IsNormalString(n.Value) {
				n.Value = norm.NFC.String(n.Value)
			}
		}
		for _, c := range n.Content {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	if !walk(root, 0) {
		return false
	}
	if aliases {
		switch n, at, deep := countNodes(root, MaxNodes); {
		case deep:
			errs.Add(Pos{name, at.Line, at.Column}, "", fmt.Sprintf("YAML aliases nest deeper than %d levels: is an alias inside its own anchor?", MaxDepth))
			return false
		case n > MaxNodes:
			errs.Add(Pos{name, at.Line, at.Column}, "", fmt.Sprintf("YAML aliases expand to more than %d nodes", MaxNodes))
			return false
		}
	}
	return ok
}

// countNodes counts the nodes of n with aliases expanded, stopping as soon
// as the count passes limit or the nesting MaxDepth. It returns the count,
// the node where the walk stopped and whether it stopped for the depth.
func countNodes(n *yaml.Node, limit int) (count int, last *yaml.Node, deep bool) {
	var walk func(n *yaml.Node, depth int) bool
	walk = func(n *yaml.Node, depth int) bool {
		count++
		last = n
		if count > limit {
			return false
		}
		if depth > MaxDepth {
			deep = true
			return false
		}
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			return walk(n.Alias, depth+1)
		}
		for _, c := range n.Content {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	walk(n, 0)
	return count, last, deep
}

var (
	yamlLine      = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	unknownAnchor = regexp.MustCompile(`^yaml: unknown anchor '(.*)' referenced$`)
)

// syntaxError returns the position and message of a YAML syntax error.
// yaml.v3 gives a line for most errors and none for some; for those the
// position is found in the file.
func syntaxError(src *source, err error) (line, col int, msg string) {
	text := err.Error()
	if m := yamlLine.FindStringSubmatch(text); m != nil {
		line, _ := strconv.Atoi(m[1])
		if strings.HasPrefix(m[2], "did not find expected") {
			// yaml.v3 reports these at its parser's context mark, which
			// counts lines from 0.
			line++
		}
		return line, 1, "YAML syntax: " + m[2]
	}
	if strings.HasSuffix(text, "control characters are not allowed") {
		if off, r := forbiddenChar(src.data); off >= 0 {
			line, col := src.pos(off)
			return line, col, fmt.Sprintf("YAML syntax: control character %s is not allowed", runeName(r))
		}
	}
	if m := unknownAnchor.FindStringSubmatch(text); m != nil {
		if off := aliasAt(src.data, m[1]); off >= 0 {
			line, col := src.pos(off)
			return line, col, fmt.Sprintf("YAML syntax: alias *%s refers to no anchor &%s defined before it", m[1], m[1])
		}
	}
	// yaml.v3 gives no line for errors on the first line.
	return 1, 1, "YAML syntax: " + strings.TrimPrefix(text, "yaml: ")
}

// forbiddenChar returns the offset and value of the first character YAML
// does not allow in a stream, or -1.
func forbiddenChar(data []byte) (int, rune) {
	for i, r := range string(data) {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		case r >= 0x20 && r <= 0x7E, r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000:
		default:
			return i, r
		}
	}
	return -1, 0
}

// aliasAt returns the offset of the first alias *name in data, or -1.
func aliasAt(data []byte, name string) int {
	tok := []byte("*" + name)
	for from := 0; ; {
		i := bytes.Index(data[from:], tok)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(tok)
		before := i == 0 || strings.IndexByte(" \t\r\n[{,:-", data[i-1]) >= 0
		after := end == len(data) || strings.IndexByte(" \t\r\n]},", data[end]) >= 0
		if before && after {
			return i
		}
		from = i + 1
	}
}

// invalidUTF8 returns the offset of the first invalid byte.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
