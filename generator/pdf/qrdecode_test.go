package pdf

import (
	"errors"
	"fmt"
)

// decodeQR reads a QR code of byte mode at level M back from its
// modules: format information, unmasking, the zigzag order, the blocks,
// the Reed–Solomon check and the byte segment. It shares only the
// function-pattern map and the block table with the encoder.
func decodeQR(size int, modules []bool) (string, error) {
	if size < 21 || (size-17)%4 != 0 || len(modules) != size*size {
		return "", fmt.Errorf("not a QR code size: %d", size)
	}
	ver := (size - 17) / 4
	if ver > 20 { // the versions of qrLevelM
		return "", fmt.Errorf("version %d not supported", ver)
	}
	dark := func(x, y int) bool { return modules[y*size+x] }

	// Format information, first copy, around the top-left finder.
	pos := [][2]int{{8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}}
	bits := 0
	for i, p := range pos {
		if dark(p[0], p[1]) {
			bits |= 1 << i
		}
	}
	bits ^= 0x5412
	data := bits >> 10
	rem := data
	for i := 0; i < 10; i++ {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	if rem&0x3FF != bits&0x3FF {
		return "", errors.New("format information does not check")
	}
	if data>>3 != 0 {
		return "", fmt.Errorf("error correction level bits %02b, want M (00)", data>>3)
	}
	mask := data & 7
	masked := func(x, y int) bool {
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

	// Codewords in the zigzag order: column pairs from the right, up and
	// down in turn, skipping the timing column.
	fn := newQRMatrix(ver).fn
	var words []byte
	var cur byte
	n := 0
	up := true
	for right := size - 1; right > 0; right -= 2 {
		if right == 6 {
			right--
		}
		for k := 0; k < size; k++ {
			y := k
			if up {
				y = size - 1 - k
			}
			for x := right; x >= right-1; x-- {
				if fn[y*size+x] {
					continue
				}
				bit := dark(x, y) != masked(x, y)
				cur <<= 1
				if bit {
					cur |= 1
				}
				if n++; n%8 == 0 {
					words = append(words, cur)
					cur = 0
				}
			}
		}
		up = !up
	}

	// Blocks: de-interleave, check the error correction, join the data.
	b := qrLevelM()[ver]
	nb := b.n1 + b.n2
	blocks := make([][]byte, nb)
	i := 0
	for k := 0; k < max(b.d1, b.d2); k++ {
		for j := 0; j < nb; j++ {
			if d := map[bool]int{true: b.d1, false: b.d2}[j < b.n1]; k < d {
				blocks[j] = append(blocks[j], words[i])
				i++
			}
		}
	}
	for k := 0; k < b.ec; k++ {
		for j := 0; j < nb; j++ {
			blocks[j] = append(blocks[j], words[i])
			i++
		}
	}
	var stream []byte
	for j, blk := range blocks {
		// Every syndrome of a valid codeword is 0: the polynomial vanishes
		// at α⁰ … α^(ec-1).
		alpha := byte(1)
		for s := 0; s < b.ec; s++ {
			var v byte
			for _, c := range blk {
				v = gfMul(v, alpha) ^ c
			}
			if v != 0 {
				return "", fmt.Errorf("block %d: syndrome %d is %d", j, s, v)
			}
			alpha = gfMul(alpha, 2)
		}
		stream = append(stream, blk[:len(blk)-b.ec]...)
	}

	// The segment: mode 0100 (bytes), the count, the bytes.
	bitAt := 0
	read := func(k int) int {
		v := 0
		for ; k > 0; k-- {
			v = v<<1 | int(stream[bitAt/8]>>(7-bitAt%8)&1)
			bitAt++
		}
		return v
	}
	if m := read(4); m != 4 {
		return "", fmt.Errorf("mode %04b, want byte mode", m)
	}
	count := read(map[bool]int{true: 8, false: 16}[ver < 10])
	if bitAt+8*count > 8*len(stream) {
		return "", errors.New("count longer than the data")
	}
	out := make([]byte, count)
	for k := range out {
		out[k] = byte(read(8))
	}
	return string(out), nil
}

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
