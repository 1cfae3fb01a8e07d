package pdf

// qrPlace returns the matrix of a QR code of version ver holding
// codewords: function patterns, the data in the zigzag order, and the
// mask of lowest penalty by boombuler/barcode's rules (ties to the lower
// mask number), with its format information.
func qrPlace(ver int, codewords []byte) *qrCode {
	dim := 4*ver + 17
	base := make([]byte, dim*dim) // 1 dark
	fn := make([]bool, dim*dim)   // function module
	set := func(x, y int, dark bool) {
		i := y*dim + x
		fn[i] = true
		if dark {
			base[i] = 1
		} else {
			base[i] = 0
		}
	}
	// Finder patterns with their separators.
	for _, o := range [3][2]int{{0, 0}, {0, dim - 7}, {dim - 7, 0}} {
		for x := -1; x < 8; x++ {
			for y := -1; y < 8; y++ {
				if x+o[0] < 0 || x+o[0] >= dim || y+o[1] < 0 || y+o[1] >= dim {
					continue
				}
				in := x >= 0 && x <= 6 && y >= 0 && y <= 6
				set(x+o[0], y+o[1], in && (x == 0 || x == 6 || y == 0 || y == 6 || (x > 1 && x < 5 && y > 1 && y < 5)))
			}
		}
	}
	pos := qrAlignment(ver)
	for _, cx := range pos {
		for _, cy := range pos {
			if fn[cy*dim+cx] {
				continue
			}
			for x := -2; x <= 2; x++ {
				for y := -2; y <= 2; y++ {
					set(cx+x, cy+y, x == -2 || x == 2 || y == -2 || y == 2 || (x == 0 && y == 0))
				}
			}
		}
	}
	for i := 0; i < dim; i++ {
		if !fn[6*dim+i] {
			set(i, 6, i%2 == 0)
		}
		if !fn[i*dim+6] {
			set(6, i, i%2 == 0)
		}
	}
	set(8, dim-8, true)
	if ver >= 7 {
		v := bch(ver, 0x1f25)
		for i := 0; i < 18; i++ {
			d := v>>i&1 == 1
			set(dim-11+i%3, i/3, d)
			set(i/3, dim-11+i%3, d)
		}
	}
	format := formatModules(dim)
	for _, m := range format {
		fn[m[0][1]*dim+m[0][0]] = true
		fn[m[1][1]*dim+m[1][0]] = true
	}

	// Data modules in placement order, and their unmasked values.
	var cells []int32
	up := true
	for x := dim - 1; x > 0; x -= 2 {
		if x == 6 {
			x-- // the vertical timing pattern
		}
		for k := 0; k < dim; k++ {
			y := k
			if up {
				y = dim - 1 - k
			}
			for _, xx := range [2]int{x, x - 1} {
				if i := y*dim + xx; !fn[i] {
					cells = append(cells, int32(i))
				}
			}
		}
		up = !up
	}
	bits := make([]byte, len(cells))
	for i := range cells {
		if i < len(codewords)*8 && codewords[i/8]>>(7-i%8)&1 == 1 {
			bits[i] = 1
		}
	}

	best, bestPenalty := []byte(nil), -1
	grid := make([]byte, dim*dim)
	for mask := 0; mask < 8; mask++ {
		copy(grid, base)
		for i, c := range cells {
			x, y := int(c)%dim, int(c)/dim
			grid[c] = bits[i] ^ maskBit(mask, x, y)
		}
		f := bch(0<<3|mask, 0x537) ^ 0x5412 // level M is 00
		for i, m := range format {
			d := byte(f >> (14 - i) & 1)
			grid[m[0][1]*dim+m[0][0]] = d
			grid[m[1][1]*dim+m[1][0]] = d
		}
		if p := qrPenalty(grid, dim); bestPenalty < 0 || p < bestPenalty {
			bestPenalty = p
			best = append(best[:0], grid...)
		}
	}
	q := &qrCode{size: dim, bits: make([]bool, dim*dim)}
	for i, d := range best {
		q.bits[i] = d == 1
	}
	return q
}

// maskBit is 1 where mask flips the module at column x, row y.
func maskBit(mask, x, y int) byte {
	var flip bool
	switch mask {
	case 0:
		flip = (y+x)%2 == 0
	case 1:
		flip = y%2 == 0
	case 2:
		flip = x%3 == 0
	case 3:
		flip = (y+x)%3 == 0
	case 4:
		flip = (y/2+x/3)%2 == 0
	case 5:
		flip = (y*x)%2+(y*x)%3 == 0
	case 6:
		flip = ((y*x)%2+(y*x)%3)%2 == 0
	default:
		flip = ((y+x)%2+(y*x)%3)%2 == 0
	}
	if flip {
		return 1
	}
	return 0
}

// formatModules lists the two places (column, row) of each of the 15
// format bits, the most significant first.
func formatModules(dim int) [15][2][2]int {
	first := [15][2]int{{0, 8}, {1, 8}, {2, 8}, {3, 8}, {4, 8}, {5, 8}, {7, 8}, {8, 8}, {8, 7}, {8, 5}, {8, 4}, {8, 3}, {8, 2}, {8, 1}, {8, 0}}
	var out [15][2][2]int
	for i := range out {
		out[i][0] = first[i]
		if i < 7 {
			out[i][1] = [2]int{8, dim - 1 - i}
		} else {
			out[i][1] = [2]int{dim - 15 + i, 8}
		}
	}
	return out
}

// qrPenalty is the penalty of a masked matrix (row by row, 1 dark) as
// boombuler/barcode computes it.
func qrPenalty(g []byte, dim int) int {
	t := make([]byte, len(g)) // the columns as rows
	for y := 0; y < dim; y++ {
		for x := 0; x < dim; x++ {
			t[x*dim+y] = g[y*dim+x]
		}
	}
	p := lines(g, dim) + lines(t, dim)
	// Rule 2: 2×2 blocks of one colour.
	for y := 0; y < dim-1; y++ {
		r, s := g[y*dim:], g[(y+1)*dim:]
		for x := 0; x < dim-1; x++ {
			if c := r[x]; r[x+1] == c && s[x] == c && s[x+1] == c {
				p += 3
			}
		}
	}
	// Rule 4: the share of dark modules away from half.
	dark := 0
	for _, d := range g {
		dark += int(d)
	}
	pct := float64(dark) * 100 / float64(len(g))
	lo, hi := int(pct/5), int(pct/5)
	if float64(hi) < pct/5 {
		hi++
	}
	return p + 10*min(abs10(lo), abs10(hi))
}

// lines is the penalty of rules 1 and 3 along the rows of g: runs of five
// or more modules of one colour, and the finder-like patterns 1011101
// with four light modules before or after.
func lines(g []byte, dim int) int {
	const p1, p2 = 0b10111010000, 0b00001011101
	p := 0
	for y := 0; y < dim; y++ {
		row := g[y*dim : (y+1)*dim]
		var cur byte
		run, w := 0, 0
		for x, v := range row {
			if v == cur {
				run++
			} else {
				cur ^= 1
				if run >= 5 {
					p += run - 2
				}
				run = 1
			}
			w = (w<<1 | int(v)) & 0x7ff
			if x >= 10 && (w == p1 || w == p2) {
				p += 40
			}
		}
		if run >= 5 {
			p += run - 2
		}
	}
	return p
}

func abs10(v int) int {
	if v < 10 {
		return 10 - v
	}
	return v - 10
}
