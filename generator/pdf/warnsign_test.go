package pdf

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// Legibility targets of the warning sign, on A4 (A5 and A3 scale them).
const (
	targetBody       = 24.0 // smallest first-layer text, points
	targetHeading    = 1.8  // the heading against the smallest text
	targetPictoShare = 0.10 // the pictogram's share of the page
)

// TestWarningSignLegibility reads every variant of the sign back and
// measures it: one page of the right size, the smallest text and the
// heading (scaled to A4), the pictogram's share of the page, the QR code
// and the languages.
func TestWarningSignLegibility(t *testing.T) {
	m := testMaker(t)
	in := saimite()
	sizes := map[string][2]float64{"a5": {148, 210}, "a4": {210, 297}, "a3": {297, 420}}
	for _, v := range allVariants() {
		name := variantName(v)
		b, err := m.WarningSign(in, v, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d := readPDF(t, b)
		if d.pages != 1 {
			t.Errorf("%s: %d pages, want 1", name, d.pages)
		}
		want := sizes[v.Size]
		if math.Abs(d.w-want[0]) > 1 || math.Abs(d.h-want[1]) > 1 {
			t.Errorf("%s: page %.1f × %.1f mm, want %v", name, d.w, d.h, want)
		}
		scale, _ := signScale(v.Size)
		smallest, largest := math.Inf(1), 0.0
		for _, x := range d.texts {
			smallest, largest = min(smallest, x.size/scale), max(largest, x.size/scale)
		}
		if smallest < targetBody-0.01 {
			t.Errorf("%s: smallest text %.1f pt on A4, want at least %v", name, smallest, targetBody)
		}
		if largest < targetHeading*smallest {
			t.Errorf("%s: heading %.1f pt, not %.1f× the smallest text %.1f pt", name, largest, targetHeading, smallest)
		}
		if len(d.pictos) != 1 {
			t.Fatalf("%s: %d pictograms, want 1", name, len(d.pictos))
		}
		p := d.pictos[0]
		if share := (p.x1 - p.x0) * (p.y1 - p.y0) / (d.w * d.h); share < targetPictoShare {
			t.Errorf("%s: the pictogram covers %.1f %% of the page, want at least %.0f %%", name, 100*share, 100*targetPictoShare)
		}
		if len(d.qrs) != 1 {
			t.Fatalf("%s: %d QR codes, want 1", name, len(d.qrs))
		}
		got, err := decodeQR(d.qrs[0].size, d.qrs[0].modules)
		// The code leads to the page of the version the sign was printed
		// under; the printed address to the page in force.
		link := urls.Absolute(testSite().BaseURL, urls.VersionPurpose("lv", in.ID, in.Document.Effective.String(), "video-surveillance"))
		printed := urls.Absolute(testSite().BaseURL, urls.Purpose("lv", in.ID, "video-surveillance"))
		if err != nil || got != link {
			t.Errorf("%s: QR code %q (%v), want %q", name, got, err, link)
		}
		text := d.text()
		// Compared without spaces and line breaks (and the heading's
		// hyphen at its break), as lines wrap differently per variant.
		norm := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "-\n", "")), "") }
		for _, w := range []string{"Videonovērošana", "Pārzinis", "Babītes novada pašvaldība", "14\u00a0dienas", "das@babite.lv", printURL(printed)} {
			if !strings.Contains(norm(text), norm(w)) {
				t.Errorf("%s: %q missing from the sign:\n%s", name, w, text)
			}
		}
		if en := strings.Contains(text, "Controller"); en != v.Bilingual {
			t.Errorf("%s: English text %v, want %v", name, en, v.Bilingual)
		}
		t.Logf("%s: smallest text %.1f pt (on A4 %.1f), heading %.1f pt, pictogram %.0f × %.0f mm = %.1f %% of the page",
			name, smallest*scale, smallest, largest*scale, p.x1-p.x0, p.y1-p.y0, 100*(p.x1-p.x0)*(p.y1-p.y0)/(d.w*d.h))
	}
}

