package notice

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestJSONSchemaFields checks that the schema is JSON and describes every
// field of the table, and that a text requires every site language.
func TestJSONSchemaFields(t *testing.T) {
	data, err := JSONSchema([]string{"lv", "en", "lt"})
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	for _, k := range Schema() {
		def := string(s.Defs[k.Name])
		if def == "" {
			t.Errorf("no $defs/%s", k.Name)
		}
		for _, f := range k.Fields {
			if !strings.Contains(def, strconv.Quote(f.Key)+": {") || f.Doc == "" {
				t.Errorf("%s.%s: not in the schema or without a description", k.Name, f.Key)
			}
		}
	}
	var text struct{ Required []string }
	if err := json.Unmarshal(s.Defs["text"], &text); err != nil || strings.Join(text.Required, ",") != "lv,en,lt" {
		t.Errorf("$defs/text does not require every language: %s", s.Defs["text"])
	}
	if _, err := JSONSchema(nil); err == nil {
		t.Error("JSONSchema(nil): no error")
	}
}

// toJSON converts a YAML document to the JSON value it denotes, each
// scalar by its YAML type, as an editor's YAML language server would.
func toJSON(t *testing.T, data []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		n = resolve(n)
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			l := []any{}
			for _, c := range n.Content {
				l = append(l, conv(c))
			}
			return l
		}
		switch n.Tag {
		case "!!int", "!!float":
			return json.Number(n.Value)
		case "!!bool":
			return n.Value == "true"
		case "!!null":
			return nil
		}
		return n.Value
	}
	return conv(&doc)
}

// kindOf returns the $defs name of the schema of a content file.
func kindOf(p string) string {
	switch {
	case p == "site.yaml":
		return "site"
	case strings.HasPrefix(p, "controllers/"):
		return "controller"
	case strings.HasPrefix(p, "purposes/"):
		return "purpose"
	}
	return "institution"
}

type ajvDoc struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Doc  any    `json:"doc"`
}

type ajvResult struct {
	Name   string   `json:"name"`
	Valid  bool     `json:"valid"`
	Errors []string `json:"errors"`
}

// ajv validates docs against the schema for langs with the ajv module
// of npm, skipping the test when node or the module is not installed
// (.ci/run installs them: need_node_modules in .ci/lib.sh).
func ajv(t *testing.T, langs []string, docs []ajvDoc) map[string]ajvResult {
	t.Helper()
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
			t.Skipf("%s is not installed in %s (run .ci/run, or npm install --prefix %s ajv@8 ajv-formats@3)", m, modules, tools)
		}
	}
	dir := t.TempDir()
	schema, err := JSONSchema(langs)
	if err != nil {
		t.Fatal(err)
	}
	docsJSON, err := json.Marshal(docs)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"schema.json": schema, "docs.json": docsJSON} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(node, filepath.Join("testdata", "ajv-validate.js"), filepath.Join(dir, "schema.json"), filepath.Join(dir, "docs.json"))
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	out, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("ajv: %v\n%s", err, stderr)
	}
	var results []ajvResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("ajv output: %v\n%s", err, out)
	}
	byName := map[string]ajvResult{}
	for _, r := range results {
		byName[r.Name] = r
	}
	return byName
}

