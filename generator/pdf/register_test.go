package pdf

import (
	"math"
	"strings"
	"testing"

	"policysite/generator/notice"
)

// TestCameraRegister prints a register on A4 landscape with the facts it
// has and "not stated" for those it lacks.
func TestCameraRegister(t *testing.T) {
	m := testMaker(t)
	in := saimite()
	if _, err := m.CameraRegister(in); err == nil {
		t.Error("a register without a camera register in the content")
	}
	in.Cameras = &notice.Cameras{Sites: []notice.CameraSite{{
		Name:      tx("Galvenā ēka", "Main building"),
		Address:   "Jūrmalas iela 14A",
		Zones:     []notice.Zone{{ID: "lobby", Location: tx("Vestibils", "Lobby"), Recording: "live"}, {ID: "zone"}},
		Forbidden: []notice.Text{tx("Tualetes", "Toilets")},
	}}}
	b, err := m.CameraRegister(in)
	if err != nil {
		t.Fatal(err)
	}
	d := readPDF(t, b)
	if math.Abs(d.w-297) > 1 || math.Abs(d.h-210) > 1 {
		t.Errorf("page %.0f × %.0f mm, want A4 landscape", d.w, d.h)
	}
	text := strings.Join(strings.Fields(d.text()), " ")
	for _, w := range []string{"Videokameru reģistrs", "Galvenā ēka, Jūrmalas iela 14A", "Vestibils", "tikai tiešraide, neieraksta", "Kameru nav: Tualetes"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing:\n%s", w, text)
		}
	}
	// The second zone states nothing but its id: four facts not stated
	// (its retention is the purpose's), the first zone's two, and the
	// entrances.
	if n := strings.Count(text, "dokumentos nav norādīts"); n != 4+2+1 {
		t.Errorf("%d facts not stated, want 7:\n%s", n, text)
	}
	if n := strings.Count(text, "14 dienas (nolūka glabāšanas"); n != 2 {
		t.Errorf("the purpose's retention %d times, want 2:\n%s", n, text)
	}
}
