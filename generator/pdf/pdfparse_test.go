package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// A small reader of the PDFs this package writes, so that the tests check
// what is really in the file: it follows the cross-reference table to the
// objects, decodes the text shown through each font's encoding
// (Differences with uniXXXX names) and widths, and collects the
// rectangles of the QR codes. It is not a general PDF parser.

// pdfText is a piece of text shown with Tj, in millimetres from the top
// left of its page.
type pdfText struct {
	page       int
	x, y, w    float64
	size       float64
	font, text string
}

// pdfQR is a QR code found in a page: its modules as read back.
type pdfQR struct {
	page    int
	x, y    float64 // top left, mm
	side    float64 // mm
	size    int     // modules
	modules []bool
}

// pdfBox is a rectangle in millimetres from the top left of a page.
type pdfBox struct {
	page           int
	x0, y0, x1, y1 float64
}

// pdfDoc is what the tests read from a PDF.
type pdfDoc struct {
	// pictos are the bounding boxes of the paths marked /Picto.
	pictos []pdfBox
	pages  int
	w, h   float64 // page size, mm
	texts  []pdfText
	qrs    []pdfQR
	fonts  map[string]string // resource name → BaseFont
	header string
}

const mmPerPt = 25.4 / 72

// readPDF reads b.
func readPDF(t testing.TB, b []byte) *pdfDoc {
	t.Helper()
	objs := pdfObjects(t, b)
	d := &pdfDoc{fonts: map[string]string{}, header: string(b[:8])}

	// Fonts: the resource dictionary maps names to font objects.
	type font struct {
		widths []float64
		codes  map[byte]rune
	}
	fonts := map[string]*font{}
	resRe := regexp.MustCompile(`/(F[0-9a-f]+) (\d+) 0 R`)
	for _, o := range objs {
		if !strings.Contains(o.dict, "/Font <<") {
			continue
		}
		for _, m := range resRe.FindAllStringSubmatch(o.dict, -1) {
			fo := objs[atoi(t, m[2])]
			fn := &font{codes: map[byte]rune{}}
			d.fonts[m[1]] = field(fo.dict, "/BaseFont /")
			ws := objs[atoi(t, field(fo.dict, "/Widths "))].dict
			for _, f := range strings.Fields(strings.Trim(strings.TrimSpace(ws), "[]")) {
				v, err := strconv.ParseFloat(f, 64)
				if err != nil {
					t.Fatalf("widths: %v", err)
				}
				fn.widths = append(fn.widths, v)
			}
			if e := field(fo.dict, "/Encoding "); e != "" && e != "/WinAnsiEncoding" {
				enc := objs[atoi(t, e)].dict
				diff := enc[strings.Index(enc, "/Differences [")+len("/Differences [") : strings.LastIndex(enc, "]")]
				code := 0
				for _, f := range strings.Fields(diff) {
					if strings.HasPrefix(f, "/uni") {
						v, err := strconv.ParseUint(f[4:], 16, 32)
						if err != nil {
							t.Fatalf("glyph name %s: %v", f, err)
						}
						fn.codes[byte(code)] = rune(v)
						code++
					} else {
						code = atoi(t, f)
					}
				}
			}
			fonts[m[1]] = fn
		}
	}

	// Pages, in order of their objects.
	var pageObjs []int
	for n, o := range objs {
		if strings.Contains(o.dict, "/Type /Page\n") {
			pageObjs = append(pageObjs, n)
		}
		if i := strings.Index(o.dict, "/MediaBox [0 0 "); i >= 0 {
			f := strings.Fields(o.dict[i+len("/MediaBox [0 0 "):])
			w, _ := strconv.ParseFloat(f[0], 64)
			h, _ := strconv.ParseFloat(strings.TrimSuffix(f[1], "]"), 64)
			d.w, d.h = w*mmPerPt, h*mmPerPt
		}
	}
	sort.Ints(pageObjs)
	d.pages = len(pageObjs)
	for pi, n := range pageObjs {
		content := objs[atoi(t, field(objs[n].dict, "/Contents "))].stream
		var stack []string
		var cur *font
		var curName string
		var size, tx, ty float64
		inQR, inPicto := false, false
		var rects [][4]float64
		var box pdfBox
		extend := func(x, y float64) {
			x, y = x*mmPerPt, d.h-y*mmPerPt
			box.x0, box.y0 = min(box.x0, x), min(box.y0, y)
			box.x1, box.y1 = max(box.x1, x), max(box.y1, y)
		}
		for _, tok := range pdfTokens(content) {
			if !tok.op {
				stack = append(stack, tok.s)
				continue
			}
			num := func(i int) float64 {
				v, err := strconv.ParseFloat(stack[len(stack)-i], 64)
				if err != nil {
					t.Fatalf("page %d: operand %q of %s: %v", pi+1, stack[len(stack)-i], tok.s, err)
				}
				return v
			}
			switch tok.s {
			case "Tf":
				curName = strings.TrimPrefix(stack[len(stack)-2], "/")
				cur, size = fonts[curName], num(1)
				if cur == nil {
					t.Fatalf("page %d: unknown font %s", pi+1, curName)
				}
			case "Td":
				tx, ty = num(2), num(1)
			case "Tj":
				raw := stack[len(stack)-1]
				var sb strings.Builder
				w := 0.0
				for i := 0; i < len(raw); i++ {
					c := raw[i]
					r := rune(c)
					if c >= 127 {
						var ok bool
						if r, ok = cur.codes[c]; !ok {
							t.Fatalf("page %d: code %d not in the encoding of %s", pi+1, c, curName)
						}
					}
					sb.WriteRune(r)
					w += cur.widths[int(c)-32] * size / 1000
				}
				d.texts = append(d.texts, pdfText{page: pi + 1, x: tx * mmPerPt, y: d.h - ty*mmPerPt,
					w: w * mmPerPt, size: size, font: d.fonts[curName], text: sb.String()})
			case "BMC":
				inQR = stack[len(stack)-1] == "/QR"
				inPicto = stack[len(stack)-1] == "/Picto"
				rects = nil
				box = pdfBox{page: pi + 1, x0: 1e9, y0: 1e9, x1: -1e9, y1: -1e9}
			case "re":
				if inQR {
					rects = append(rects, [4]float64{num(4), num(3), num(2), num(1)})
				}
				if inPicto {
					extend(num(4), num(3))
					extend(num(4)+num(2), num(3)+num(1))
				}
			case "m", "l":
				if inPicto {
					extend(num(2), num(1))
				}
			case "c":
				if inPicto {
					extend(num(2), num(1))
				}
			case "EMC":
				if inQR {
					d.qrs = append(d.qrs, qrFromRects(t, pi+1, d.h, rects))
				}
				if inPicto {
					d.pictos = append(d.pictos, box)
				}
				inQR, inPicto = false, false
			}
			stack = stack[:0]
		}
	}
	return d
}