// TestWarningSignContrast checks the contrast of text and background of
// both colour schemes, and that the colour sign is filled with the
// yellow the ratio is computed for.
func TestWarningSignContrast(t *testing.T) {
	for _, c := range []struct {
		colour string
		want   float64
	}{{"colour", 13.9}, {"bw", 21}} {
		got := SignContrast(c.colour)
		if got < MinSignContrast || math.Abs(got-c.want) > 0.1 {
			t.Errorf("%s: contrast %.2f:1, want %.1f:1 (at least %v:1)", c.colour, got, c.want, MinSignContrast)
		}
	}
	m := testMaker(t)
	for _, c := range []struct {
		colour string
		fill   bool
	}{{"colour", true}, {"bw", false}} {
		b, err := m.WarningSign(saimite(), notice.SignVariant{Size: "a4", Colour: c.colour, Bilingual: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := bytes.Contains(b, []byte("1.000 0.800 0.000 rg")); got != c.fill {
			t.Errorf("%s: yellow fill %v, want %v", c.colour, got, c.fill)
		}
	}
}

// TestWarningSignRefusal: text that does not fit one page at 24 pt is
// refused, never shrunk or continued, and SignFits names the text to
// shorten with its position.
func TestWarningSignRefusal(t *testing.T) {
	m := testMaker(t)
	long := saimite()
	pos := notice.Pos{File: "institutions/saimite.yaml", Line: 40, Col: 7}
	text := strings.TrimSpace(strings.Repeat("Noziedzīgu nodarījumu novēršana un atklāšana. ", 12))
	long.Cameras = &notice.Cameras{Sign: notice.SignWording{
		Purpose:    tx(text, strings.Repeat("Preventing and detecting crime. ", 12)),
		PurposePos: pos,
	}}
	all := allVariants()
	for _, v := range all {
		if _, err := m.WarningSign(long, v, nil); err == nil || !strings.Contains(err.Error(), "does not fit one page at 24 pt") {
			t.Errorf("%s: error %v, want a refusal", variantName(v), err)
		}
	}
	probs := m.SignFits(long, all)
	if len(probs) != 2 {
		t.Fatalf("%d problems, want one per language variant: %v", len(probs), probs)
	}
	for _, p := range probs {
		if p.Pos != pos || p.Field != "cameras.sign.purpose" || p.Text != text || p.Short <= 0 {
			t.Errorf("problem %+v, want %v cameras.sign.purpose with its text", p, pos)
		}
		if want := "institutions/saimite.yaml:40:7: cameras.sign.purpose: the CCTV warning sign"; !strings.HasPrefix(p.Error(), want) {
			t.Errorf("error %q, want it to start %q", p.Error(), want)
		}
	}
	// The shop's two purposes with legitimate interests and a transfer
	// do not fit either: the longest text is named, in its purpose.
	shopProbs := m.SignFits(shop(), all)
	if len(shopProbs) == 0 {
		t.Error("shop: the sign fits; it should not")
	}
	for _, p := range shopProbs {
		if !strings.HasPrefix(p.Field, "purposes[cctv-shop].") || p.Text == "" || p.Lines < 2 {
			t.Errorf("shop: problem %+v", p)
		}
	}
	if probs := m.SignFits(saimite(), all); probs != nil {
		t.Errorf("a sign that fits: %v", probs)
	}
}

// TestWarningSignEntrance: a sign for an entrance of the camera register
// names the zones behind it, and only those.
func TestWarningSignEntrance(t *testing.T) {
	m := testMaker(t)
	in := saimite()
	in.Cameras = &notice.Cameras{Sites: []notice.CameraSite{{
		Name: tx("Ēka", "Building"),
		Zones: []notice.Zone{
			{ID: "lobby", Location: tx("Vestibils", "Lobby")},
			{ID: "yard", Location: tx("Pagalms", "Yard")},
		},
		Entrances: []notice.Entrance{{ID: "main", Name: tx("Galvenā ieeja", "Main entrance"), Zones: []string{"lobby"}}},
	}}}
	es := Entrances(in.Cameras)
	if len(es) != 1 || es[0].ID != "main" {
		t.Fatalf("entrances %v", es)
	}
	b, err := m.WarningSign(in, notice.SignVariant{Size: "a4", Colour: "bw"}, es[0])
	if err != nil {
		t.Fatal(err)
	}
	text := readPDF(t, b).text()
	if !strings.Contains(text, "Kameras aiz šīs ieejas: Vestibils") || strings.Contains(text, "::") || strings.Contains(text, "Pagalms") {
		t.Errorf("entrance sign:\n%s", text)
	}
	// The bilingual sign gives the label once per language, each with one
	// colon after the last (a short purpose, for it to fit).
	in.Cameras.Sign.Purpose = tx("Drošība.", "Safety.")
	b, err = m.WarningSign(in, notice.SignVariant{Size: "a4", Colour: "bw", Bilingual: true}, es[0])
	if err != nil {
		t.Fatal(err)
	}
	text = strings.Join(strings.Fields(readPDF(t, b).text()), " ")
	if want := "Kameras aiz šīs ieejas / Cameras behind this entrance: Vestibils Lobby"; !strings.Contains(text, want) || strings.Contains(text, "::") {
		t.Errorf("bilingual entrance sign lacks %q:\n%s", want, text)
	}
}
