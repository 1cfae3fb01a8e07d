package pdf

import "strings"

// slotSize is how many non-ASCII characters one encoding holds: codes
// 127 to 255.
const slotSize = 129

// encoding maps the characters of one document to font slots and codes.
type encoding struct {
	slots [][]rune // per slot, the non-ASCII runes by code from 127
	code  map[rune][2]int
}

// newEncoding returns an encoding for the non-ASCII runes rs, sorted.
func newEncoding(rs []rune) *encoding {
	e := &encoding{code: make(map[rune][2]int, len(rs))}
	for i, r := range rs {
		if i%slotSize == 0 {
			e.slots = append(e.slots, nil)
		}
		s := len(e.slots) - 1
		e.code[r] = [2]int{s, 127 + len(e.slots[s])}
		e.slots[s] = append(e.slots[s], r)
	}
	if len(e.slots) == 0 {
		e.slots = [][]rune{nil}
	}
	return e
}

// split returns s as pieces of one slot each, encoded as bytes.
func (e *encoding) split(s string) (slots []int, texts []string) {
	var b strings.Builder
	cur := -1
	for _, r := range s {
		slot, c := 0, int(r)
		if r >= 127 {
			sc := e.code[r]
			slot, c = sc[0], sc[1]
		}
		if r < 127 && cur >= 0 {
			slot = cur // ASCII is in every slot
		}
		if slot != cur && b.Len() > 0 {
			slots, texts = append(slots, cur), append(texts, b.String())
			b.Reset()
		}
		cur = slot
		b.WriteByte(byte(c))
	}
	if b.Len() > 0 {
		slots, texts = append(slots, cur), append(texts, b.String())
	}
	return slots, texts
}
