package notice

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestTabHint(t *testing.T) {
	for _, c := range []struct {
		name, src string
		wantLine  int
		hint      bool
	}{
		{"tab before a key", "title:\n\tlv: x\n", 2, true},
		{"tab after spaces in a mapping", "a: 1\nb:\n  c: 2\n\td: 3\n", 4, true},
		{"tab in a sequence", "a:\n  - x\n\t- y\n", 3, true},
		{"other syntax error", "title: [\n", 0, false},
		{"cannot start a token without a tab", "a: [x,\n  @y]\n", 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var n yaml.Node
			err := yaml.Unmarshal([]byte(c.src), &n)
			if err == nil {
				t.Fatal("no YAML error")
			}
			line, _, msg := syntaxError(newSource([]byte(c.src)), err)
			gotLine, got := withTabHint(msg, []byte(c.src), line)
			hinted := got == msg+tabHint
			if hinted != c.hint {
				t.Fatalf("withTabHint(%q) = %q; want hint %v", msg, got, c.hint)
			}
			if !c.hint && (got != msg || gotLine != line) {
				t.Errorf("changed a message without a tab: %d %q → %d %q", line, msg, gotLine, got)
			}
			if c.hint && gotLine != c.wantLine {
				t.Errorf("line %d, want %d (%q)", gotLine, c.wantLine, got)
			}
		})
	}
}
