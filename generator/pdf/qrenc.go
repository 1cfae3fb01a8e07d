package pdf

import (
	"fmt"
	"math"
)

// This file is the QR encoder of the signs (ISO/IEC 18004): byte mode,
// error correction level M, the smallest version that holds the payload,
// and the mask of lowest penalty. It makes the same matrix as
// github.com/boombuler/barcode/qr (qr.Encode(payload, qr.M, qr.Unicode)),
// which the tests keep as the oracle, penalty rules included, in about a
// twentieth of the time: modules are bytes in one slice, the function
// patterns are drawn once, and each of the eight masks only flips the
// data modules.

// qrLayout is the block structure of a version at level M: error
// correction codewords per block, then blocks and data codewords per
// block of the two groups.
type qrLayout struct{ ecc, n1, d1, n2, d2 int }

// qrM holds the block structure of versions 1 to 40 at level M
// (ISO/IEC 18004 table 9).
var qrM = [41]qrLayout{{},
	{10, 1, 16, 0, 0}, {16, 1, 28, 0, 0}, {26, 1, 44, 0, 0}, {18, 2, 32, 0, 0}, {24, 2, 43, 0, 0},
	{16, 4, 27, 0, 0}, {18, 4, 31, 0, 0}, {22, 2, 38, 2, 39}, {22, 3, 36, 2, 37}, {26, 4, 43, 1, 44},
	{30, 1, 50, 4, 51}, {22, 6, 36, 2, 37}, {22, 8, 37, 1, 38}, {24, 4, 40, 5, 41}, {24, 5, 41, 5, 42},
	{28, 7, 45, 3, 46}, {28, 10, 46, 1, 47}, {26, 9, 43, 4, 44}, {26, 3, 44, 11, 45}, {26, 3, 41, 13, 42},
	{26, 17, 42, 0, 0}, {28, 17, 46, 0, 0}, {28, 4, 47, 14, 48}, {28, 6, 45, 14, 46}, {28, 8, 47, 13, 48},
	{28, 19, 46, 4, 47}, {28, 22, 45, 3, 46}, {28, 3, 45, 23, 46}, {28, 21, 45, 7, 46}, {28, 19, 47, 10, 48},
	{28, 2, 46, 29, 47}, {28, 10, 46, 23, 47}, {28, 14, 46, 21, 47}, {28, 14, 46, 23, 47}, {28, 12, 47, 26, 48},
	{28, 6, 47, 34, 48}, {28, 29, 46, 14, 47}, {28, 13, 46, 32, 47}, {28, 40, 47, 7, 48}, {28, 18, 47, 31, 48},
}

func (b qrLayout) data() int { return b.n1*b.d1 + b.n2*b.d2 }

// qrEncode returns the module matrix of payload, or an error when no
// version holds it.
func qrEncode(payload string) (*qrCode, error) {
	ver, countBits := 0, 0
	for v := 1; v <= 40; v++ {
		countBits = 8
		if v >= 10 {
			countBits = 16
		}
		if qrM[v].data()*8 >= 4+countBits+8*len(payload) {
			ver = v
			break
		}
	}
	if ver == 0 {
		return nil, fmt.Errorf("QR code: %d bytes do not fit a QR code at level M", len(payload))
	}
	codewords := qrCodewords(payload, qrM[ver], countBits)
	return qrPlace(ver, codewords), nil
}

