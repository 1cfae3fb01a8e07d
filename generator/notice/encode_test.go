package notice

import (
	"encoding/json"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// stripSources returns the JSON form of v without the fields that name
// or hash source files, which differ between a tree and its re-encoding.
func stripSources(t *testing.T, v any, more ...string) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var x any
	if err := json.Unmarshal(data, &x); err != nil {
		t.Fatal(err)
	}
	var strip func(x any)
	strip = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			delete(x, "File")
			delete(x, "Digest")
			for k := range x {
				if strings.HasSuffix(k, "Pos") { // where a text was written
					delete(x, k)
				}
			}
			if _, gap := x["Ask"]; gap { // a gap's path is where in its file it was written too
				delete(x, "Path") // ("reg_no" in controllers/, "controller.reg_no" inline)
			}
			for _, k := range more {
				delete(x, k)
			}
			for _, v := range x {
				strip(v)
			}
		case []any:
			for _, v := range x {
				strip(v)
			}
		}
	}
	strip(x)
	return x
}

// encodeTree writes c as a content tree with Encoder: controllers by
// reference, shared purposes with use:, archived versions with Marshal.
func encodeTree(t *testing.T, c *Content) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	put := func(name string, data []byte, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	e := Encoder{Langs: c.Site.Languages, Refs: true, Shared: c.Shared}
	data, err := e.Site(c.Site)
	put("site.yaml", data, err)
	for _, ctl := range c.Controllers {
		data, err := e.Controller(ctl)
		put("controllers/"+ctl.ID+".yaml", data, err)
	}
	for _, p := range c.Shared {
		data, err := e.Purpose(p)
		put("purposes/"+p.ID+".yaml", data, err)
	}
	for _, in := range c.Institutions {
		data, err := e.Institution(in)
		put("institutions/"+in.ID+".yaml", data, err)
		for _, v := range in.Versions {
			data, err := Marshal(v, c.Site.Languages)
			put(path.Join("archive", in.ID, v.Document.Effective.String()+".yaml"), data, err)
		}
	}
	return fsys
}

// TestEncodeRoundTrip writes the example content with the encoder and
// loads it back: the model must be the same, field for field, but for
// the names and digests of the files.
func TestEncodeRoundTrip(t *testing.T) {
	o := Options{Catalogs: testCatalogs()}
	c, err := o.Load(filepath.Join("..", "..", "content"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := encodeTree(t, c)
	c2, err := o.LoadFS(fsys, "content")
	if err != nil {
		for name, f := range fsys {
			t.Logf("%s:\n%s", name, f.Data)
		}
		t.Fatalf("re-encoded content does not load:\n%v", err)
	}
	if got, want := stripSources(t, c2), stripSources(t, c); !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Errorf("model differs after the round trip:\n%s\nwant:\n%s", g, w)
	}
	// Every institution archived with Marshal alone (self-contained)
	// loads back to the same resolved institution.
	for _, in := range c.Institutions {
		data, err := Marshal(in, c.Site.Languages)
		if err != nil {
			t.Fatal(err)
		}
		one := fstest.MapFS{"site.yaml": fsys["site.yaml"], "institutions/x.yaml": &fstest.MapFile{Data: data}}
		c3, err := o.LoadFS(one, "content")
		if err != nil {
			t.Fatalf("%s: Marshal output does not load:\n%v\n%s", in.ID, err, data)
		}
		cur := *in
		cur.Versions = nil
		// The controller is written inline now, so what is warned of it
		// (a name that changed) is warned in the institution's file: the
		// warnings are compared by TestWarnings and TestMistakes instead.
		if got, want := stripSources(t, c3.Institutions[0], "Shared", "Warnings"), stripSources(t, &cur, "Shared", "Warnings"); !reflect.DeepEqual(got, want) {
			g, _ := json.MarshalIndent(got, "", " ")
			w, _ := json.MarshalIndent(want, "", " ")
			t.Errorf("%s differs after Marshal and load:\n%s\nwant:\n%s", in.ID, g, w)
		}
	}
}
