package pdf

import "fmt"

// QR codes (ISO/IEC 18004) are encoded here rather than with
// github.com/boombuler/barcode/qr: that package renders all eight masks
// through an image interface and took about 2 ms per code, as long as the
// rest of a sign; this encoder takes some 50 µs. It writes what a sign
// needs: byte mode, error correction level M (15 % of the code may be
// lost to dirt or wear), versions 1–20 (up to 666 bytes). The tests
// decode the modules drawn in the PDF back to the URL, and compare with
// zbarimg where it is installed.

// qrCode is the module matrix of a QR code, drawn as vector squares.
type qrCode struct {
	payload string
	size    int    // modules per side, without the quiet zone
	bits    []bool // row by row, true for dark
}

// dark reports whether the module at column x, row y is dark.
func (q *qrCode) dark(x, y int) bool { return q.bits[y*q.size+x] }

// qrBlocks is the block structure of a version at level M: error
// correction codewords per block, then the number of blocks and data
// codewords per block in the two groups.
type qrBlocks struct{ ec, n1, d1, n2, d2 int }

// qrLevelM returns the block structure of versions 1–20 at level M.
func qrLevelM() [21]qrBlocks {
	return [21]qrBlocks{{},
		{10, 1, 16, 0, 0}, {16, 1, 28, 0, 0}, {26, 1, 44, 0, 0}, {18, 2, 32, 0, 0},
		{24, 2, 43, 0, 0}, {16, 4, 27, 0, 0}, {18, 4, 31, 0, 0}, {22, 2, 38, 2, 39},
		{22, 3, 36, 2, 37}, {26, 4, 43, 1, 44}, {30, 1, 50, 4, 51}, {22, 6, 36, 2, 37},
		{22, 8, 37, 1, 38}, {24, 4, 40, 5, 41}, {24, 5, 41, 5, 42}, {28, 7, 45, 3, 46},
		{28, 10, 46, 1, 47}, {26, 9, 43, 4, 44}, {26, 3, 44, 11, 45}, {26, 3, 41, 13, 42},
	}
}

// newQR encodes payload in byte mode at level M in the smallest version
// that holds it, with the mask of the lowest penalty.
func newQR(payload string) (*qrCode, error) {
	table := qrLevelM()
	ver := 0
	for v := 1; v < len(table); v++ {
		cc := 8
		if v >= 10 {
			cc = 16
		}
		b := table[v]
		if 4+cc+8*len(payload) <= 8*(b.n1*b.d1+b.n2*b.d2) {
			ver = v
			break
		}
	}
	if ver == 0 {
		return nil, fmt.Errorf("QR code: %d bytes is too long for a sign (at most 666)", len(payload))
	}
	blocks := table[ver]
	capacity := blocks.n1*blocks.d1 + blocks.n2*blocks.d2

	// Data codewords: mode, count, bytes, terminator, padding.
	var bw bitWriter
	bw.put(0b0100, 4)
	if ver >= 10 {
		bw.put(len(payload), 16)
	} else {
		bw.put(len(payload), 8)
	}
	for i := 0; i < len(payload); i++ {
		bw.put(int(payload[i]), 8)
	}
	bw.put(0, min(4, 8*capacity-bw.n))
	bw.put(0, (8-bw.n%8)%8)
	for pad := 0xEC; len(bw.b) < capacity; pad ^= 0xEC ^ 0x11 {
		bw.put(pad, 8)
	}

	// Blocks with their error correction, interleaved.
	div := rsDivisor(blocks.ec)
	var data, ecc [][]byte
	rest := bw.b
	for i := 0; i < blocks.n1+blocks.n2; i++ {
		n := blocks.d1
		if i >= blocks.n1 {
			n = blocks.d2
		}
		data = append(data, rest[:n])
		ecc = append(ecc, rsRemainder(rest[:n], div))
		rest = rest[n:]
	}
	var words []byte
	for i := 0; i < max(blocks.d1, blocks.d2); i++ {
		for _, d := range data {
			if i < len(d) {
				words = append(words, d[i])
			}
		}
	}
	for i := 0; i < blocks.ec; i++ {
		for _, e := range ecc {
			words = append(words, e[i])
		}
	}

	m := newQRMatrix(ver)
	m.placeData(words)
	best, bestPenalty := 0, -1
	for mask := 0; mask < 8; mask++ {
		m.applyMask(mask)
		m.drawFormat(mask)
		if p := m.penalty(); bestPenalty < 0 || p < bestPenalty {
			best, bestPenalty = mask, p
		}
		m.applyMask(mask) // undo
	}
	m.applyMask(best)
	m.drawFormat(best)
	return &qrCode{payload: payload, size: m.size, bits: m.mod}, nil
}

