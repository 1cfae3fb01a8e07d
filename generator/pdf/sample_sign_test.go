package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"policysite/generator/notice"
)

// TestWarningSignSamples writes every variant of the fixtures' signs to
// $SIGN_SAMPLES, for looking at; it does nothing without it.
func TestWarningSignSamples(t *testing.T) {
	dir := os.Getenv("SIGN_SAMPLES")
	if dir == "" {
		t.Skip("SIGN_SAMPLES not set")
	}
	m := testMaker(t)
	for _, in := range []*notice.Institution{saimite(), shop()} {
		for _, v := range allVariants() {
			b, err := m.WarningSign(in, v, nil)
			if err != nil {
				t.Log(err)
				continue
			}
			lang := "lv"
			if v.Bilingual {
				lang = "lv-en"
			}
			if err := os.WriteFile(filepath.Join(dir, in.ID+"-"+v.Size+"-"+v.Colour+"-"+lang+".pdf"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestCameraRegisterSample writes a camera register to $SIGN_SAMPLES.
func TestCameraRegisterSample(t *testing.T) {
	dir := os.Getenv("SIGN_SAMPLES")
	if dir == "" {
		t.Skip("SIGN_SAMPLES not set")
	}
	in := saimite()
	in.Cameras = &notice.Cameras{Sites: []notice.CameraSite{{
		Name:      tx("Galvenā ēka", "Main building"),
		Zones:     []notice.Zone{{ID: "lobby", Location: tx("Vestibils", "Lobby"), Recording: "recorded"}, {ID: "zone"}},
		Forbidden: []notice.Text{tx("Tualetes, ģērbtuves", "Toilets, changing rooms")},
		Entrances: []notice.Entrance{{ID: "main", Name: tx("Galvenā ieeja", "Main entrance"), Zones: []string{"lobby"}}},
	}}}
	b, err := testMaker(t).CameraRegister(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "register.pdf"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// allVariants is every sign variant.
func allVariants() []notice.SignVariant {
	var out []notice.SignVariant
	for _, s := range notice.SignSizes() {
		for _, c := range notice.SignColours() {
			for _, b := range []bool{true, false} {
				out = append(out, notice.SignVariant{Size: s, Colour: c, Bilingual: b})
			}
		}
	}
	return out
}
