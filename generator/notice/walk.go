package notice

import (
	"reflect"

	"go.yaml.in/yaml/v3"
)

// This file is the generic half of the decoder: it walks a YAML mapping
// against the table of its fields (schema.go) and fills the model's
// struct through the Go field each entry names. What the table cannot
// say, the records' own code (site.go, controller.go, institution.go,
// purpose.go) and the rules of validate.go add.

// object decodes the mapping n at path against spec into dst, a struct:
// unknown and duplicate keys, the fields always required, every field
// with a generic kind, and the rules of validate.go for dst's type. It
// returns the mapping's fields, or nil when n is not a mapping.
func (d *decoder) object(n *yaml.Node, path string, spec []Field, dst reflect.Value) *fields {
	f := d.mapping(n, path, keys(spec)...)
	if f == nil {
		return nil
	}
	setDefaults(spec, dst)
	d.requireFields(f, spec, dst)
	d.fill(f, spec, dst)
	d.validate(f, dst.Addr().Interface())
	return f
}

// requireFields reports each field of spec that must always be present
// and is missing from f: a fact that accepts unknown is a gap in dst (a
// Recommended one warns), any other an error.
func (d *decoder) requireFields(f *fields, spec []Field, dst reflect.Value) {
	for _, fl := range spec {
		if fl.Unknown && fl.When == "" && fl.Tier <= Recommended && !f.has(fl.Key) {
			d.gap(dst, fl, join(f.path, fl.Key), f.node, question{})
			continue
		}
		if fl.required() && !f.has(fl.Key) {
			msg := "missing required field"
			if fl.Why != "" {
				msg += ": " + fl.Why
			}
			d.errorf(f.node, join(f.path, fl.Key), "%s", msg)
		}
	}
}

// setDefaults sets in dst the value of each field of spec that has a
// default of a kind the table can write (a bool or a code).
func setDefaults(spec []Field, dst reflect.Value) {
	for _, fl := range spec {
		if fl.Go == "" || fl.Default == "" {
			continue
		}
		switch fl.Kind {
		case KindBool:
			dst.FieldByName(fl.Go).SetBool(fl.Default == "true")
		case KindEnum, KindString:
			dst.FieldByName(fl.Go).SetString(fl.Default)
		}
	}
}

// fill decodes into dst every field of spec present in f that the table
// can decode, leaving out those the record's code decodes (KindRef,
// KindCustom, no Go name) and the keys in skip.
func (d *decoder) fill(f *fields, spec []Field, dst reflect.Value, skip ...string) {
	if at := dst.FieldByName("At"); at.IsValid() && at.Type() == reflect.TypeFor[Positions]() {
		// A record may start as a copy of a shared one: its own map.
		m := Positions{"": d.pos(f.node)}
		for k, v := range at.Interface().(Positions) {
			if k != "" {
				m[k] = v
			}
		}
		for k, v := range f.vals {
			m[k] = d.pos(resolve(v))
		}
		at.Set(reflect.ValueOf(m))
	}
	for _, fl := range spec {
		if fl.Go == "" || fl.Kind == KindRef || fl.Kind == KindCustom || !f.has(fl.Key) || contains(skip, fl.Key) {
			continue
		}
		to := dst.FieldByName(fl.Go)
		if fl.Unknown && isUnknown(f.vals[fl.Key]) {
			to.Set(reflect.Zero(to.Type()))
			d.gap(dst, fl, join(f.path, fl.Key), f.vals[fl.Key], d.unknown(f.vals[fl.Key], join(f.path, fl.Key)))
			continue
		}
		if u := dst.FieldByName("Unknown"); u.IsValid() {
			// a use's own value replaces the shared purpose's gap
			u.Set(reflect.ValueOf(u.Interface().(Unknowns).without(fl.Key)))
		}
		if v, ok := d.value(f, fl, to.Type()); ok {
			to.Set(v)
		}
		if fl.Pos != "" {
			dst.FieldByName(fl.Pos).Set(reflect.ValueOf(d.pos(resolve(f.vals[fl.Key]))))
		}
	}
}

