package notice

import "go.yaml.in/yaml/v3"

// Cameras is an institution's camera register (optional field cameras:):
// its sites with the monitored zones, the places where cameras are
// forbidden, where the warning signs hang, and short wordings for the
// first-layer sign. Every fact is optional apart from the names of sites
// and the ids of zones: a fact the institution's documents do not
// give is left out, and printed as "not stated", never guessed.
type Cameras struct {
	// Sign holds short first-layer wordings; zero fields mean the sign
	// uses the purpose's own text.
	Sign  SignWording
	Sites []CameraSite
	// Public reports whether the printable register is published with
	// the site (cameras.public: true); by default it is not, since it
	// lists camera positions.
	Public bool
}

// SignWording is the short form of the facts a warning sign shows, with
// the positions of the texts so that a sign that does not fit can name
// the text to shorten.
type SignWording struct {
	Purpose    Text // what the cameras are for, in a line or two
	Recipients Text // who receives recordings, e.g. the police on request
	// PurposePos and RecipientsPos are where the texts are written.
	PurposePos, RecipientsPos Pos
}

// CameraSite is a building or territory with cameras.
type CameraSite struct {
	Name    Text
	Address string // optional
	Zones   []Zone
	// Forbidden lists places where cameras are not allowed, such as
	// toilets, changing rooms and medical rooms, stated as such.
	Forbidden []Text
	Entrances []Entrance
}

// Zone is a monitored zone, or one camera.
type Zone struct {
	ID        string
	Location  Text   // optional: the seed may not name it
	Monitors  Text   // optional: what is monitored
	Recording string // optional: "recorded" or "live" (live view only)
	Retention Text   // optional: where it differs from the purpose's
	Access    Text   // optional: who may view the images
}

// Entrance is a place where a warning sign hangs, with the zones behind
// it (by zone id).
type Entrance struct {
	ID    string
	Name  Text
	Zones []string
}

// RecordingModes lists the valid values of a zone's recording field.
func RecordingModes() []string { return []string{"recorded", "live"} }

// cameras decodes the camera register at n (the institution's cameras:
// field); nil n gives nil.
func (d *decoder) cameras(n *yaml.Node) *Cameras {
	if n == nil {
		return nil
	}
	f := d.mapping(n, "cameras", "sign", "sites", "public")
	if f == nil {
		return nil
	}
	c := &Cameras{Public: d.boolean(f, "public", false)}
	if sn := f.vals["sign"]; sn != nil {
		if sf := d.mapping(sn, "cameras.sign", "purpose", "recipients"); sf != nil {
			c.Sign.Purpose = d.text(sf, "purpose")
			c.Sign.Recipients = d.text(sf, "recipients")
			if v := sf.vals["purpose"]; v != nil {
				c.Sign.PurposePos = d.pos(resolve(v))
			}
			if v := sf.vals["recipients"]; v != nil {
				c.Sign.RecipientsPos = d.pos(resolve(v))
			}
		}
	}
	d.list(f, "sites", func(i int, n *yaml.Node, path string) {
		if s := d.cameraSite(n, path); s != nil {
			c.Sites = append(c.Sites, *s)
		}
	})
	return c
}

// cameraSite decodes one site of the register.
func (d *decoder) cameraSite(n *yaml.Node, path string) *CameraSite {
	f := d.mapping(n, path, "name", "address", "zones", "forbidden", "entrances")
	if f == nil {
		return nil
	}
	d.require(f, "name", "zones")
	s := &CameraSite{Name: d.text(f, "name"), Address: d.str(f, "address"), Forbidden: d.texts(f, "forbidden")}
	ids := map[string]bool{}
	d.list(f, "zones", func(i int, n *yaml.Node, path string) {
		zf := d.mapping(n, path, "id", "location", "monitors", "recording", "retention", "access")
		if zf == nil {
			return
		}
		d.require(zf, "id")
		z := Zone{ID: d.slug(zf, "id"), Location: d.text(zf, "location"), Monitors: d.text(zf, "monitors"),
			Retention: d.text(zf, "retention"), Access: d.text(zf, "access")}
		if zf.has("recording") {
			z.Recording = d.oneOf(zf, "recording", RecordingModes())
		}
		if z.ID != "" {
			if ids[z.ID] {
				d.errorf(zf.vals["id"], path+".id", "duplicate zone id %q", z.ID)
			}
			ids[z.ID] = true
		}
		s.Zones = append(s.Zones, z)
	})
	if f.has("zones") && len(s.Zones) == 0 {
		d.errorf(f.vals["zones"], join(path, "zones"), "list at least one zone")
	}
	d.list(f, "entrances", func(i int, n *yaml.Node, path string) {
		ef := d.mapping(n, path, "id", "name", "zones")
		if ef == nil {
			return
		}
		d.require(ef, "id", "name", "zones")
		e := Entrance{ID: d.slug(ef, "id"), Name: d.text(ef, "name")}
		d.list(ef, "zones", func(j int, zn *yaml.Node, zpath string) {
			if id, ok := d.scalar(zn, zpath); ok {
				if !ids[id] {
					d.errorf(zn, zpath, "no zone with id %q in this site", id)
				}
				e.Zones = append(e.Zones, id)
			}
		})
		s.Entrances = append(s.Entrances, e)
	})
	return s
}
