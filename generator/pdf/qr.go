package pdf

import (
	"fmt"

	"github.com/boombuler/barcode/qr"
)

// QR codes take their module matrix from github.com/boombuler/barcode/qr
// (byte mode, error correction level M: 15 % of the code may be lost to
// dirt or wear) and are drawn as vector squares. The tests decode the
// modules drawn in the PDF back to the URL, and compare with zbarimg
// where it is installed.

// maxQRPayload bounds the URL on a sign: a longer one makes modules too
// small to scan from a door.
const maxQRPayload = 666

// qrCode is the module matrix of a QR code, drawn as vector squares.
type qrCode struct {
	payload string
	size    int    // modules per side, without the quiet zone
	bits    []bool // row by row, true for dark
}

// dark reports whether the module at column x, row y is dark.
func (q *qrCode) dark(x, y int) bool { return q.bits[y*q.size+x] }

// newQR encodes payload in byte mode at level M in the smallest version
// that holds it.
func newQR(payload string) (*qrCode, error) {
	if len(payload) > maxQRPayload {
		return nil, fmt.Errorf("QR code: %d bytes is too long for a sign (at most %d)", len(payload), maxQRPayload)
	}
	code, err := qr.Encode(payload, qr.M, qr.Unicode)
	if err != nil {
		return nil, fmt.Errorf("QR code: %w", err)
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
	return q, nil
}