// value decodes the field fl of f as a value of type t. It reports false
// when there is nothing to set: an object that is not a mapping.
func (d *decoder) value(f *fields, fl Field, t reflect.Type) (reflect.Value, bool) {
	key := fl.Key
	switch fl.Kind {
	case KindText, KindMarkdown:
		return reflect.ValueOf(d.text(f, key)), true
	case KindString:
		return reflect.ValueOf(d.str(f, key)), true
	case KindSlug:
		return reflect.ValueOf(d.slug(f, key)), true
	case KindEmail:
		return reflect.ValueOf(d.email(f, key)), true
	case KindPhone:
		return reflect.ValueOf(d.phone(f, key)), true
	case KindURL:
		return reflect.ValueOf(d.url(f, key)), true
	case KindDate:
		return reflect.ValueOf(d.date(f, key)), true
	case KindRegNo:
		return reflect.ValueOf(d.regNo(f, key)), true
	case KindInt:
		return reflect.ValueOf(d.integer(f, key, fl.Min, fl.Max)), true
	case KindBool:
		b := d.boolean(f, key, fl.Default == "true")
		if t.Kind() == reflect.Pointer { // a fact stated true or false, nil when absent
			return reflect.ValueOf(&b), true
		}
		return reflect.ValueOf(b), true
	case KindEnum:
		return reflect.ValueOf(d.oneOf(f, key, fl.Values)), true
	case KindObject, KindContact:
		if fl.NoneOK && isNone(f.vals[key]) {
			d.none(f.vals[key], join(f.path, key), fl)
			return reflect.Zero(t), true
		}
		return d.objectValue(f.vals[key], join(f.path, key), fl, t)
	case KindList:
		if fl.NoneOK && isNone(f.vals[key]) {
			d.none(f.vals[key], join(f.path, key), fl)
			return reflect.MakeSlice(t, 0, 0), true
		}
		return d.listValue(f.vals[key], join(f.path, key), fl, t), true
	}
	return reflect.Value{}, false
}

// objectValue decodes the mapping n as a value of t, a struct or a
// pointer to one; it reports false when n is not a mapping.
func (d *decoder) objectValue(n *yaml.Node, path string, fl Field, t reflect.Type) (reflect.Value, bool) {
	st := t
	if t.Kind() == reflect.Pointer {
		st = t.Elem()
	}
	v := reflect.New(st)
	if d.object(n, path, fl.Fields, v.Elem()) == nil {
		return reflect.Value{}, false
	}
	if t.Kind() == reflect.Pointer {
		return v, true
	}
	return v.Elem(), true
}

// listValue decodes the list n as a slice of t, leaving out the items
// that fail to decode; nil when none does.
func (d *decoder) listValue(n *yaml.Node, path string, fl Field, t reflect.Type) reflect.Value {
	out := reflect.Zero(t)
	if fl.NoneOK {
		out = reflect.MakeSlice(t, 0, 0)
	}
	if fl.Elem.Kind == KindText || fl.Elem.Kind == KindMarkdown {
		d.listNode(n, path, func(i int, n *yaml.Node, path string) {
			if t := d.textNode(n, path); t != nil {
				out = reflect.Append(out, reflect.ValueOf(t))
			}
		})
		return out
	}
	if fl.Elem.Kind == KindSlug {
		d.listNode(n, path, func(i int, n *yaml.Node, path string) {
			if id, ok := d.scalar(n, path); ok {
				out = reflect.Append(out, reflect.ValueOf(id))
			}
		})
		return out
	}
	d.listNode(n, path, func(i int, n *yaml.Node, path string) {
		v, ok := d.objectValue(n, path, *fl.Elem, t.Elem())
		if ok && d.keepItem(out, v, n, path) {
			out = reflect.Append(out, v)
		}
	})
	if n := resolve(n); fl.NoneOK && n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.errorf(n, path, "write none when there are no %ss", fl.Elem.Type)
	}
	return out
}

// isNone reports whether n is a plain value, where a field that allows
// none expects none.
func isNone(n *yaml.Node) bool {
	n = resolve(n)
	return n.Kind == yaml.ScalarNode
}

// none checks that the plain value n of the field fl is none.
func (d *decoder) none(n *yaml.Node, path string, fl Field) {
	n = resolve(n)
	if n.Value == "none" {
		return
	}
	if fl.Kind == KindList {
		d.errorf(n, path, "expected none or a list of %ss, found %q", fl.Elem.Type, n.Value)
		return
	}
	d.errorf(n, path, "expected none or {%s}, found %q", joinCodes(keys(fl.Fields)), n.Value)
}
