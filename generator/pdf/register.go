package pdf

import (
	"fmt"
	"strings"

	"policysite/generator/notice"
)

// Page geometry of the camera register: A4 landscape.
const (
	regW, regH   = 297.0, 210.0
	regMargin    = 12.0
	regBody      = 10.0
	regHeadBody  = 9.5
	regPad       = 1.4
	regCellGap   = 3.0
	regTitleSize = 18.0
)

// SignLanguages returns the languages of sign variant v on the Maker's
// site, the default first.
func (m *Maker) SignLanguages(v notice.SignVariant) []string { return m.site.SignLanguages(v) }

// CameraRegister returns the printable camera register of in (A4
// landscape), for the data protection officer: per site, a row per
// monitored zone (location, what is monitored, recorded or live only,
// retention, who sees the images), the places where cameras are not
// allowed, and the entrances where signs hang with the zones behind
// them. A fact the register does not give reads "not stated in the
// documents". It is in the site's default language: it is
// an internal document. It is an error when in has no register.
func (m *Maker) CameraRegister(in *notice.Institution) ([]byte, error) {
	if in.Cameras == nil {
		return nil, fmt.Errorf("pdf: %s has no camera register", in.ID)
	}
	b, err := m.render(m.cameraRegister(in))
	if err != nil {
		return nil, fmt.Errorf("pdf: camera register of %s: %w", in.ID, err)
	}
	return b, nil
}

// cameraRegister lays out the register of in.
func (m *Maker) cameraRegister(in *notice.Institution) *doc {
	l := m.langs[0]
	f := &m.fonts
	t := func(key string, args ...any) string { return m.cat.T(l, key, args...) }
	or := func(x notice.Text) []para {
		if s := strings.TrimSpace(x.In(l)); s != "" {
			return []para{{spans: []span{{s, regular}}}}
		}
		return []para{{spans: []span{{t("camera.not-stated"), italic}}}}
	}
	d := &doc{w: regW, h: regH, scale: 1, lang: l, date: in.Document.Effective.Time,
		title:  t("camera.register") + " — " + in.Name.In(l),
		author: controllerOf(in).Name.In(l), watermark: m.watermark(in)}
	g := newGrid(5, regMargin, regW-regMargin, regCellGap)
	head := f.layout([]para{
		{spans: []span{{t("camera.register"), bold}}, size: regTitleSize},
		{spans: []span{{in.Name.In(l), bold}}, size: 13, before: 1},
		{spans: []span{{registerIntro(t, m.cat.Date(l, in.Document.Effective.Time), in.Document.Effective.Dated()), regular}}, before: 1.5},
	}, regW-2*regMargin, regBody)
	p := d.newPage()
	head.draw(p, f, regMargin, regMargin)
	fl := flow{g: g, f: f, p: p, y: regMargin + head.h + 4, top: regMargin + head.h + 4, bottom: regH - regMargin,
		body: regBody, pad: regPad, rules: true}
	fl.next = func() (*page, float64, float64) {
		p := d.newPage()
		return p, regMargin, regH - regMargin
	}
	label := func(key string) []para { return []para{{spans: []span{{t(key), bold}}, size: regHeadBody}} }
	whole := func(ps []para) laidRow {
		b := f.layout(ps, regW-2*regMargin, regBody)
		return laidRow{cells: []block{b}, h: b.h}
	}
	for _, s := range in.Cameras.Sites {
		site := []para{{spans: []span{{t("camera.site") + ": ", bold}, {commas(s.Name.In(l), s.Address), bold}}, size: 12, before: 3}}
		fl.add(whole(site))
		fl.add(f.layoutRows(g, []row{{cells: [][]para{label("camera.location"), label("camera.monitors"),
			label("camera.recording"), label("camera.retention"), label("camera.access")}}}, regBody)[0])
		for _, z := range s.Zones {
			rec := []para{{spans: []span{{t("camera.not-stated"), italic}}}}
			if z.Recording != "" {
				rec = []para{{spans: []span{{t("camera.recording." + z.Recording), regular}}}}
			}
			ret := or(z.Retention)
			if z.Retention.IsZero() && len(in.VideoPurposes()) > 0 {
				ret = []para{{spans: []span{{t("camera.retention.default", shortRetention(m, l, in.VideoPurposes()[0].Retention)), regular}}}}
			}
			fl.add(f.layoutRows(g, []row{{cells: [][]para{or(z.Location), or(z.Monitors), rec, ret, or(z.Access)}}}, regBody)[0])
		}
		var forbidden []string
		for _, x := range s.Forbidden {
			forbidden = append(forbidden, x.In(l))
		}
		fb := t("camera.not-stated")
		if len(forbidden) > 0 {
			fb = strings.Join(forbidden, "; ")
		}
		fl.add(whole([]para{{spans: []span{{t("camera.forbidden") + " ", bold}, {fb, regular}}}}))
		var signs []string
		for _, e := range s.Entrances {
			var zs []string
			for _, z := range s.Zones {
				if containsStr(e.Zones, z.ID) {
					zs = append(zs, z.Location.In(l))
				}
			}
			signs = append(signs, e.Name.In(l)+" ("+t("camera.entrance.zones", strings.Join(zs, "; "))+")")
		}
		es := t("camera.not-stated")
		if len(signs) > 0 {
			es = strings.Join(signs, "; ")
		}
		fl.add(whole([]para{{spans: []span{{t("camera.entrances") + ": ", bold}, {es, regular}}}}))
	}
	return d
}

// registerIntro is the register's opening sentence, naming the notice it
// follows by its effective date when it has one.
func registerIntro(t func(key string, args ...any) string, date string, dated bool) string {
	if !dated {
		return t("camera.register.intro.undated")
	}
	return t("camera.register.intro", date)
}
