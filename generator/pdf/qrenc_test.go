package pdf

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/boombuler/barcode/qr"
)

// oracleQR is the matrix boombuler/barcode makes of payload: the encoder
// the signs used before qrEncode, kept as its test oracle.
func oracleQR(t testing.TB, payload string) *qrCode {
	t.Helper()
	code, err := qr.Encode(payload, qr.M, qr.Unicode)
	if err != nil {
		t.Fatal(err)
	}
	b := code.Bounds()
	size := b.Dx()
	q := &qrCode{payload: payload, size: size, bits: make([]bool, size*size)}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			r, _, _, _ := code.At(b.Min.X+x, b.Min.Y+y).RGBA()
			q.bits[y*size+x] = r == 0
		}
	}
	return q
}

// TestQREncodeOracle compares qrEncode with boombuler/barcode module by
// module for payloads of every length a sign takes (every version from 1
// to the one of maxQRPayload bytes), and decodes each with the tests' own
// decoder.
func TestQREncodeOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const chars = "abcdefghijklmnopqrstuvwxyz0123456789-/.:_ĀāČčŠšŽž"
	runes := []rune(chars)
	payloads := []string{"", "https://privatums.example.lv/lv/saimite/video-surveillance/"}
	for n := 1; n <= maxQRPayload; n += 1 + n/40 {
		var b strings.Builder
		b.WriteString("https://")
		for b.Len() < n {
			b.WriteRune(runes[rng.IntN(len(runes))])
		}
		payloads = append(payloads, b.String())
	}
	for _, p := range payloads {
		if len(p) > maxQRPayload {
			continue
		}
		got, err := qrEncode(p)
		if err != nil {
			t.Fatalf("%d bytes: %v", len(p), err)
		}
		want := oracleQR(t, p)
		if got.size != want.size {
			t.Fatalf("%d bytes: %d modules a side, boombuler %d", len(p), got.size, want.size)
		}
		for i := range got.bits {
			if got.bits[i] != want.bits[i] {
				t.Fatalf("%d bytes (version %d): module %d,%d differs from boombuler's", len(p), (got.size-17)/4, i%got.size, i/got.size)
			}
		}
		if dec, err := decodeQR(got.size, got.bits); err != nil || dec != p {
			t.Fatalf("%d bytes: decoded %q, %v", len(p), dec, err)
		}
	}
}

func BenchmarkQROracle(b *testing.B) {
	for b.Loop() {
		oracleQR(b, "https://privatums.example.lv/lv/saimite/video-surveillance/")
	}
}