// TestJSONSchemaAjv validates content with a real JSON Schema validator:
// every file of the example content passes, and the bad files of
// schemaBadCases, which the loader refuses, are refused by the schema too.
func TestJSONSchemaAjv(t *testing.T) {
	var docs []ajvDoc
	root := filepath.Join("..", "..", "content")
	err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(p) != ".yaml" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		docs = append(docs, ajvDoc{Name: "content/" + rel, Kind: kindOf(rel), Doc: toJSON(t, data)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	good := len(docs)
	if good < 8 {
		t.Fatalf("found %d example files", good)
	}
	// The base tree of load_test.go passes too.
	for p, data := range base() {
		docs = append(docs, ajvDoc{Name: "base/" + p, Kind: kindOf(p), Doc: toJSON(t, []byte(data))})
	}
	for _, bc := range schemaBadCases() {
		files := base()
		if !strings.Contains(files[bc.file], bc.old) {
			t.Fatalf("%s: %q not in %s", bc.name, bc.old, bc.file)
		}
		files[bc.file] = strings.Replace(files[bc.file], bc.old, bc.new, 1)
		// A missing mandatory fact makes a draft, not an error (issue 11):
		// the schema flags it as the loader's gap report does.
		if err := loadMap(t, files); err == nil && len(gapsOf(t, files)) == 0 {
			t.Errorf("%s: the loader accepts it, without a gap", bc.name)
		}
		docs = append(docs, ajvDoc{Name: "bad/" + bc.name, Kind: kindOf(bc.file), Doc: toJSON(t, []byte(files[bc.file]))})
	}
	res := ajv(t, []string{"lv", "en"}, docs)
	for _, d := range docs {
		r, ok := res[d.Name]
		switch {
		case !ok:
			t.Errorf("%s: no result from ajv", d.Name)
		case strings.HasPrefix(d.Name, "bad/") && r.Valid:
			t.Errorf("%s: the schema accepts it", d.Name)
		case strings.HasPrefix(d.Name, "bad/"):
			t.Logf("%s: %s", d.Name, r.Errors[0])
		case !strings.HasPrefix(d.Name, "bad/") && !r.Valid:
			t.Errorf("%s: the schema refuses it:\n%s", d.Name, strings.Join(r.Errors, "\n"))
		}
	}
	t.Logf("ajv: %d example files and %d base files valid, %d bad files refused", good, len(base()), len(schemaBadCases()))
}

type badCase struct{ name, file, old, new string }

// schemaBadCases are changes to base() that the loader refuses and the
// schema can express. What it cannot is listed in jsonschema_rules.go.
func schemaBadCases() []badCase {
	const inst, cctv, site = "institutions/saimite.yaml", "purposes/cctv.yaml", "site.yaml"
	return []badCase{
		{"unknown key", inst, "    retention:\n      period: 10", "    retension:\n      period: 10"},
		{"wrong type", inst, "phone: \"67914602\"", "phone: [1, 2]"},
		{"plain string for text", inst, "name: {lv: PII \"Saimīte\", en: Preschool \"Saimīte\"}", "name: Saimīte"},
		{"missing required", inst, "address: Rīgas iela 7, Babītes pagasts, LV-2107\n", ""},
		{"missing translation", inst, "{lv: Izglītojamie, en: Pupils}", "{lv: Izglītojamie}"},
		{"empty translation", inst, "{lv: Izglītojamie, en: Pupils}", "{lv: Izglītojamie, en: \"\"}"},
		{"unknown language", inst, "{lv: Izglītojamie, en: Pupils}", "{lv: Izglītojamie, en: Pupils, ru: Ученики}"},
		{"legitimate interests needed", cctv, "legitimate_interests: {lv: Īpašuma aizsardzība, en: Protecting property}\n", ""},
		{"interests without the basis", inst, "    data_from: both", "    legitimate_interests: {lv: Drošība, en: Safety}\n    data_from: both"},
		{"transfer needs safeguard", inst, "  transfers: none", "  transfers:\n    - to: {lv: ASV, en: USA}"},
		{"transfers empty", inst, "  transfers: none", "  transfers: []"},
		{"special categories need condition", inst, "    data_from: both", "    special_categories:\n      data: {lv: Veselība, en: Health}\n    data_from: both"},
		{"bad art 9 condition", inst, "    data_from: both", "    special_categories:\n      data: {lv: Veselība, en: Health}\n      condition: 9(2)(k)\n    data_from: both"},
		{"source needed", inst, "    sources: {lv: VIIS, en: State Education Information System}\n", ""},
		{"video needs areas", cctv, "video:\n  areas:\n    - {lv: Ieeja, en: Entrance}\n", "video: {phone: \"67914602\"}\n"},
		{"video areas empty", cctv, "  areas:\n    - {lv: Ieeja, en: Entrance}\n", "  areas: []\n"},
		{"video needs retention period", cctv, "retention: {period: 14, unit: days}", "retention: {criteria: {lv: Kamēr vajag, en: While needed}}"},
		{"retention period without unit", cctv, "retention: {period: 14, unit: days}", "retention: {period: 14}"},
		{"retention period out of range", cctv, "period: 14", "period: 0"},
		{"consequence needed", inst, "      consequence: {lv: Nevar uzņemt, en: Cannot be admitted}\n", ""},
		{"unknown basis", cctv, "basis: legitimate-interests", "basis: legitimate-interest"},
		{"no legal basis", inst, "    legal_basis:\n      - basis: legal-obligation\n        laws:\n          - {lv: Izglītības likums, en: Education Law}\n", "    legal_basis: []\n"},
		{"placeholder braces", inst, "{lv: Pārziņa darbinieki,", "{lv: \"{vārds, uzvārds}\","},
		{"placeholder TODO", inst, "en: The controller's staff}", "en: TODO}"},
		{"placeholder ellipsis", inst, "en: Cannot be admitted}", "en: Cannot be…}"},
		{"bidi control", inst, "en: Pupils}", "en: \"Pu\\u202Epils\"}"},
		{"bad email", inst, "email: saimitespii@babite.lv", "email: saimitespii(at)babite.lv"},
		{"bad phone", inst, "phone: \"67914602\"", "phone: \"tālr. 679\""},
		{"too few digits", inst, "phone: \"67914602\"", "phone: \"6791460\""},
		{"bad url", site, "base_url: https://privatums.example.lv/", "base_url: privatums.example.lv"},
		{"bad date", inst, "effective: 2026-11-20", "effective: 20.11.2026"},
		{"date before 1990", inst, "effective: 2026-11-20", "effective: 1989-12-31"},
		{"bad slug", inst, "id: saimite", "id: Saimīte"},
		{"bad reg no", "controllers/babite.yaml", "reg_no: \"90000028870\"", "reg_no: \"LV9000\""},
		{"public body needs dpo", inst, "dpo:\n  email: dpo@babite.lv\n", ""},
		{"private without contact", inst, "dpo:\n  email: dpo@babite.lv\n", "public: false\n"},
		{"contact without e-mail or phone", inst, "dpo:\n  email: dpo@babite.lv\n", "dpo:\n  name: Jānis\n"},
		{"default language not listed", site, "default_language: lv", "default_language: de"},
		{"bad language code", site, "languages: [lv, en]", "languages: [lv, english]"},
		{"bad accessibility status", site, "status: partial", "status: partly"},
	}
}
