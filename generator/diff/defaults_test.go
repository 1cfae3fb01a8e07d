package diff

import (
	"path/filepath"
	"testing"
	"testing/fstest"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// TestDefaultsMoved: the diff compares resolved purposes, so a value
// moved between the institution's defaults and its purposes, resolving
// to the same, is no change; a changed default is a change of every
// purpose that takes it.
func TestDefaultsMoved(t *testing.T) {
	o := notice.Options{Catalogs: notice.Catalogs{Keys: i18n.Keys(), Optional: i18n.OptionalKeys(), Builtin: i18n.BuiltinLanguages()}}
	c, err := o.Load(filepath.Join("..", "..", "content"))
	if err != nil {
		t.Fatal(err)
	}
	// load writes in as the only institution of a tree and loads it.
	load := func(in *notice.Institution) *notice.Institution {
		t.Helper()
		data, err := notice.Marshal(in, c.Site.Languages)
		if err != nil {
			t.Fatal(err)
		}
		site, err := notice.Encoder{Langs: c.Site.Languages}.Site(c.Site)
		if err != nil {
			t.Fatal(err)
		}
		fsys := fstest.MapFS{"site.yaml": {Data: site}, "institutions/x.yaml": {Data: data}}
		c2, err := o.LoadFS(fsys, "content")
		if err != nil {
			t.Fatalf("%s does not load: %v\n%s", in.ID, err, data)
		}
		return c2.Institutions[0]
	}
	for _, in := range c.Institutions {
		if in.Defaults == nil {
			continue
		}
		t.Run(in.ID, func(t *testing.T) {
			cur := *in
			cur.Versions, cur.Upcoming = nil, nil
			withDefaults := load(&cur)
			// The same values written in every purpose, no defaults.
			inline := cur
			inline.Defaults = nil
			inline.Purposes = nil
			inherited := 0
			for _, p := range cur.Purposes {
				cp := *p
				inherited += len(cp.FromDefaults)
				cp.FromDefaults = nil
				inline.Purposes = append(inline.Purposes, &cp)
			}
			if inherited == 0 {
				t.Fatal("test setup: no purpose takes a default")
			}
			moved := load(&inline)
			if moved.Defaults != nil || len(moved.Purposes[0].FromDefaults) != 0 {
				t.Fatal("test setup: the values did not move into the purposes")
			}
			for _, pair := range [][2]*notice.Institution{{withDefaults, moved}, {moved, withDefaults}} {
				if ch := Compare(pair[0], pair[1]); !ch.Empty() {
					t.Errorf("moving values between defaults and purposes: %d changes, want none: %+v", len(ch.List), ch.List)
				}
			}
			// A changed default changes every purpose that takes it.
			if !withDefaults.Defaults.Has("recipients") {
				return
			}
			changed := *withDefaults
			changed.Defaults = &notice.Defaults{Keys: withDefaults.Defaults.Keys, Purpose: withDefaults.Defaults.Purpose}
			changed.Defaults.Recipients = notice.Text{"lv": "Neviens", "en": "Nobody"}
			changed.Purposes = nil
			takes := 0
			for _, p := range withDefaults.Purposes {
				cp := *p
				if cp.Inherits("recipients") {
					cp.Recipients = changed.Defaults.Recipients
					takes++
				}
				changed.Purposes = append(changed.Purposes, &cp)
			}
			got := 0
			for _, ch := range Compare(withDefaults, load(&changed)).List {
				if ch.Label == "notice.recipients" && ch.Kind == Changed {
					got++
				}
			}
			if got != takes {
				t.Errorf("a changed default: %d changes of recipients, want %d (one per purpose that takes it)", got, takes)
			}
		})
	}
}
