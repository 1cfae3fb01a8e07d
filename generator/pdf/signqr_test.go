package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"policysite/generator/urls"
)

// This file checks the QR codes: the encoder round trip, and the codes the
// signs print, decoded from the PDF by our decoder and by zbarimg, naming
// the purposes' pages.

// TestSignQR decodes the QR codes drawn in the PDF and compares them with
// the addresses of the purposes' pages.
func TestSignQR(t *testing.T) {
	site := testSite()
	m := testMaker(t)
	for _, c := range signCases() {
		t.Run(c.name, func(t *testing.T) {
			b, err := m.Sheet(c.in, c.size)
			if err != nil {
				t.Fatal(err)
			}
			d := readPDF(t, b)
			var want []string
			for _, p := range c.in.VideoPurposes() {
				want = append(want, urls.Absolute(site.BaseURL, urls.VersionPurpose("lv", c.in.ID, c.in.Document.Effective.String(), p.ID)))
			}
			var got []string
			for _, q := range d.qrs {
				s, err := decodeQR(q.size, q.modules)
				if err != nil {
					t.Fatal(err)
				}
				if q.page == 1 {
					got = append(got, s)
				} else if s != want[0] {
					t.Errorf("page %d: QR code %q, want %q", q.page, s, want[0])
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("QR codes on page 1:\n got %q\nwant %q", got, want)
			}
			pages := map[int]bool{}
			for _, q := range d.qrs {
				pages[q.page] = true
			}
			if len(pages) != d.pages {
				t.Errorf("%d of %d pages have a QR code", len(pages), d.pages)
			}
		})
	}
}

// TestQRRoundTrip encodes payloads of every version and decodes them.
func TestQRRoundTrip(t *testing.T) {
	for n := 1; n <= 666; n += 7 {
		payload := strings.Repeat("https://x.lv/ā/", n/16+1)[:n]
		q, err := newQR(payload)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		got, err := decodeQR(q.size, q.bits)
		if err != nil {
			t.Fatalf("%d bytes, %d modules: %v", n, q.size, err)
		}
		if got != payload {
			t.Fatalf("%d bytes: decoded %q", n, got)
		}
	}
	if _, err := newQR(strings.Repeat("x", 667)); err == nil {
		t.Error("667 bytes: no error")
	}
}

// TestZbar renders signs with pdftoppm and reads them with zbarimg, as a
// phone would, when the tools are installed.
func TestZbar(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	m := testMaker(t)
	for _, c := range signCases() {
		b, err := m.Sheet(c.in, c.size)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		pdf := filepath.Join(dir, "sign.pdf")
		if err := os.WriteFile(pdf, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
		pngs, _ := filepath.Glob(filepath.Join(dir, "p*.png"))
		out, err := exec.Command("zbarimg", append([]string{"-q", "--raw"}, pngs...)...).Output()
		if err != nil {
			t.Fatalf("%s: zbarimg: %v", c.name, err)
		}
		got := strings.Fields(string(out))
		for _, p := range c.in.VideoPurposes() {
			want := urls.Absolute(testSite().BaseURL, urls.VersionPurpose("lv", c.in.ID, c.in.Document.Effective.String(), p.ID))
			found := false
			for _, g := range got {
				found = found || g == want
			}
			if !found {
				t.Errorf("%s: zbarimg read %q, not %q", c.name, got, want)
			}
		}
	}
}
