package notice

import (
	"fmt"
	"strings"
)

// Reference returns the field reference of the content format, generated
// from the table of fields: one section per kind of file, headed by its
// path, in the form of a Go doc comment (without the comment markers).
// The package documentation of notice (doc.go) holds it; a test fails
// when it drifts from the table.
func Reference() string {
	var b strings.Builder
	for _, k := range Schema() {
		fmt.Fprintf(&b, "# %s\n\n%s\n\n", k.Path, wrap(k.Doc, "", 74))
		writeFields(&b, k.Fields, "")
		b.WriteString("\n")
	}
	return b.String()
}

// writeFields writes one entry per field, nested fields indented.
func writeFields(b *strings.Builder, fields []Field, indent string) {
	for _, f := range fields {
		fmt.Fprintf(b, "\t%s%s: %s\n", indent, f.Key, fieldSummary(f))
		if f.Doc != "" {
			for _, line := range strings.Split(wrap(f.Doc, "", 70-len(indent)), "\n") {
				fmt.Fprintf(b, "\t%s    %s\n", indent, line)
			}
		}
		switch {
		case f.Kind == KindObject:
			writeFields(b, f.Fields, indent+"  ")
		case f.Kind == KindList && f.Elem.Type == "purpose":
			// The fields of a purpose have their own section; use: is
			// only here.
			writeFields(b, []Field{field(f.Elem.Fields, "use")}, indent+"  ")
		case f.Kind == KindList && f.Elem.Kind == KindObject:
			writeFields(b, f.Elem.Fields, indent+"  ")
		}
	}
}

// fieldSummary is a field's type, tier, condition, article and default.
func fieldSummary(f Field) string {
	s := typeName(f) + " (" + f.Tier.String()
	if f.When != "" {
		s += " " + f.When
	}
	if f.Article != "" {
		s += "; " + f.Article
	}
	if f.Default != "" {
		s += "; default " + f.Default
	}
	if f.Unknown {
		s += "; or unknown"
	}
	return s + ")"
}

// typeName names the value a field holds.
func typeName(f Field) string {
	none := ""
	if f.NoneOK {
		none = "none | "
	}
	switch f.Kind {
	case KindText:
		return "Text"
	case KindMarkdown:
		return "Markdown"
	case KindString:
		return "string"
	case KindSlug:
		return "slug"
	case KindEmail:
		return "e-mail"
	case KindPhone:
		return "phone"
	case KindURL:
		return "URL"
	case KindDate:
		return "date"
	case KindRegNo:
		return "registration number"
	case KindInt:
		return fmt.Sprintf("integer %d to %d", f.Min, f.Max)
	case KindBool:
		return "true | false"
	case KindEnum:
		return strings.Join(f.Values, " | ")
	case KindContact:
		return "contact"
	case KindObject:
		return none + "mapping"
	case KindList:
		elem := typeName(*f.Elem)
		if f.Elem.Type != "" {
			elem = f.Elem.Type
		}
		return none + "[" + elem + "]"
	case KindRef:
		if f.Ref == "controllers" {
			return "slug | controller"
		}
		return "slug"
	}
	return f.Type
}

// wrap breaks s into lines of at most width characters, each prefixed.
func wrap(s, prefix string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
			lines = append(lines, prefix+line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, prefix+line), "\n")
}
