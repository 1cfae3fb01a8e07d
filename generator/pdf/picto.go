package pdf

import "math"

// drawPictogram draws the pictogram of the information sheet: a white
// camera on a wall bracket on a black square of side s with its top
// left at x, y.
func drawPictogram(p *page, x, y, s float64) {
	p.mark("Picto")
	drawCamera(p, x, y, s, palette{ink: white, paper: black})
	p.mark("")
}

// drawSignPictogram draws the pictogram of the warning sign in the style
// of safety signs: a square frame in ink around the paper colour, with
// the camera in ink, all vector shapes.
func drawSignPictogram(p *page, x, y, s float64, pal palette) {
	p.mark("Picto")
	p.rect(x, y, s, s, 0, 0)
	p.coloured(pal.ink)
	in := 0.07 * s
	drawCamera(p, x+in, y+in, s-2*in, pal)
	p.mark("")
}

// drawCamera draws a camera on a wall bracket in ink on a square of
// paper of side s with its top left at x, y.
func drawCamera(p *page, x, y, s float64, pal palette) {
	p.rect(x, y, s, s, 0, 0)
	p.coloured(pal.paper)
	// Shapes in a unit square, y down, mapped onto the square.
	at := func(u, v float64) point { return point{x + u*s, y + v*s} }
	const (
		angle = 20 * math.Pi / 180 // the camera looks down to the right
		cx    = 0.46               // centre of the body
		cy    = 0.39
		hl    = 0.26 // half length of the body
		hh    = 0.11
	)
	sin, cos := math.Sin(angle), math.Cos(angle)
	rot := func(u, v float64) point { return at(cx+u*cos-v*sin, cy+u*sin+v*cos) }
	poly := func(pts ...point) {
		p.polygon(0, pts...)
		p.coloured(pal.ink)
	}

	// Body, with a sun shield on top and the lens hood in front.
	poly(rot(-hl, -hh), rot(hl, -hh), rot(hl, hh), rot(-hl, hh))
	poly(rot(-hl-0.03, -hh-0.05), rot(hl+0.08, -hh-0.05), rot(hl+0.08, -hh-0.02), rot(-hl-0.03, -hh-0.02))
	poly(rot(hl+0.015, -hh+0.01), rot(hl+0.10, -hh-0.01), rot(hl+0.10, hh+0.03), rot(hl+0.015, hh+0.01))

	// Bracket: an arm from under the body to a plate on the wall.
	joint := rot(-hl*0.35, hh)
	wall := at(0.14, 0.70)
	dx, dy := wall.x-joint.x, wall.y-joint.y
	n := math.Hypot(dx, dy)
	w := 0.035 * s
	ox, oy := -dy/n*w, dx/n*w
	poly(point{joint.x + ox, joint.y + oy}, point{joint.x - ox, joint.y - oy},
		point{wall.x - ox, wall.y - oy}, point{wall.x + ox, wall.y + oy})
	p.rect(x+0.09*s, y+0.58*s, 0.07*s, 0.26*s, 0, 0)
	p.coloured(pal.ink)
	p.circle(joint.x, joint.y, 0.045*s, 0)
	p.coloured(pal.ink)

	// Recording waves in front of the lens.
	c := rot(hl+0.10, 0.01)
	for _, r := range []float64{0.08, 0.14} {
		p.arc(c.x, c.y, r*s, -angle*180/math.Pi+35, -angle*180/math.Pi-35, 0.025*s)
		p.coloured(pal.ink)
	}
}
