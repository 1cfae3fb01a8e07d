package notice

import (
	"reflect"
	"testing"
)

// TestTableMatchesModel checks the table of fields against the model:
// every Go name is a field of the struct the record fills, every
// mandatory field cites its article, every field is described, and keys
// are unique within a record.
func TestTableMatchesModel(t *testing.T) {
	models := map[string]reflect.Type{
		"site":        reflect.TypeFor[Site](),
		"controller":  reflect.TypeFor[Controller](),
		"institution": reflect.TypeFor[Institution](),
		"purpose":     reflect.TypeFor[Purpose](),
	}
	var check func(where string, fields []Field, st reflect.Type)
	check = func(where string, fields []Field, st reflect.Type) {
		seen := map[string]bool{}
		for _, f := range fields {
			at := where + "." + f.Key
			if seen[f.Key] {
				t.Errorf("%s: key given twice", at)
			}
			seen[f.Key] = true
			if f.Doc == "" {
				t.Errorf("%s: no description", at)
			}
			if f.Tier == Mandatory && f.Article == "" {
				t.Errorf("%s: mandatory without the article that requires it", at)
			}
			if f.Go == "" {
				continue
			}
			sf, ok := st.FieldByName(f.Go)
			if !ok {
				t.Errorf("%s: %s has no field %s", at, st, f.Go)
				continue
			}
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch {
			case f.Kind == KindObject || f.Kind == KindContact || f.Kind == KindRef && f.Fields != nil:
				check(at, f.Fields, ft)
			case f.Kind == KindList && f.Elem.Kind == KindObject:
				et := ft.Elem()
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				check(at+"[]", f.Elem.Fields, et)
			}
		}
	}
	for _, k := range Schema() {
		check(k.Name, k.Fields, models[k.Name])
	}
}
