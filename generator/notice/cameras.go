package notice

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

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

// camerasField is the institution's cameras: field, the camera register.
// Every fact is optional but a site's name and zones and a zone's id: a
// register holds only what the institution's documents say.
func camerasField() Field {
	zone := Field{Kind: KindObject, Type: "zone", Fields: []Field{
		value("id", KindSlug, Structural, "", "The zone's id, unique in its site.", "ID"),
		text("location", Optional, "", "Where the camera or zone is.", "Location"),
		text("monitors", Optional, "", "What is monitored.", "Monitors"),
		enum("recording", RecordingModes(), Optional, "", "recorded, or live: viewed only.", "Recording"),
		text("retention", Optional, "Art 13(2)(a)", "The retention period where it differs from the purpose's.", "Retention"),
		text("access", Optional, "", "Who may view the images.", "Access"),
	}}
	entrance := Field{Kind: KindObject, Type: "entrance", Fields: []Field{
		value("id", KindSlug, Structural, "", "The entrance's id: its sign's file name.", "ID"),
		text("name", Structural, "", "The entrance, as people know it.", "Name"),
		listOf("zones", Field{Kind: KindSlug}, Structural, "", "The ids of the zones behind it, in this site.", "Zones"),
	}}
	site := Field{Kind: KindObject, Type: "site", Fields: []Field{
		text("name", Structural, "", "A building or territory.", "Name"),
		value("address", KindString, Optional, "", "Its address.", "Address"),
		listOf("zones", zone, Structural, "", "The monitored zones or cameras, at least one.", "Zones"),
		listOf("forbidden", textItem(), Optional, "", "Places where cameras are not allowed, such as toilets, changing rooms and medical rooms, stated as such.", "Forbidden"),
		listOf("entrances", entrance, Optional, "EDPB Guidelines 3/2019 para 113", "Where warning signs hang: one sign per entrance, naming the zones behind it.", "Entrances"),
	}}
	purpose := text("purpose", Optional, "", "What the cameras are for, in a line or two; default the video purpose's description.", "Purpose")
	purpose.Pos = "PurposePos"
	recipients := text("recipients", Optional, "", "Who receives recordings, e.g. the police on request; default none on the sign (the page has them).", "Recipients")
	recipients.Pos = "RecipientsPos"
	return object("cameras", Optional, "EDPB Guidelines 3/2019 paras 110–121",
		"The camera register: sites with their monitored zones, places where cameras are forbidden, where the warning signs hang, and short wordings for the first-layer sign.", "Cameras",
		object("sign", Optional, "", "Short wordings for the first-layer warning sign.", "Sign", purpose, recipients),
		Field{Key: "public", Kind: KindBool, Tier: Optional, Default: "false", Go: "Public",
			Doc: "Publish the printable register as <id>/camera-register.pdf; it lists camera positions, so it is not published unless asked."},
		listOf("sites", site, Optional, "", "The buildings or territories with cameras.", "Sites"),
	)
}

// validateSite checks the zones of a camera site: unique ids, and the
// zones an entrance names exist.
func (d *decoder) validateSite(f *fields, s *CameraSite) {
	ids := map[string]bool{}
	if zn := f.vals["zones"]; zn != nil {
		zn = resolve(zn)
		if zn.Kind == yaml.SequenceNode && len(zn.Content) == 0 {
			d.errorf(zn, join(f.path, "zones"), "list at least one zone")
		}
		for i, z := range s.Zones {
			if z.ID == "" {
				continue
			}
			if ids[z.ID] {
				d.errorf(valueOf(zn, i, "id"), fmt.Sprintf("%s.zones[%d].id", f.path, i), "duplicate zone id %q", z.ID)
			}
			ids[z.ID] = true
		}
	}
	en := f.vals["entrances"]
	if en == nil {
		return
	}
	en = resolve(en)
	for i, e := range s.Entrances {
		zs := valueOf(en, i, "zones")
		for j, id := range e.Zones {
			if !ids[id] {
				at := zs
				if zs != nil && zs.Kind == yaml.SequenceNode && j < len(zs.Content) {
					at = zs.Content[j]
				}
				d.errorf(at, fmt.Sprintf("%s.entrances[%d].zones[%d]", f.path, i, j), "no zone with id %q in this site", id)
			}
		}
	}
}

// valueOf returns the value of key in the i-th mapping of the sequence
// n, or n itself when there is none, for a position.
func valueOf(n *yaml.Node, i int, key string) *yaml.Node {
	if n.Kind != yaml.SequenceNode || i >= len(n.Content) {
		return n
	}
	m := resolve(n.Content[i])
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == key {
			return resolve(m.Content[k+1])
		}
	}
	return m
}
