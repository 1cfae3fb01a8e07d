package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCameraRegisterWrites prints an example institution's camera
// register, which the example does not publish, and writes it again
// over its own file.
func TestCameraRegisterWrites(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cameras.pdf")
	opts := CameraRegisterOptions{Content: exampleContent, Institution: "saimite", Out: out}
	for range 2 {
		if err := CameraRegister(opts); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("/Producer (policysite)")) {
		t.Errorf("not a policysite PDF: %q", data[:min(len(data), 40)])
	}
	// Landscape A4: 841.89 × 595.28 pt.
	if !bytes.Contains(data, []byte("/MediaBox [0 0 841.89 595.28]")) {
		t.Error("the register is not A4 landscape")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".register-*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestCameraRegisterRefuses lists what CameraRegister will not do, each
// leaving the files there as they were.
func TestCameraRegisterRefuses(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	os.MkdirAll(site, 0o755)
	os.WriteFile(filepath.Join(site, buildMarker), []byte("{}"), 0o644)
	mine := filepath.Join(dir, "mine.pdf")
	os.WriteFile(mine, []byte("%PDF-1.4 my own scan"), 0o644)
	for _, tc := range []struct {
		id, out, want string
	}{
		{"saimite", filepath.Join(site, "cameras.pdf"), "a policysite build output, which is published"},
		{"saimite", mine, "refusing to overwrite " + mine + ": it is not a PDF written by policysite"},
		{"saimite", dir, "is a directory"},
		{"jurmalas-karte", filepath.Join(dir, "x.pdf"), "register: jurmalas-karte has no camera register (cameras: in its file); those with one: daugavpils-izglitibas-parvalde, saimite"},
		{"nav", filepath.Join(dir, "x.pdf"), `register: no institution "nav"; those with a camera register: daugavpils-izglitibas-parvalde, saimite`},
	} {
		err := CameraRegister(CameraRegisterOptions{Content: exampleContent, Institution: tc.id, Out: tc.out})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s → %s: got %v, want %q", tc.id, tc.out, err, tc.want)
		}
	}
	if data, _ := os.ReadFile(mine); string(data) != "%PDF-1.4 my own scan" {
		t.Error("the user's file changed")
	}
	if _, err := os.Stat(filepath.Join(site, "cameras.pdf")); err == nil {
		t.Error("a register was written into the build output")
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("a register was written for an institution without one")
	}
}
