package site

import (
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestPartiesSameName: an institution named as its controller is shown
// apart only when it has contacts of its own (issue 11: its own phone and
// e-mail vanished when the names were equal).
func TestPartiesSameName(t *testing.T) {
	c := testContent()
	r := newRenderer(t, c)
	for _, tt := range []struct {
		name  string
		edit  func(in *notice.Institution)
		shown bool
	}{
		{"other name", func(in *notice.Institution) {}, true},
		{"same name and contacts", func(in *notice.Institution) {
			ctl := in.Controller
			in.Name, in.Address, in.Phone, in.Email, in.Web, in.RegNo = ctl.Name, ctl.Address, ctl.Phone, ctl.Email, ctl.Web, ""
		}, false},
		{"same name, own phone and e-mail", func(in *notice.Institution) {
			ctl := in.Controller
			in.Name, in.Address, in.Phone, in.Email = ctl.Name, ctl.Address, "+371 67000002", "skola@example.lv"
		}, true},
	} {
		in := testInstitution()
		tt.edit(in)
		ps := r.builder("lv", "x/").parties(in, nil)
		if got := ps.Institution != nil; got != tt.shown {
			t.Errorf("%s: institution shown %v, want %v", tt.name, got, tt.shown)
			continue
		}
		if tt.shown && (ps.Institution.Phone != in.Phone || ps.Institution.Email != in.Email) {
			t.Errorf("%s: institution's contacts %q, %q, want %q, %q", tt.name, ps.Institution.Phone, ps.Institution.Email, in.Phone, in.Email)
		}
	}
}

// TestDocumentsNoForm: the printable documents of an institution that
// switched the attestation form off do not link it.
func TestDocumentsNoForm(t *testing.T) {
	r := newRenderer(t, testContent())
	for _, off := range []bool{false, true} {
		in := testInstitution()
		in.Attestation.NoForm = off
		linked := false
		for _, l := range r.builder("lv", "x/").documents(in, nil, false) {
			linked = linked || strings.HasSuffix(string(l.Href), "attestation.pdf")
		}
		if linked == off {
			t.Errorf("no_form %v: form linked %v", off, linked)
		}
	}
}

// TestKeyFactsAsk: the key-facts panel of a video-surveillance page
// always says whom to ask: the DPO, or, where neither a DPO nor a
// privacy contact is stated (a draft's gap), the one who records.
func TestKeyFactsAsk(t *testing.T) {
	r := newRenderer(t, testContent())
	for _, tt := range []struct {
		name string
		edit func(in *notice.Institution)
		want func(ps Parties) *Contact
	}{
		{"DPO", func(in *notice.Institution) {}, func(ps Parties) *Contact { return ps.DPO }},
		{"DPO not stated", func(in *notice.Institution) {
			in.DPO, in.PrivacyContact = nil, nil
		}, func(ps Parties) *Contact { return ps.Institution }},
	} {
		in := testInstitution()
		tt.edit(in)
		b := r.builder("lv", "x/")
		ps := b.parties(in, nil)
		want := tt.want(ps)
		if want == nil {
			t.Fatalf("%s: test setup: no contact to expect", tt.name)
		}
		k := b.keyFacts(in, in.Purposes[0], Purpose{}, ps)
		if k.Ask == nil || k.Ask.Name != want.Name || k.Ask.Email != want.Email {
			t.Errorf("%s: whom to ask = %+v, want %+v", tt.name, k.Ask, want)
		}
	}
}
