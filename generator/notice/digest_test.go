package notice

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestDigest: the digest of an institution is the same whatever files
// and layout hold it (the content as authored, and the same content
// written by the encoder with references and shared purposes, or by
// Marshal self-contained), and it changes with any fact.
func TestDigest(t *testing.T) {
	o := Options{Catalogs: testCatalogs()}
	c, err := o.Load(filepath.Join("..", "..", "content"))
	if err != nil {
		t.Fatal(err)
	}
	langs := c.Site.Languages
	fsys := encodeTree(t, c)
	c2, err := o.LoadFS(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for i, in := range c.Institutions {
		d := Digest(in, langs)
		if !strings.HasPrefix(d, DigestPrefix) {
			t.Fatalf("%s: digest %q lacks %q", in.ID, d, DigestPrefix)
		}
		if other, ok := seen[d]; ok {
			t.Errorf("%s and %s have the same digest", in.ID, other)
		}
		seen[d] = in.ID
		if d2 := Digest(c2.Institutions[i], langs); d2 != d {
			t.Errorf("%s: digest changed when the encoder rewrote the files: %s, was %s", in.ID, d2, d)
		}
		data, err := Marshal(in, langs)
		if err != nil {
			t.Fatal(err)
		}
		// Comments about the same facts.
		data = append([]byte("# edited by hand\n"), bytes.Replace(data, []byte("\ndocument:"), []byte("\n# the document\ndocument:"), 1)...)
		one := fstest.MapFS{"site.yaml": fsys["site.yaml"], "institutions/x.yaml": &fstest.MapFile{Data: data}}
		c3, err := o.LoadFS(one, "content")
		if err != nil {
			t.Fatalf("%s: %v", in.ID, err)
		}
		if d3 := Digest(c3.Institutions[0], langs); d3 != d {
			t.Errorf("%s: digest changed with a comment and layout: %s, was %s", in.ID, d3, d)
		}
		// Any fact: one letter of a text, the order of the languages.
		changed := *in
		changed.Name = Text{}
		for l, s := range in.Name {
			changed.Name[l] = s
		}
		changed.Name[langs[0]] += "s"
		if Digest(&changed, langs) == d {
			t.Errorf("%s: digest unchanged when the name changed", in.ID)
		}
		if Digest(in, []string{langs[1], langs[0]}) == d {
			t.Errorf("%s: digest unchanged when the texts are written in another order", in.ID)
		}
	}
}
