package scaffold

import (
	"strings"
	"testing"
)

const item = "  # a new purpose\n  - id: new\n    name: x\n"

// TestAppendPurpose adds a purpose to institution files of several
// layouts and checks the whole result, comments included.
func TestAppendPurpose(t *testing.T) {
	for _, tc := range []struct {
		name, src, want, err string
	}{
		{
			name: "last key",
			src:  "id: a\n# the purposes\npurposes:\n  - id: one # first\n    name: y\n",
			want: "id: a\n# the purposes\npurposes:\n  - id: one # first\n    name: y\n\n  # a new purpose\n  - id: new\n    name: x\n",
		},
		{
			name: "before the next key and its comments",
			src:  "purposes:\n  - id: one\n    # inside the purpose\n    name: y\n\n# about the sections\nsections: []\n",
			want: "purposes:\n  - id: one\n    # inside the purpose\n    name: y\n\n  # a new purpose\n  - id: new\n    name: x\n\n# about the sections\nsections: []\n",
		},
		{
			name: "list at column one, no final newline",
			src:  "purposes:\n- id: one\n  name: y\nexercise: z",
			want: "purposes:\n- id: one\n  name: y\n\n# a new purpose\n- id: new\n  name: x\nexercise: z\n",
		},
		{
			name: "deeper list",
			src:  "purposes:\n    - use: preset/cctv\n",
			want: "purposes:\n    - use: preset/cctv\n\n    # a new purpose\n    - id: new\n      name: x\n",
		},
		{
			name: "no purposes yet",
			src:  "id: a\n",
			want: "id: a\n\npurposes:\n" + item,
		},
		{name: "same id", src: "purposes:\n  - id: x\n  - id: new\n", err: `line 3: the institution already has a purpose "new"`},
		{name: "same preset", src: "purposes:\n  - use: preset/new\n", err: `line 2: the institution already has a purpose "new"`},
		{name: "flow list", src: "purposes: [{id: one}]\n", err: "line 1: purposes is not a list written one item per line"},
		{name: "not a mapping", src: "- a\n", err: "not an institution"},
		{name: "broken YAML", src: "a: [\n", err: "cannot read the file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := AppendPurpose([]byte(tc.src), []byte(item), "new")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
