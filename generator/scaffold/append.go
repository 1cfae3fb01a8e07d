package scaffold

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// AppendPurpose returns the institution file src with item, a purpose
// as an item of a purposes list indented by two spaces, added at the end
// of its purposes list. The file is edited as text, so that its comments
// and layout are kept: the item goes before the next top-level key (and
// the comments above it), re-indented to the list's own indentation. A
// purpose with the same id, a flow-style list, or a file that is not a
// mapping is refused.
func AppendPurpose(src, item []byte, id string) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("not an institution: the file is not a mapping of fields")
	}
	root := doc.Content[0]
	lines := strings.SplitAfter(string(src), "\n")
	if n := len(lines); lines[n-1] == "" {
		lines = lines[:n-1]
	}
	if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1], "\n") {
		lines[n-1] += "\n"
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "purposes" {
			continue
		}
		seq := root.Content[i+1]
		if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 {
			return nil, fmt.Errorf("line %d: purposes is not a list written one item per line (- id: …): add the purpose by hand", seq.Line)
		}
		for _, p := range seq.Content {
			if purposeID(p) == id {
				return nil, fmt.Errorf("line %d: the institution already has a purpose %q", p.Line, id)
			}
		}
		at := len(lines) // the line index to insert at
		if i+2 < len(root.Content) {
			at = root.Content[i+2].Line - 1
			for at > 0 && (strings.TrimSpace(lines[at-1]) == "" || strings.HasPrefix(lines[at-1], "#")) {
				at--
			}
		}
		// The dash of an item stands two columns before its first key; the
		// template's dash is at column 3.
		shifted := indent(string(item), seq.Content[0].Column-5)
		out := append(append(append([]string{}, lines[:at]...), "\n"+shifted), lines[at:]...)
		return []byte(strings.Join(out, "")), nil
	}
	return []byte(strings.Join(lines, "") + "\npurposes:\n" + string(item)), nil
}

// purposeID is the id of a purpose item, or the id it uses.
func purposeID(n *yaml.Node) string {
	use := ""
	for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
		switch n.Content[i].Value {
		case "id":
			return n.Content[i+1].Value
		case "use":
			use = strings.TrimPrefix(n.Content[i+1].Value, "preset/")
		}
	}
	return use
}

// indent shifts every non-blank line of s by by columns (left when by is
// negative; s is indented by at least -by).
func indent(s string, by int) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		switch {
		case strings.TrimSpace(l) == "":
		case by > 0:
			l = strings.Repeat(" ", by) + l
		case by < 0:
			l = l[-by:]
		}
		b.WriteString(l)
	}
	return b.String()
}
