package notice

import (
	"strings"
	"testing"
	"testing/fstest"
)

// register is a camera register appended to the base institution.
const register = `cameras:
  sign:
    purpose: {lv: Īpašuma aizsardzība, en: Protecting property}
  sites:
    - name: {lv: Ēka, en: Building}
      zones:
        - id: lobby
          location: {lv: Vestibils, en: Lobby}
          recording: live
        - id: yard
      forbidden:
        - {lv: Tualetes, en: Toilets}
      entrances:
        - id: main
          name: {lv: Galvenā ieeja, en: Main entrance}
          zones: [lobby]
`

func loadRegister(t *testing.T, reg string) (*Content, error) {
	t.Helper()
	files := base()
	files["institutions/saimite.yaml"] += reg
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return Options{Catalogs: testCatalogs()}.LoadFS(fsys, "content")
}

// TestCameraRegister decodes a register: absent facts stay empty, never
// filled in, and the sign wording keeps its position.
func TestCameraRegister(t *testing.T) {
	c, err := loadRegister(t, register)
	if err != nil {
		t.Fatal(err)
	}
	cams := c.Institutions[0].Cameras
	if cams == nil || len(cams.Sites) != 1 || cams.Public {
		t.Fatalf("register %+v", cams)
	}
	s := cams.Sites[0]
	if len(s.Zones) != 2 || s.Zones[0].Recording != "live" || s.Zones[1].Location != nil || s.Zones[1].Recording != "" {
		t.Errorf("zones %+v", s.Zones)
	}
	if len(s.Forbidden) != 1 || s.Forbidden[0]["en"] != "Toilets" {
		t.Errorf("forbidden %+v", s.Forbidden)
	}
	if len(s.Entrances) != 1 || strings.Join(s.Entrances[0].Zones, ",") != "lobby" {
		t.Errorf("entrances %+v", s.Entrances)
	}
	if p := cams.Sign.PurposePos; p.File != "content/institutions/saimite.yaml" || p.Line == 0 {
		t.Errorf("sign purpose at %v", p)
	}
	if c, _ := loadRegister(t, ""); c.Institutions[0].Cameras != nil {
		t.Error("a register without cameras: in the content")
	}
}

// TestCameraRegisterErrors pins the register's rules.
func TestCameraRegisterErrors(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"recording: live", "recording: maybe", `cameras.sites[0].zones[0].recording: unknown value "maybe"`},
		{"zones: [lobby]", "zones: [hall]", `cameras.sites[0].entrances[0].zones[0]: no zone with id "hall" in this site`},
		{"        - id: yard", "        - id: lobby", `cameras.sites[0].zones[1].id: duplicate zone id "lobby"`},
		{"  sites:", "  site:", `cameras.site: unknown field "site"; did you mean sites?`},
	} {
		_, err := loadRegister(t, strings.Replace(register, tc.old, tc.new, 1))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "content/institutions/saimite.yaml:") {
			t.Errorf("%s: error %v, want %q", tc.new, err, tc.want)
		}
	}
}
