package pdf

import "fmt"

// QR codes are encoded by qrEncode (qrenc.go: byte mode, error
// correction level M: 15 % of the code may be lost to dirt or wear) and
// drawn as vector squares. The tests compare qrEncode with
// github.com/boombuler/barcode/qr module by module, decode the modules
// drawn in the PDF back to the URL, and compare with zbarimg where it is
// installed.

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
	q, err := qrEncode(payload)
	if err != nil {
		return nil, err
	}
	q.payload = payload
	return q, nil
}
