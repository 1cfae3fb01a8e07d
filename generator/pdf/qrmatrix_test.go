package pdf

// The QR matrix layout and GF(256) arithmetic of ISO/IEC 18004, used by
// the test decoder (qrdecode_test.go) to read codes back from the PDF.

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
