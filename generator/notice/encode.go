package notice

import (
	"bytes"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Marshal writes an institution as a self-contained YAML document in the
// content format: the controller inline and every purpose in full, with
// shared purposes resolved, and its defaults as the content gave them
// (a purpose's fields taken from them are left to them). It is the form of an archived
// version, which must not change when current content changes. langs
// orders the texts.
func Marshal(in *Institution, langs []string) ([]byte, error) {
	head := "# An earlier version of the privacy notice of " + in.ID + ", effective " + in.Document.Effective.String() + ".\n" +
		"# Written by policysite archive: self-contained, so that it never changes with current content.\n"
	return Encoder{Langs: langs}.encode(head, institutionFields(), in)
}

// Encoder writes model values as content files, field by field as the
// table of fields (Schema) defines them, so that every field the decoder
// reads is written. The zero value writes every institution
// self-contained; Refs and Shared write it as an author would.
type Encoder struct {
	Langs []string // the site languages, in the order texts are written
	// Refs writes a controller that is not written in the institution's
	// own file (Controller.File differs from Institution.File) as its id.
	Refs bool
	// Shared are the shared purposes: a purpose whose Shared names one of
	// them is written as use: with the fields that differ from it.
	Shared []*Purpose
}

// Site writes site.yaml.
func (e Encoder) Site(s *Site) ([]byte, error) { return e.encode("", siteFields(), s) }

// Controller writes a file of controllers/.
func (e Encoder) Controller(c *Controller) ([]byte, error) {
	return e.encode("", controllerFields(), c)
}

// Purpose writes a shared purpose: a file of purposes/. A field that
// the institutions' defaults may give and that the purpose's own file
// does not (by p.At, when it was loaded) is left to them.
func (e Encoder) Purpose(p *Purpose) ([]byte, error) {
	var skip []string
	if p.At != nil {
		for _, fl := range institutionDefaults() {
			if _, given := p.At[fl.Key]; !given {
				skip = append(skip, fl.Key)
			}
		}
	}
	root := e.fields(purposeFields(), reflect.ValueOf(p).Elem(), skip...)
	return e.yaml("", root)
}

// Institution writes a file of institutions/.
func (e Encoder) Institution(in *Institution) ([]byte, error) {
	return e.encode("", institutionFields(), in)
}

func (e Encoder) encode(head string, spec []Field, v any) ([]byte, error) {
	return e.yaml(head, e.fields(spec, reflect.ValueOf(v).Elem()))
}

// yaml writes the mapping root after the comment head.
func (e Encoder) yaml(head string, root *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(head)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fields writes the struct v as a mapping of the fields of spec, leaving
// out those absent or at their default and the keys of skip.
func (e Encoder) fields(spec []Field, v reflect.Value, skip ...string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, fl := range spec {
		if fl.Go == "" || slices.Contains(skip, fl.Key) {
			continue
		}
		if c := e.value(fl, v.FieldByName(fl.Go), v); c != nil {
			n.Content = append(n.Content, scalar(fl.Key), c)
		}
	}
	return n
}

// value writes the value v of the field fl of the struct parent, or
// returns nil to leave the field out.
func (e Encoder) value(fl Field, v, parent reflect.Value) *yaml.Node {
	if g := unknownOf(fl, parent); g != nil {
		// Not stated: {unknown: question}, or nothing when it was absent.
		if g.Ask == "" {
			return nil
		}
		if g.AskText != nil {
			return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("unknown"), e.text(g.AskText)}}
		}
		return &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle, Content: []*yaml.Node{scalar("unknown"), str(g.Ask)}}
	}
	switch fl.Kind {
	case KindText, KindMarkdown:
		return e.text(v.Interface().(Text))
	case KindString, KindSlug, KindEmail, KindPhone, KindURL, KindRegNo, KindEnum:
		if v.String() == fl.Default {
			return nil
		}
		return str(v.String())
	case KindDate:
		if d := v.Interface().(Date); !d.IsZero() {
			return scalar(d.String())
		}
	case KindInt:
		if v.Int() != 0 {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}
		}
	case KindBool:
		if v.Kind() == reflect.Pointer { // stated or not: written when stated
			if v.IsNil() {
				return nil
			}
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Elem().Bool())}
		}
		if v.Bool() != (fl.Default == "true") {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}
		}
	case KindObject, KindContact:
		if df, ok := v.Interface().(*Defaults); ok {
			return e.defaults(fl, df)
		}
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if fl.NoneOK {
					return scalar("none")
				}
				return nil
			}
			v = v.Elem()
		}
		if n := e.fields(fl.Fields, v); len(n.Content) > 0 {
			return n
		}
	case KindList:
		return e.list(fl, v)
	case KindRef:
		return e.ref(fl, v, parent)
	case KindCustom:
		return e.custom(fl, v)
	}
	return nil
}

