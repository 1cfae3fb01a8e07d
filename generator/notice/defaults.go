package notice

import (
	"reflect"
	"slices"
)

// Defaults are an institution's defaults (defaults:): the values of
// purpose fields that every purpose not setting its own takes. A notice
// states them once, for every purpose that takes them (GDPR Art 12(1),
// "concise"; WP260 para 8), not again under each purpose.
type Defaults struct {
	// Purpose holds the values given, as a purpose would; a field written
	// {unknown: ...} is a gap in its Unknown list. Only the fields of
	// Keys mean anything.
	Purpose
	// Keys are the keys of the fields given, in the order of the table.
	Keys []string
}

// DefaultKeys returns the keys of the purpose fields an institution's
// defaults may give, in the order of the table.
func DefaultKeys() []string { return keys(institutionDefaults()) }

// Has reports whether the defaults give the field key.
func (df *Defaults) Has(key string) bool { return df != nil && slices.Contains(df.Keys, key) }

// Inherits reports whether the purpose took the field key from the
// institution's defaults.
func (p *Purpose) Inherits(key string) bool { return slices.Contains(p.FromDefaults, key) }

// CommonKeys returns the keys of the defaults that a notice states once,
// for the purposes that take them, instead of under each: those that
// every purpose takes, or at least two. A default that only one purpose
// of several takes is stated under that purpose. In the order of the
// table; nil when there are none.
func (in *Institution) CommonKeys() []string {
	if in.Defaults == nil {
		return nil
	}
	var out []string
	for _, k := range in.Defaults.Keys {
		n := 0
		for _, p := range in.Purposes {
			if p.Inherits(k) {
				n++
			}
		}
		if n > 0 && (n >= 2 || n == len(in.Purposes)) {
			out = append(out, k)
		}
	}
	return out
}

// defaults decodes an institution's defaults from f, the mapping of
// defaults: the values are checked as a purpose's (the errors repeat
// those of applyDefaults, which the error list drops as duplicates).
func (d *decoder) defaults(f *fields) *Defaults {
	df := &Defaults{}
	d.fill(f, d.tab.defaults, reflect.ValueOf(&df.Purpose).Elem())
	for _, fl := range d.tab.defaults {
		if f.has(fl.Key) {
			df.Keys = append(df.Keys, fl.Key)
		}
	}
	return df
}