// qrFromRects turns the rectangles of a QR code back into modules.
func qrFromRects(t testing.TB, page int, ph float64, rects [][4]float64) pdfQR {
	t.Helper()
	if len(rects) == 0 {
		t.Fatalf("page %d: empty QR code", page)
	}
	minX, maxX, minY, maxY, mod := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1), math.Inf(1)
	for _, r := range rects {
		minX, maxX = math.Min(minX, r[0]), math.Max(maxX, r[0]+r[2])
		minY, maxY = math.Min(minY, r[1]), math.Max(maxY, r[1]+r[3])
		mod = math.Min(mod, r[3])
	}
	n := int(math.Round((maxX - minX) / mod))
	if m := int(math.Round((maxY - minY) / mod)); m != n {
		t.Fatalf("page %d: QR code is %d×%d modules", page, n, m)
	}
	q := pdfQR{page: page, x: minX * mmPerPt, y: ph - maxY*mmPerPt, side: (maxX - minX) * mmPerPt, size: n, modules: make([]bool, n*n)}
	for _, r := range rects {
		row := int(math.Round((maxY - r[1] - r[3]) / mod))
		c0 := int(math.Round((r[0] - minX) / mod))
		c1 := int(math.Round((r[0] + r[2] - minX) / mod))
		if math.Abs(r[3]-mod) > 0.01 {
			t.Fatalf("page %d: QR rectangle %v is not one module high", page, r)
		}
		for c := c0; c < c1; c++ {
			q.modules[row*n+c] = true
		}
	}
	return q
}

// pdfObject is an indirect object: its dictionary (or other body) and
// its decoded stream.
type pdfObject struct {
	dict   string
	stream []byte
}

