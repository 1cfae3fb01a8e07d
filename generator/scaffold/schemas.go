package scaffold

import (
	"encoding/json"
	"fmt"
	"path"

	"policysite/generator/notice"
)

// kinds are the kinds of content file, each with its schema and the
// files of the content directory it applies to.
var kinds = []struct {
	name  string
	globs []string
}{
	{"site", []string{"site.yaml"}},
	{"controller", []string{"controllers/*.yaml"}},
	{"institution", []string{"institutions/*.yaml", "archive/*/*.yaml"}},
	{"purpose", []string{"purposes/*.yaml"}},
}

// SchemaFile is the path, in the content directory, of the schema of
// the files of kind (site, controller, institution or purpose).
func SchemaFile(kind string) string { return path.Join(SchemaDir, kind+".schema.json") }

// Schemas returns one JSON Schema per kind of content file for a site in
// langs, by path in the content directory: notice.JSONSchema with its
// root made the kind's definition, so that an editor offers the fields
// of that kind of file only.
func Schemas(langs []string) (map[string][]byte, error) {
	all, err := notice.JSONSchema(langs)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, k := range kinds {
		var root map[string]any
		if err := json.Unmarshal(all, &root); err != nil {
			return nil, err
		}
		defs, _ := root["$defs"].(map[string]any)
		if defs[k.name] == nil {
			return nil, fmt.Errorf("the content schema has no definition %q", k.name)
		}
		delete(root, "anyOf")
		root["$ref"] = "#/$defs/" + k.name
		root["$id"] = "https://policysite.invalid/" + k.name + ".schema.json"
		b, err := json.MarshalIndent(root, "", "  ")
		if err != nil {
			return nil, err
		}
		out[SchemaFile(k.name)] = append(b, '\n')
	}
	return out, nil
}

// VSCodeSettings returns .vscode/settings.json for a content directory
// opened as a VS Code workspace: the Red Hat YAML extension's yaml.schemas
// maps each schema to its files (the modeline at the top of each file
// does the same in any editor with the YAML language server).
func VSCodeSettings() []byte {
	schemas := map[string][]string{}
	for _, k := range kinds {
		schemas["./"+SchemaFile(k.name)] = k.globs
	}
	b, err := json.MarshalIndent(map[string]any{
		"yaml.schemas":             schemas,
		"yaml.validate":            true,
		"yaml.completion":          true,
		"editor.insertSpaces":      true,
		"[yaml]":                   map[string]any{"editor.tabSize": 2, "editor.insertSpaces": true},
		"files.insertFinalNewline": true,
	}, "", "  ")
	if err != nil {
		panic(err) // plain maps of strings marshal
	}
	return append(b, '\n')
}
