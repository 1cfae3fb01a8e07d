package urls

import (
	"slices"
	"testing"
)

// TestPaths pins the path of every output: the layout of the published
// site, in Latvian and English, for the version in force (undated) and
// for a version at its permanent URL (dated).
func TestPaths(t *testing.T) {
	const in, date = "saimite", "2021-02-22"
	tests := []struct {
		name, got, want string
	}{
		{"Index", Index(), ""},
		{"Lang lv", Lang("lv"), "lv/"},
		{"Lang en", Lang("en"), "en/"},
		{"Notice lv", Notice("lv", in), "lv/saimite/"},
		{"Notice en", Notice("en", in), "en/saimite/"},
		{"Version lv", Version("lv", in, date), "lv/saimite/2021-02-22/"},
		{"Version en", Version("en", in, date), "en/saimite/2021-02-22/"},
		{"Versions lv", Versions("lv", in), "lv/saimite/versions/"},
		{"Versions en", Versions("en", in), "en/saimite/versions/"},
		{"Purpose lv", Purpose("lv", in, "videonoverosana"), "lv/saimite/videonoverosana/"},
		{"Purpose en", Purpose("en", in, "cctv"), "en/saimite/cctv/"},
		{"VersionPurpose lv", VersionPurpose("lv", in, date, "videonoverosana"), "lv/saimite/2021-02-22/videonoverosana/"},
		{"VersionPurpose en", VersionPurpose("en", in, date, "cctv"), "en/saimite/2021-02-22/cctv/"},
		{"Feed lv", Feed("lv", in), "lv/saimite/feed.xml"},
		{"Feed en", Feed("en", in), "en/saimite/feed.xml"},
		{"Accessibility lv", Accessibility("lv"), "lv/accessibility/"},
		{"Accessibility en", Accessibility("en"), "en/accessibility/"},

		{"Sign general", Sign(in, "", "a4", "colour", []string{"lv", "en"}), "saimite/cctv-sign-a4-colour-lv-en.pdf"},
		{"Sign one language", Sign(in, "", "a5", "bw", []string{"lv"}), "saimite/cctv-sign-a5-bw-lv.pdf"},
		{"Sign entrance", Sign(in, "main-door", "a3", "colour", []string{"lv", "en"}), "saimite/cctv-sign-main-door-a3-colour-lv-en.pdf"},
		{"Sheet", Sheet(in), "saimite/cctv-information.pdf"},
		{"CameraRegister", CameraRegister(in), "saimite/camera-register.pdf"},
		{"Form", Form(in), "saimite/attestation.pdf"},
		{"JSONLD", JSONLD(in), "saimite/notice.jsonld"},
		{"VersionJSONLD", VersionJSONLD(in, date), "saimite/2021-02-22/notice.jsonld"},

		{"At Sign", At(Sign(in, "", "a4", "bw", []string{"lv", "en"}), in, date), "saimite/2021-02-22/cctv-sign-a4-bw-lv-en.pdf"},
		{"At Sheet", At(Sheet(in), in, date), "saimite/2021-02-22/cctv-information.pdf"},
		{"At CameraRegister", At(CameraRegister(in), in, date), "saimite/2021-02-22/camera-register.pdf"},
		{"At Form", At(Form(in), in, date), "saimite/2021-02-22/attestation.pdf"},
		{"At JSONLD is VersionJSONLD", At(JSONLD(in), in, date), VersionJSONLD(in, date)},

		{"Stylesheet", Stylesheet(), "style.css"},
		{"Sitemap", Sitemap(), "sitemap.xml"},

		{"File index", File(Index()), "index.html"},
		{"File page", File(Notice("lv", in)), "lv/saimite/index.html"},
		{"File dated page", File(Version("en", in, date)), "en/saimite/2021-02-22/index.html"},
		{"File file", File(Form(in)), "saimite/attestation.pdf"},
		{"Absolute", Absolute("https://privatums.example.lv/", Notice("lv", in)), "https://privatums.example.lv/lv/saimite/"},
		{"Relative from index", Relative(Index(), Stylesheet()), "style.css"},
		{"Relative from notice", Relative(Notice("lv", in), Stylesheet()), "../../style.css"},
		{"Relative from dated notice", Relative(Version("lv", in, date), Form(in)), "../../../saimite/attestation.pdf"},
		{"Relative from dated purpose", Relative(VersionPurpose("en", in, date, "cctv"), Notice("en", in)), "../../../../en/saimite/"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestInstitutionDirs checks that every output of an institution, dated
// or not, lies in its directories, and that nothing of another
// institution or of the site does.
func TestInstitutionDirs(t *testing.T) {
	const in, date = "saimite", "2021-02-22"
	langs := []string{"lv", "en"}
	dirs := InstitutionDirs(langs, in)
	if want := []string{"saimite", "lv/saimite", "en/saimite"}; !slices.Equal(dirs, want) {
		t.Fatalf("InstitutionDirs = %q, want %q", dirs, want)
	}
	tests := []struct {
		path string
		in   bool
	}{
		{File(Notice("lv", in)), true},
		{File(Notice("en", in)), true},
		{File(Version("lv", in, date)), true},
		{File(Versions("en", in)), true},
		{File(Purpose("lv", in, "videonoverosana")), true},
		{File(VersionPurpose("en", in, date, "cctv")), true},
		{Feed("lv", in), true},
		{Form(in), true},
		{At(Sheet(in), in, date), true},
		{JSONLD(in), true},
		{VersionJSONLD(in, date), true},

		{File(Index()), false},
		{File(Lang("lv")), false},
		{File(Accessibility("en")), false},
		{Stylesheet(), false},
		{Sitemap(), false},
		{File(Notice("ru", in)), false},          // a language not given
		{Form("saimite-2"), false},               // an id that starts with this one
		{File(Notice("lv", "saimite-2")), false}, // its pages too
		{"saimite", false},                       // the directory itself is no file in it
	}
	for _, tt := range tests {
		if got := In(tt.path, dirs); got != tt.in {
			t.Errorf("In(%q, %q) = %v, want %v", tt.path, dirs, got, tt.in)
		}
	}
}
