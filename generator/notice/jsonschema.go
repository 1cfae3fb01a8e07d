package notice

import (
	"encoding/json"
	"fmt"
	"strings"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of the content
// files of a site in langs, generated from the table of fields: every
// field with its description, tier and article, codes as enums, texts as
// objects requiring every language, patterns for ids, dates, e-mail
// addresses and phone numbers, and the conditional rules a schema can
// state. Its $defs site, controller, institution and purpose are the
// schemas of the four kinds of file (an archived version is an
// institution); the root accepts any of them.
//
// A YAML file is checked by converting it to JSON; the rules of the
// loader that need more than one file (references, duplicate ids), the
// catalog, the PDF fonts or a whole-text scan a regular expression
// cannot make (the repealed law's name in any letter case) are the
// loader's alone.
func JSONSchema(langs []string) ([]byte, error) {
	if len(langs) == 0 {
		return nil, fmt.Errorf("JSONSchema: no languages")
	}
	g := schemaGen{langs: langs}
	defs := map[string]any{
		"line":     g.line(),
		"text":     g.text(false),
		"markdown": g.text(true),
		"contact":  g.contact(),
		"unknown": map[string]any{"type": "object", "required": []string{"unknown"}, "additionalProperties": false,
			"description": "Not stated: the source does not give this fact. Write what to ask and whom; the notice is a draft until it is answered.",
			"properties": map[string]any{"unknown": map[string]any{"anyOf": []any{
				map[string]any{"type": "string", "minLength": 1},
				map[string]any{"$ref": "#/$defs/text"},
			}}}},
	}
	var kinds []any
	for _, k := range Schema() {
		s := g.object(k.Fields)
		s["title"] = k.Path
		s["description"] = k.Doc
		switch k.Name {
		case "institution":
			addAllOf(s, institutionRules())
		case "purpose":
			addAllOf(s, purposeRules())
		}
		defs[k.Name] = s
		kinds = append(kinds, map[string]any{"$ref": "#/$defs/" + k.Name})
	}
	root := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://policysite.invalid/content.schema.json",
		"title":       "policysite content (" + strings.Join(langs, ", ") + ")",
		"description": "A file of a policysite content tree: site.yaml, controllers/*.yaml, institutions/*.yaml, archive/<id>/<date>.yaml or purposes/*.yaml. Generated from the table of fields in generator/notice.",
		"anyOf":       kinds,
		"$defs":       defs,
	}
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// Patterns of the values, as the decoder checks them (decode.go).
const (
	slugPattern  = `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`
	phonePattern = `^(?=(?:[^0-9]*[0-9]){8,15}[^0-9]*$)\+?[0-9][0-9 ()-]*[0-9]$`
	emailPattern = `^[^\s<>@]+@[^\s<>@]+\.[^\s<>@.]+$`
	urlPattern   = `^https?://[^\s/?#]+[^\s]*$`
	datePattern  = `^(199[0-9]|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`
	regNoPattern = `^[0-9]{6,20}$`
	langPattern  = `^[a-z]{2,3}$`
	// refusedChars are the characters checkChars refuses (chars.go).
	refusedChars = `[\x00-\x08\x0B-\x1F\x7F-\x9F\x{061C}\x{200B}-\x{200F}\x{202A}-\x{202E}\x{2060}\x{2066}-\x{2069}\x{FEFF}]`
	// placeholderPattern is placeholderRE (decode.go).
	placeholderPattern = `\{[^{}]*\}|\b(TODO|XXX|TBD|FIXME)\b|…|\.\.\.`
)

// jsRegexp writes refusedChars in the syntax of ECMAScript, which JSON
// Schema's patterns use.
func jsRegexp(s string) string {
	r := strings.NewReplacer(`\x{`, `\u`, `}`, ``, `\x00`, `\u0000`, `\x08`, `\u0008`, `\x0B`, `\u000B`, `\x1F`, `\u001F`, `\x7F`, `\u007F`, `\x9F`, `\u009F`)
	return r.Replace(s)
}

// schemaGen makes the JSON Schema of the fields for a site's languages.
type schemaGen struct{ langs []string }

// line is a non-empty line of text as the decoder checks every string.
func (g schemaGen) line() map[string]any {
	return map[string]any{
		"type":    "string",
		"pattern": `\S`,
		"not": map[string]any{"anyOf": []any{
			map[string]any{"pattern": jsRegexp(refusedChars)},
			map[string]any{"pattern": placeholderPattern},
		}},
		"description": "Not empty; no placeholders ({…}, TODO, XXX, TBD, FIXME, an ellipsis), no bidirectional, zero-width or control characters but tab and line break.",
	}
}

// text is a text in every site language.
func (g schemaGen) text(markdown bool) map[string]any {
	props := map[string]any{}
	for _, l := range g.langs {
		props[l] = map[string]any{"$ref": "#/$defs/line"}
	}
	d := "Text in every site language: " + strings.Join(g.langs, ", ") + "."
	if markdown {
		d = "Markdown (CommonMark, no raw HTML) in every site language: " + strings.Join(g.langs, ", ") + "."
	}
	return map[string]any{"type": "object", "properties": props, "required": g.langs, "additionalProperties": false, "description": d}
}

func (g schemaGen) contact() map[string]any {
	s := g.object(contactFields())
	s["description"] = "A contact: an e-mail address, a phone or both."
	s["anyOf"] = []any{map[string]any{"required": []string{"email"}}, map[string]any{"required": []string{"phone"}}}
	return s
}

// object is the schema of a mapping of fields.
func (g schemaGen) object(fields []Field) map[string]any {
	props := map[string]any{}
	for _, f := range fields {
		props[f.Key] = g.field(f)
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	// A purpose of an institution may be a use: of a shared purpose,
	// which requires nothing more (institutionRules).
	if req := requiredKeys(fields); len(req) > 0 && !contains(keys(fields), "use") {
		s["required"] = req
	}
	return s
}

// field is the schema of one field with its description.
func (g schemaGen) field(f Field) map[string]any {
	s := g.value(f)
	if f.Unknown {
		s = map[string]any{"anyOf": []any{s, map[string]any{"$ref": "#/$defs/unknown"}}}
	}
	if f.Doc != "" {
		s["description"] = describe(f)
	}
	if f.Default != "" {
		switch f.Kind {
		case KindBool:
			s["default"] = f.Default == "true"
		default:
			s["default"] = f.Default
		}
	}
	return s
}

// describe is a field's description with its tier and article.
func describe(f Field) string {
	d := f.Doc + " (" + f.Tier.String()
	if f.When != "" {
		d += " " + f.When
	}
	if f.Article != "" {
		d += "; " + f.Article
	}
	if f.Unknown {
		d += "; may be {unknown: what to ask and whom}"
	}
	return d + ")"
}

func (g schemaGen) value(f Field) map[string]any {
	str := func(pattern string) map[string]any {
		return map[string]any{"allOf": []any{map[string]any{"$ref": "#/$defs/line"}, map[string]any{"type": "string", "pattern": pattern}}}
	}
	switch f.Kind {
	case KindText:
		return map[string]any{"$ref": "#/$defs/text"}
	case KindMarkdown:
		return map[string]any{"$ref": "#/$defs/markdown"}
	case KindString:
		return map[string]any{"$ref": "#/$defs/line"}
	case KindSlug:
		s := str(slugPattern)
		s["maxLength"] = 64
		return s
	case KindEmail:
		return str(emailPattern)
	case KindPhone:
		return str(phonePattern)
	case KindURL:
		return str(urlPattern)
	case KindDate:
		return str(datePattern)
	case KindRegNo:
		return str(regNoPattern)
	case KindInt:
		return map[string]any{"type": "integer", "minimum": f.Min, "maximum": f.Max}
	case KindBool:
		return map[string]any{"type": "boolean"}
	case KindEnum:
		return map[string]any{"enum": f.Values}
	case KindContact:
		return map[string]any{"$ref": "#/$defs/contact"}
	case KindObject:
		s := g.object(f.Fields)
		if r := objectRules(f.Key); r != nil {
			addAllOf(s, r)
		}
		if f.NoneOK {
			return map[string]any{"anyOf": []any{map[string]any{"const": "none"}, s}}
		}
		return s
	case KindList:
		s := map[string]any{"type": "array", "items": g.value(*f.Elem)}
		if f.Tier <= Mandatory || f.NoneOK {
			s["minItems"] = 1
		}
		if f.NoneOK {
			return map[string]any{"anyOf": []any{map[string]any{"const": "none"}, s}}
		}
		return s
	case KindRef:
		id := str(slugPattern)
		if f.Ref == "controllers" {
			return map[string]any{"anyOf": []any{id, g.object(f.Fields)}}
		}
		// A purpose may use a shared purpose or a built-in preset.
		return map[string]any{"anyOf": []any{id, str("^" + PresetPrefix + slugPattern[1:])}}
	case KindCustom:
		return f.Schema(g.langs)
	}
	panic("notice: no schema for kind " + fmt.Sprint(f.Kind))
}

func addAllOf(s map[string]any, rules []any) {
	all, _ := s["allOf"].([]any)
	s["allOf"] = append(all, rules...)
}

func languagesSchema(langs []string) map[string]any {
	return map[string]any{"type": "array", "minItems": 1, "uniqueItems": true,
		"items": map[string]any{"type": "string", "pattern": langPattern}}
}

func defaultLanguageSchema(langs []string) map[string]any {
	return map[string]any{"enum": langs}
}

func catalogSchema(langs []string) map[string]any {
	props := map[string]any{}
	for _, l := range langs {
		props[l] = map[string]any{"$ref": "#/$defs/line"}
	}
	return map[string]any{"type": "object", "additionalProperties": map[string]any{
		"type": "object", "properties": props, "additionalProperties": false, "minProperties": 1,
	}}
}

func conditionSchema(langs []string) map[string]any {
	return map[string]any{"type": "string", "pattern": `^9\(2\)\([a-j]\)$`}
}