// pdfObjects reads every object through the cross-reference table.
func pdfObjects(t testing.TB, b []byte) map[int]pdfObject {
	t.Helper()
	i := bytes.LastIndex(b, []byte("startxref"))
	if i < 0 {
		t.Fatal("no startxref")
	}
	xref := atoi(t, strings.Fields(string(b[i+len("startxref"):]))[0])
	f := strings.Fields(string(b[xref:min(len(b), xref+64)]))
	if f[0] != "xref" {
		t.Fatalf("no xref at %d", xref)
	}
	n := atoi(t, f[2])
	entries := b[xref:]
	entries = entries[bytes.Index(entries, []byte(f[2]+"\n"))+len(f[2])+1:]
	objs := map[int]pdfObject{}
	for k := 1; k < n; k++ {
		e := string(entries[20*k : 20*k+20])
		if e[17] != 'n' {
			continue
		}
		off := atoi(t, e[:10])
		head := fmt.Sprintf("%d 0 obj", k)
		if !bytes.HasPrefix(b[off:], []byte(head)) {
			t.Fatalf("object %d not at offset %d", k, off)
		}
		body := b[off+len(head):]
		end := bytes.Index(body, []byte("endobj"))
		st := bytes.Index(body, []byte("stream\n"))
		var o pdfObject
		if st >= 0 && st < end {
			o.dict = string(body[:st])
			length := atoi(t, field(o.dict, "/Length "))
			o.stream = body[st+len("stream\n") : st+len("stream\n")+length]
			if strings.Contains(o.dict, "/FlateDecode") {
				zr, err := zlib.NewReader(bytes.NewReader(o.stream))
				if err != nil {
					t.Fatalf("object %d: %v", k, err)
				}
				if o.stream, err = io.ReadAll(zr); err != nil {
					t.Fatalf("object %d: %v", k, err)
				}
			}
		} else {
			o.dict = string(body[:end])
		}
		objs[k] = o
	}
	return objs
}

// field returns the token after key in a dictionary: a number (the
// object number of a reference) or a name.
func field(dict, key string) string {
	i := strings.Index(dict, key)
	if i < 0 {
		return ""
	}
	rest := dict[i+len(key):]
	if j := strings.IndexAny(rest, " \n>"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// pdfToken is an operand or operator of a content stream; strings are
// decoded to their bytes.
type pdfToken struct {
	s  string
	op bool
}

// pdfTokens splits a content stream into tokens.
func pdfTokens(b []byte) []pdfToken {
	var out []pdfToken
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			i++
		case c == '(':
			var s []byte
			depth := 0
			for i++; i < len(b); i++ {
				c := b[i]
				if c == '\\' {
					i++
					switch b[i] {
					case 'n':
						s = append(s, '\n')
					case 'r':
						s = append(s, '\r')
					case 't':
						s = append(s, '\t')
					case '0', '1', '2', '3', '4', '5', '6', '7':
						v := 0
						for k := 0; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
							v = v*8 + int(b[i]-'0')
							i++
						}
						i--
						s = append(s, byte(v))
					default:
						s = append(s, b[i])
					}
					continue
				}
				if c == '(' {
					depth++
				}
				if c == ')' {
					if depth == 0 {
						i++
						break
					}
					depth--
				}
				s = append(s, c)
			}
			out = append(out, pdfToken{s: string(s)})
		case c == '[' || c == ']':
			i++
		default:
			j := i
			for j < len(b) && !strings.ContainsRune(" \n\r\t()[]", rune(b[j])) {
				j++
			}
			if j == i {
				j++
			}
			tok := string(b[i:j])
			isOp := tok[0] != '/' && (tok[0] < '0' || tok[0] > '9') && tok[0] != '-' && tok[0] != '.'
			out = append(out, pdfToken{s: tok, op: isOp})
			i = j
		}
	}
	return out
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		t.Fatalf("number %q: %v", s, err)
	}
	return v
}

// text returns all text of the document, pieces on one baseline joined,
// lines separated by newlines, pages by form feeds.
func (d *pdfDoc) text() string {
	var b strings.Builder
	for i, l := range d.lines() {
		if i > 0 {
			if l.page != d.lines()[i-1].page {
				b.WriteString("\f")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// pdfLine is the text on one baseline of a page: pieces that touch are
// joined, columns apart are separated by " | ".
type pdfLine struct {
	page    int
	x, y    float64
	size    float64
	text    string
	columns []string
}

func (d *pdfDoc) lines() []pdfLine {
	ts := append([]pdfText(nil), d.texts...)
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if a.page != b.page {
			return a.page < b.page
		}
		if math.Abs(a.y-b.y) > 0.05 {
			return a.y < b.y
		}
		return a.x < b.x
	})
	var out []pdfLine
	end := 0.0
	for _, t := range ts {
		n := len(out)
		if n == 0 || out[n-1].page != t.page || math.Abs(out[n-1].y-t.y) > 0.05 {
			out = append(out, pdfLine{page: t.page, x: t.x, y: t.y, size: t.size, text: t.text, columns: []string{t.text}})
		} else {
			l := &out[n-1]
			switch gap := t.x - end; {
			case gap > 5:
				l.text += " | " + t.text
				l.columns = append(l.columns, t.text)
			case gap > 0.8:
				l.text += " " + t.text
				l.columns[len(l.columns)-1] += " " + t.text
			default:
				l.text += t.text
				l.columns[len(l.columns)-1] += t.text
			}
		}
		end = t.x + t.w
	}
	return out
}
