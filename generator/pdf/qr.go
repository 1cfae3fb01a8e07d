package pdf

import (
	"fmt"

	"github.com/boombuler/barcode/qr"
)

// qrCode is the module matrix of a QR code, drawn as vector squares.
type qrCode struct {
	payload string
	size    int    // modules per side, without the quiet zone
	bits    []bool // row by row
}

// newQR encodes payload as a QR code with error correction level M,
// which survives some dirt and wear on a printed sign.
func newQR(payload string) (*qrCode, error) {
	code, err := qr.Encode(payload, qr.M, qr.Auto)
	if err != nil {
		return nil, fmt.Errorf("QR code of %q: %w", payload, err)
	}
	b := code.Bounds()
	q := &qrCode{payload: payload, size: b.Dx(), bits: make([]bool, b.Dx()*b.Dy())}
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			r, _, _, _ := code.At(b.Min.X+x, b.Min.Y+y).RGBA()
			q.bits[y*q.size+x] = r < 0x8000
		}
	}
	return q, nil
}

// dark reports whether the module at column x, row y is dark.
func (q *qrCode) dark(x, y int) bool { return q.bits[y*q.size+x] }
