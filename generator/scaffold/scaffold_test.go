package scaffold

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"policysite/generator/notice"
	"policysite/generator/presets"
)

var modeline = regexp.MustCompile(`\A# yaml-language-server: \$schema=(\S+)\n`)

// TestSiteEditorWiring: every content file of a new site starts with a
// modeline naming a schema that init writes, the VS Code settings map
// every schema to files, and each schema's root is its kind.
func TestSiteEditorWiring(t *testing.T) {
	files, err := Site("2026-01-02")
	if err != nil {
		t.Fatal(err)
	}
	for p, b := range files {
		if !strings.HasSuffix(p, ".yaml") {
			continue
		}
		m := modeline.FindSubmatch(b)
		if m == nil {
			t.Errorf("%s: no modeline", p)
			continue
		}
		if files[path.Join(path.Dir(p), string(m[1]))] == nil {
			t.Errorf("%s: modeline names %s, which init does not write", p, m[1])
		}
	}
	var settings struct {
		Schemas map[string][]string `json:"yaml.schemas"`
	}
	if err := json.Unmarshal(files[".vscode/settings.json"], &settings); err != nil {
		t.Fatal(err)
	}
	if len(settings.Schemas) != 4 {
		t.Errorf("yaml.schemas maps %d schemas, want 4", len(settings.Schemas))
	}
	for s, globs := range settings.Schemas {
		var root struct {
			Ref string `json:"$ref"`
		}
		if err := json.Unmarshal(files[strings.TrimPrefix(s, "./")], &root); err != nil {
			t.Errorf("%s: %v", s, err)
			continue
		}
		kind := strings.TrimSuffix(path.Base(s), ".schema.json")
		if root.Ref != "#/$defs/"+kind || len(globs) == 0 {
			t.Errorf("%s: root %q for %v", s, root.Ref, globs)
		}
	}
}

// TestSkeletonsLoad loads a new site with a use of every preset and a
// blank purpose added: the example checks clean, and each problem of
// the skeletons is at a line that holds TODO.
func TestSkeletonsLoad(t *testing.T) {
	files, err := Site("2026-01-02")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for p, b := range files {
		fsys[p] = &fstest.MapFile{Data: b}
	}
	opts := notice.Options{Presets: presets.FS()}
	if _, err := opts.LoadFS(fsys, ""); err != nil {
		t.Fatalf("the new site does not load clean: %v", err)
	}
	inst := "institutions/parauga-skola.yaml"
	src := files[inst]
	list, err := presets.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		item, err := PresetPurpose("my-"+p.ID, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if src, err = AppendPurpose(src, item, "my-"+p.ID); err != nil {
			t.Fatal(err)
		}
	}
	item, err := Purpose("blank")
	if err != nil {
		t.Fatal(err)
	}
	if src, err = AppendPurpose(src, item, "blank"); err != nil {
		t.Fatal(err)
	}
	b, err := Institution("new-one", "parauga-pasvaldiba", "../"+SchemaDir+"/")
	if err != nil {
		t.Fatal(err)
	}
	shared, err := SharedPurpose("shared", "")
	if err != nil {
		t.Fatal(err)
	}
	fsys[inst] = &fstest.MapFile{Data: src}
	fsys["institutions/new-one.yaml"] = &fstest.MapFile{Data: b}
	fsys["purposes/shared.yaml"] = &fstest.MapFile{Data: shared}
	_, err = opts.LoadFS(fsys, "")
	var list2 notice.ErrorList
	if !errors.As(err, &list2) {
		t.Fatalf("skeletons with TODO load without problems: %v", err)
	}
	seen := map[string]bool{}
	for _, e := range list2 {
		seen[e.Pos.File] = true
		lines := strings.Split(string(fsys[e.Pos.File].Data), "\n")
		// A rule on the whole purpose that a TODO breaks (a video purpose
		// needs a period) is reported at the purpose.
		if e.Pos.Line < 1 || !strings.Contains(lines[e.Pos.Line-1], Mark) && !strings.Contains(lines[e.Pos.Line-1], "- use: preset/") {
			t.Errorf("a problem not at a TODO: %v", e.Error())
		}
	}
	for _, f := range []string{inst, "institutions/new-one.yaml", "purposes/shared.yaml"} {
		if !seen[f] {
			t.Errorf("%s: no TODO reported", f)
		}
	}
}

// TestSharedFromPreset: a shared purpose copied from a preset keeps its
// facts under its own id, and lacks only what the preset leaves out.
func TestSharedFromPreset(t *testing.T) {
	b, err := SharedPurpose("video", "cctv")
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		ID   string
		Name map[string]string
	}
	if err := yaml.Unmarshal(b, &p); err != nil || p.ID != "video" || p.Name["lv"] != "Videonovērošana" {
		t.Errorf("copy of cctv: %+v, %v", p, err)
	}
	if _, err := SharedPurpose("x", "nope"); err == nil || !strings.Contains(err.Error(), `no preset "nope"; the presets are accounting, cctv`) {
		t.Errorf("unknown preset: %v", err)
	}
}

// TestSchemasAjv validates the files of a new site against the schemas
// init writes for them, with ajv, as an editor would (skipped without
// node and ajv; .ci/run installs them).
func TestSchemasAjv(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	tools := os.Getenv("POLICYSITE_CI_TOOLS")
	if tools == "" {
		tools = "/tmp/policysite-ci"
	}
	modules := filepath.Join(tools, "node_modules")
	for _, m := range []string{"ajv", "ajv-formats"} {
		if _, err := os.Stat(filepath.Join(modules, m, "package.json")); err != nil {
			t.Skipf("%s is not installed in %s", m, modules)
		}
	}
	files, err := Site("2026-01-02")
	if err != nil {
		t.Fatal(err)
	}
	withPreset := strings.Replace(string(files["institutions/parauga-skola.yaml"]), "purposes:\n", "purposes:\n  - use: preset/cctv\n    id: video\n", 1)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, schema string
		doc          []byte
		valid        bool
	}{
		{"site.yaml", "site", files["site.yaml"], true},
		{"controller", "controller", files["controllers/parauga-pasvaldiba.yaml"], true},
		{"institution", "institution", files["institutions/parauga-skola.yaml"], true},
		{"institution using a preset", "institution", []byte(withPreset), true},
		{"a controller is not a site", "site", files["controllers/parauga-pasvaldiba.yaml"], false},
	} {
		var v any
		if err := yaml.Unmarshal(tc.doc, &v); err != nil {
			t.Fatal(err)
		}
		doc, err := json.Marshal(jsonable(v))
		if err != nil {
			t.Fatal(err)
		}
		schema := filepath.Join(dir, tc.schema+".json")
		docFile := filepath.Join(dir, "doc.json")
		os.WriteFile(schema, files[SchemaFile(tc.schema)], 0o644)
		os.WriteFile(docFile, doc, 0o644)
		cmd := exec.Command(node, filepath.Join("testdata", "ajv-validate.js"), schema, docFile)
		cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: ajv: %v", tc.name, err)
		}
		if got := string(out) == "valid"; got != tc.valid {
			t.Errorf("%s: valid %v, want %v: %s", tc.name, got, tc.valid, out)
		}
	}
}

// jsonable turns what yaml.Unmarshal gives into what JSON can hold, as
// the YAML language server sees it: dates stay strings.
func jsonable(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = jsonable(x)
		}
	case []any:
		for i, x := range v {
			v[i] = jsonable(x)
		}
	case interface{ Format(string) string }:
		return v.Format("2006-01-02")
	case int:
		return json.Number(strconv.Itoa(v))
	}
	return v
}