func (e Encoder) list(fl Field, v reflect.Value) *yaml.Node {
	if v.Len() == 0 {
		// nil is a list not given (a shared purpose may leave transfers
		// to the institution); empty is none.
		if fl.NoneOK && !v.IsNil() {
			return scalar("none")
		}
		return nil
	}
	n := &yaml.Node{Kind: yaml.SequenceNode}
	for i := range v.Len() {
		item := v.Index(i)
		switch {
		case fl.Elem.Kind == KindText || fl.Elem.Kind == KindMarkdown:
			n.Content = append(n.Content, e.text(item.Interface().(Text)))
		case fl.Elem.Kind == KindSlug:
			n.Content = append(n.Content, scalar(item.String()))
		case item.Type() == reflect.TypeFor[*Purpose]():
			n.Content = append(n.Content, e.purpose(fl.Elem.Fields, item.Interface().(*Purpose)))
		default:
			if item.Kind() == reflect.Pointer {
				item = item.Elem()
			}
			n.Content = append(n.Content, e.fields(fl.Elem.Fields, item))
		}
	}
	return n
}

// purpose writes a purpose of an institution: in full, or as use: of the
// shared purpose it names with the fields that differ from it.
func (e Encoder) purpose(spec []Field, p *Purpose) *yaml.Node {
	var sp *Purpose
	for _, s := range e.Shared {
		if p.Shared != "" && s.ID == p.Shared {
			sp = s
		}
	}
	if sp == nil {
		return e.fields(spec, reflect.ValueOf(p).Elem(), p.FromDefaults...)
	}
	n := &yaml.Node{Kind: yaml.MappingNode}
	n.Content = append(n.Content, scalar("use"), scalar(sp.ID))
	pv, sv := reflect.ValueOf(p).Elem(), reflect.ValueOf(sp).Elem()
	for _, fl := range spec {
		if fl.Go == "" || p.Inherits(fl.Key) || reflect.DeepEqual(pv.FieldByName(fl.Go).Interface(), sv.FieldByName(fl.Go).Interface()) {
			continue
		}
		if c := e.value(fl, pv.FieldByName(fl.Go), pv); c != nil {
			n.Content = append(n.Content, scalar(fl.Key), c)
		}
	}
	return n
}

// defaults writes an institution's defaults: the fields they give, or
// nil when there are none.
func (e Encoder) defaults(fl Field, df *Defaults) *yaml.Node {
	if df == nil || len(df.Keys) == 0 {
		return nil
	}
	pv := reflect.ValueOf(&df.Purpose).Elem()
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range fl.Fields {
		if !df.Has(f.Key) {
			continue
		}
		if c := e.value(f, pv.FieldByName(f.Go), pv); c != nil {
			n.Content = append(n.Content, scalar(f.Key), c)
		}
	}
	return n
}

// ref writes a reference: an institution's controller, inline unless
// Refs is set and it is written in a file of its own.
func (e Encoder) ref(fl Field, v, parent reflect.Value) *yaml.Node {
	c, ok := v.Interface().(*Controller)
	if !ok || c == nil {
		return nil
	}
	if in, ok := parent.Addr().Interface().(*Institution); ok && e.Refs && c.File != in.File {
		return scalar(c.ID)
	}
	return e.fields(fl.Fields, v.Elem())
}

// custom writes the fields of KindCustom; decoding them is the code of
// site.go and validate.go.
func (e Encoder) custom(fl Field, v reflect.Value) *yaml.Node {
	switch x := v.Interface().(type) {
	case []string: // languages
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range x {
			n.Content = append(n.Content, scalar(s))
		}
		return n
	case string: // default_language; condition
		if x == "" {
			return nil
		}
		if fl.Key == "condition" {
			return scalar("9(2)(" + x + ")")
		}
		return scalar(x)
	case map[string]Text: // catalog
		if len(x) == 0 {
			return nil
		}
		n := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range sortedKeys(x) {
			t := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			for _, l := range e.Langs {
				if x[k][l] != "" {
					t.Content = append(t.Content, scalar(l), scalar(x[k][l]))
				}
			}
			n.Content = append(n.Content, scalar(k), t)
		}
		return n
	}
	return nil
}

func scalar(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// str is a scalar, or nil for "".
func str(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return scalar(s)
}

func (e Encoder) text(t Text) *yaml.Node {
	if t == nil {
		return nil
	}
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, l := range e.Langs {
		n.Content = append(n.Content, scalar(l), scalar(t[l]))
	}
	return n
}

// unknownOf returns the gap of the field fl in the struct parent, or nil
// when the fact is stated.
func unknownOf(fl Field, parent reflect.Value) *Gap {
	if !fl.Unknown || !parent.IsValid() {
		return nil
	}
	f := parent.FieldByName("Unknown")
	if !f.IsValid() {
		return nil
	}
	return f.Interface().(Unknowns).Of(fl.Key)
}
