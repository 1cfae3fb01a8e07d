package pdf

import "testing"

// TestSignLayout checks the laid-out signs: everything inside the
// margins, no text overlapping other text, the QR codes' quiet zones
// free, and no body text under 9 pt.
func TestSignLayout(t *testing.T) {
	m := testMaker(t)
	for _, c := range signCases() {
		t.Run(c.name, func(t *testing.T) {
			d, err := m.sheet(c.in, c.size)
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, d, margin)
			if c.name == "long" && len(d.pages) < 2 {
				t.Errorf("the long sign has %d page; it should continue on a second", len(d.pages))
			}
		})
	}
}

// checkLayout checks the operations of every page of d.
func checkLayout(t *testing.T, d *doc, mg float64) {
	t.Helper()
	const eps = 0.01
	for pi, p := range d.pages {
		var texts []op
		for _, o := range p.ops {
			x0, y0, x1, y1 := o.box()
			if o.kind == opRect && o.stroke > 0 && o.fill < 0 || o.kind == opRaw {
				continue // the frame, or marked content
			}
			if x0 < mg-eps || y0 < mg-eps || x1 > d.w-mg+eps || y1 > d.h-mg+eps {
				t.Errorf("page %d: %v %q at %.1f,%.1f–%.1f,%.1f outside the margins", pi+1, o.kind, o.text, x0, y0, x1, y1)
			}
			if o.kind == opText {
				if o.h < minBody-eps {
					t.Errorf("page %d: %q at %.1f pt, under %v pt", pi+1, o.text, o.h, minBody)
				}
				texts = append(texts, o)
			}
		}
		for i, a := range texts {
			ax0, ay0, ax1, ay1 := a.box()
			for _, b := range texts[i+1:] {
				bx0, by0, bx1, by1 := b.box()
				if ax0 < bx1-eps && bx0 < ax1-eps && ay0 < by1-eps && by0 < ay1-eps {
					t.Errorf("page %d: %q and %q overlap", pi+1, a.text, b.text)
				}
			}
		}
		for _, q := range p.ops {
			if q.kind != opQR {
				continue
			}
			quiet := 4 * q.w
			qx0, qy0, qx1, qy1 := q.x-quiet, q.y-quiet, q.x+q.h+quiet, q.y+q.h+quiet
			for _, o := range p.ops {
				if o.kind == opQR && o.x == q.x && o.y == q.y {
					continue
				}
				x0, y0, x1, y1 := o.box()
				if o.kind == opRect && o.stroke > 0 && o.fill < 0 || o.kind == opRaw {
					continue
				}
				if x0 < qx1-eps && qx0 < x1-eps && y0 < qy1-eps && qy0 < y1-eps {
					t.Errorf("page %d: %v %q in the quiet zone of a QR code", pi+1, o.kind, o.text)
				}
			}
		}
	}
}