// bitWriter appends bits to bytes, most significant first.
type bitWriter struct {
	b []byte
	n int // bits written
}

func (w *bitWriter) put(v, bits int) {
	for i := bits - 1; i >= 0; i-- {
		if w.n%8 == 0 {
			w.b = append(w.b, 0)
		}
		if v>>i&1 != 0 {
			w.b[len(w.b)-1] |= 0x80 >> (w.n % 8)
		}
		w.n++
	}
}

// qrMatrix is a QR symbol being built.
type qrMatrix struct {
	ver, size int
	mod       []bool // dark modules, row by row
	fn        []bool // function modules, not data
}

func newQRMatrix(ver int) *qrMatrix {
	size := 17 + 4*ver
	m := &qrMatrix{ver: ver, size: size, mod: make([]bool, size*size), fn: make([]bool, size*size)}
	for i := 0; i < size; i++ { // timing patterns
		m.setFn(6, i, i%2 == 0)
		m.setFn(i, 6, i%2 == 0)
	}
	for _, c := range [][2]int{{3, 3}, {size - 4, 3}, {3, size - 4}} { // finders
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := c[0]+dx, c[1]+dy
				if x >= 0 && x < size && y >= 0 && y < size {
					d := max(abs(dx), abs(dy))
					m.setFn(x, y, d != 2 && d != 4)
				}
			}
		}
	}
	pos := alignmentPositions(ver)
	for i, ax := range pos { // alignment patterns
		for j, ay := range pos {
			if i == 0 && j == 0 || i == 0 && j == len(pos)-1 || i == len(pos)-1 && j == 0 {
				continue
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					m.setFn(ax+dx, ay+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	m.drawFormat(0) // reserves the format areas and sets the dark module
	if ver >= 7 {
		rem := ver
		for i := 0; i < 12; i++ {
			rem = rem<<1 ^ (rem>>11)*0x1F25
		}
		bits := ver<<12 | rem
		for i := 0; i < 18; i++ {
			a, b := size-11+i%3, i/3
			m.setFn(a, b, bits>>i&1 != 0)
			m.setFn(b, a, bits>>i&1 != 0)
		}
	}
	return m
}

func (m *qrMatrix) setFn(x, y int, dark bool) {
	m.mod[y*m.size+x] = dark
	m.fn[y*m.size+x] = true
}

// drawFormat draws both copies of the format information: level M and
// the mask.
func (m *qrMatrix) drawFormat(mask int) {
	data := 0<<3 | mask // level M is 00
	rem := data
	for i := 0; i < 10; i++ {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	bits := (data<<10 | rem) ^ 0x5412
	bit := func(i int) bool { return bits>>i&1 != 0 }
	for i := 0; i <= 5; i++ {
		m.setFn(8, i, bit(i))
	}
	m.setFn(8, 7, bit(6))
	m.setFn(8, 8, bit(7))
	m.setFn(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		m.setFn(14-i, 8, bit(i))
	}
	for i := 0; i < 8; i++ {
		m.setFn(m.size-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		m.setFn(8, m.size-15+i, bit(i))
	}
	m.setFn(8, m.size-8, true)
}

// placeData places the codewords in the zigzag order of the standard.
func (m *qrMatrix) placeData(words []byte) {
	i := 0
	for right := m.size - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		for vert := 0; vert < m.size; vert++ {
			for j := 0; j < 2; j++ {
				x := right - j
				y := vert
				if (right+1)&2 == 0 {
					y = m.size - 1 - vert
				}
				if !m.fn[y*m.size+x] && i < 8*len(words) {
					m.mod[y*m.size+x] = words[i>>3]>>(7-i&7)&1 != 0
					i++
				}
			}
		}
	}
}

// maskBit reports whether mask selects the module at column x, row y.
func maskBit(mask, x, y int) bool {
	switch mask {
	case 0:
		return (x+y)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (x+y)%3 == 0
	case 4:
		return (x/3+y/2)%2 == 0
	case 5:
		return x*y%2+x*y%3 == 0
	case 6:
		return (x*y%2+x*y%3)%2 == 0
	}
	return ((x+y)%2+x*y%3)%2 == 0
}

// applyMask flips the data modules that mask selects; applying it twice
// undoes it.
func (m *qrMatrix) applyMask(mask int) {
	i := 0
	for y := 0; y < m.size; y++ {
		for x := 0; x < m.size; x++ {
			if !m.fn[i] && maskBit(mask, x, y) {
				m.mod[i] = !m.mod[i]
			}
			i++
		}
	}
}

// penalty scores the symbol by the four rules of the standard: runs of
// one colour, 2×2 blocks, finder-like patterns and the dark balance.
func (m *qrMatrix) penalty() int {
	n, mod := m.size, m.mod
	p := 0
	for line := 0; line < 2; line++ { // rows, then columns
		step, next := 1, n // along a row, to the next row
		if line == 1 {
			step, next = n, 1
		}
		for a := 0; a < n; a++ {
			run := 0
			prev := false
			var window uint16 // the last 11 modules
			i := a * next
			for b := 0; b < n; b, i = b+1, i+step {
				c := mod[i]
				if b > 0 && c == prev {
					run++
				} else {
					if run >= 5 {
						p += run - 2
					}
					run = 1
				}
				prev = c
				window = window<<1&0x7FF | b2u(c)
				if b >= 10 && (window == 0b10111010000 || window == 0b00001011101) {
					p += 40
				}
			}
			if run >= 5 {
				p += run - 2
			}
		}
	}
	dark := 0
	for y := 0; y < n; y++ {
		row := mod[y*n : y*n+n]
		for x, c := range row {
			if c {
				dark++
			}
			if x < n-1 && y < n-1 && c == row[x+1] && c == mod[(y+1)*n+x] && c == mod[(y+1)*n+x+1] {
				p += 3
			}
		}
	}
	total := n * n
	k := (abs(dark*20-total*10)+total-1)/total - 1
	return p + 10*max(k, 0)
}

// alignmentPositions returns the centre coordinates of the alignment
// patterns of a version.
func alignmentPositions(ver int) []int {
	if ver == 1 {
		return nil
	}
	num := ver/7 + 2
	step := (ver*4 + num*2 + 1) / (num*2 - 2) * 2
	out := make([]int, num)
	out[0] = 6
	for i, pos := num-1, 17+4*ver-7; i >= 1; i, pos = i-1, pos-step {
		out[i] = pos
	}
	return out
}

// rsDivisor returns the Reed–Solomon generator polynomial of a degree,
// highest coefficient first and the leading 1 left out.
func rsDivisor(degree int) []byte {
	out := make([]byte, degree)
	out[degree-1] = 1
	root := byte(1)
	for i := 0; i < degree; i++ {
		for j := range out {
			out[j] = gfMul(out[j], root)
			if j+1 < len(out) {
				out[j] ^= out[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	return out
}

// rsRemainder returns the error correction codewords of data.
func rsRemainder(data, div []byte) []byte {
	out := make([]byte, len(div))
	for _, b := range data {
		factor := b ^ out[0]
		copy(out, out[1:])
		out[len(out)-1] = 0
		for i := range out {
			out[i] ^= gfMul(div[i], factor)
		}
	}
	return out
}

// gfMul multiplies in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
func gfMul(x, y byte) byte {
	z := 0
	for i := 7; i >= 0; i-- {
		z = z<<1 ^ (z>>7)*0x11D
		z ^= int(y>>i&1) * int(x)
	}
	return byte(z)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func b2u(b bool) uint16 {
	if b {
		return 1
	}
	return 0
}