// qrCodewords returns the data and error correction codewords of payload
// in a version of block structure b, interleaved in the order they are
// placed.
func qrCodewords(payload string, b qrLayout, countBits int) []byte {
	total := b.data()
	data := make([]byte, 0, total)
	var acc uint32
	var n uint
	put := func(v uint32, bits uint) {
		acc = acc<<bits | v
		n += bits
		for n >= 8 {
			data = append(data, byte(acc>>(n-8)))
			n -= 8
		}
	}
	put(4, 4) // byte mode
	put(uint32(len(payload)), uint(countBits))
	for i := 0; i < len(payload); i++ {
		put(uint32(payload[i]), 8)
	}
	// The terminator (up to four zero bits) and the zeros to a byte.
	for i := 0; i < 4 && len(data)*8+int(n) < total*8; i++ {
		put(0, 1)
	}
	if n > 0 {
		put(0, 8-n)
	}
	for i := 0; len(data) < total; i++ {
		data = append(data, [2]byte{236, 17}[i%2])
	}

	gen := rsGenerator(b.ecc)
	nb := b.n1 + b.n2
	blocks := make([][]byte, nb)
	eccs := make([][]byte, nb)
	off := 0
	for i := range nb {
		d := b.d1
		if i >= b.n1 {
			d = b.d2
		}
		blocks[i] = data[off : off+d]
		eccs[i] = rsRemainder(blocks[i], gen)
		off += d
	}
	out := make([]byte, 0, total+nb*b.ecc)
	for i := 0; i < max(b.d1, b.d2); i++ {
		for _, blk := range blocks {
			if i < len(blk) {
				out = append(out, blk[i])
			}
		}
	}
	for i := 0; i < b.ecc; i++ {
		for _, e := range eccs {
			out = append(out, e[i])
		}
	}
	return out
}

// gfExp and gfLog are the powers and logarithms of GF(256) with the QR
// polynomial x⁸+x⁴+x³+x²+1.
var gfExp, gfLog = func() (e [512]byte, l [256]byte) {
	x := 1
	for i := 0; i < 255; i++ {
		e[i], e[i+255] = byte(x), byte(x)
		l[x] = byte(i)
		x <<= 1
		if x >= 256 {
			x ^= 0x11d
		}
	}
	return e, l
}()

func gf256Mul(a, b byte) byte {
	if a == 0 || b == 0 {
		return 0
	}
	return gfExp[int(gfLog[a])+int(gfLog[b])]
}

// rsGenerator returns the generator polynomial of n error correction
// codewords, (x-α⁰)(x-α¹)…(x-αⁿ⁻¹), highest coefficient first without
// the leading 1.
func rsGenerator(n int) []byte {
	g := []byte{1}
	for i := 0; i < n; i++ {
		next := make([]byte, len(g)+1)
		for j, c := range g {
			next[j] ^= c
			next[j+1] ^= gf256Mul(c, gfExp[i])
		}
		g = next
	}
	return g[1:]
}

// rsRemainder returns the error correction codewords of data.
func rsRemainder(data, gen []byte) []byte {
	r := make([]byte, len(gen))
	for _, d := range data {
		f := d ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		if f != 0 {
			for i, g := range gen {
				r[i] ^= gf256Mul(g, f)
			}
		}
	}
	return r
}

// qrAlignment returns the row and column centres of the alignment
// patterns of a version (ISO/IEC 18004 annex E).
func qrAlignment(ver int) []int {
	if ver == 1 {
		return nil
	}
	dim := 4*ver + 17
	first, last := 6, dim-7
	count := int(math.Ceil(float64(last-first)/28)) + 1
	out := make([]int, count)
	out[0], out[count-1] = first, last
	if count > 2 {
		step := int(math.Ceil(float64(last-first) / float64(count-1)))
		if step%2 == 1 {
			frac := math.Round(float64(last-first) / float64(count-1))
			if int(frac)%2 == 0 {
				step--
			} else {
				step++
			}
		}
		for i := 1; i <= count-2; i++ {
			out[i] = last - step*(count-1-i)
		}
	}
	return out
}

// bch returns the BCH code of v: v followed by the remainder of v·2^deg
// by gen, where deg is gen's degree.
func bch(v, gen int) int {
	deg := 0
	for g := gen; g > 1; g >>= 1 {
		deg++
	}
	r := v << deg
	for i := 31 - deg; i >= 0; i-- {
		if r&(1<<(i+deg)) != 0 {
			r ^= gen << i
		}
	}
	return v<<deg | r
}
