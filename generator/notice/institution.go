package notice

import (
	"fmt"
	"reflect"

	"go.yaml.in/yaml/v3"
)

// reservedIDs cannot be institution ids: they are paths of the site.
func reservedIDs(langs []string) []string {
	return append([]string{"accessibility", "style", "sitemap", "index"}, langs...)
}

// institution decodes an institution; archived versions must be
// self-contained.
func (d *decoder) institution(n *yaml.Node, ctrls map[string]*Controller, shared map[string]*purposeDraft, archived bool) *Institution {
	spec := d.tab.institution
	in := &Institution{Archived: archived, File: d.file, Digest: d.digest}
	f := d.mapping(n, "", keys(spec)...)
	if f == nil {
		return nil
	}
	dst := reflect.ValueOf(in).Elem()
	setDefaults(spec, dst)
	d.requireFields(f, spec, dst)
	d.fill(f, spec, dst, "purposes", "sections", "defaults")
	if in.ID != "" && contains(reservedIDs(d.langs), in.ID) {
		d.errorf(f.vals["id"], "id", "%q is reserved for a page of the site; choose another id", in.ID)
	}
	if in.Public && !f.has("dpo") {
		// A public body must have a DPO (Art 37(1)(a)): its absence is a
		// gap in the notice, not a reason to refuse the file.
		d.gap(dst, field(spec, "dpo"), "dpo", f.node, question{})
	}
	if !in.Public && !f.has("dpo") && !f.has("privacy_contact") {
		d.errorf(f.node, "privacy_contact", "missing required field: without a DPO, name the contact for data-protection questions")
	}

	if cn := f.vals["controller"]; cn != nil {
		cn = resolve(cn)
		switch {
		case cn.Kind == yaml.MappingNode:
			in.Controller = d.controller(cn, "controller")
		case archived:
			d.errorf(cn, "controller", "an archived version must be self-contained: write the controller inline as a mapping, not a reference")
		default:
			if id, ok := d.scalar(cn, "controller"); ok {
				in.Controller = ctrls[id]
				if in.Controller == nil {
					msg := fmt.Sprintf("no controller with id %q in controllers/", id)
					if s := nearest(id, sortedKeys(ctrls)); s != "" {
						msg += "; did you mean " + s + "?"
					}
					d.errorf(cn, "controller", "%s", msg)
				}
			}
		}
	}

	var defaults *fields
	if dn := f.vals["defaults"]; dn != nil {
		defaults = d.mapping(dn, "defaults", keys(d.tab.defaults)...)
	}
	if defaults != nil {
		in.Defaults = d.defaults(defaults)
	}

	anchors := map[string]string{}
	d.list(f, "purposes", func(i int, pn *yaml.Node, path string) {
		pd := d.purpose(pn, path, shared)
		if pd == nil {
			return
		}
		if defaults != nil {
			pd.applyDefaults(defaults)
		}
		d.checkPurpose(pd, true)
		if in.Public && !archived && pd.p.HasBasis(LegitimateInterests) && !pd.p.Acknowledges(WarnPublicBodyLI) {
			d.warnf(pd.node, pd.path+".legal_basis", "a public authority cannot rely on legitimate interests for processing in the performance of its tasks (GDPR Art 6(1), second subparagraph): use public-task or legal-obligation, unless this processing lies outside the institution's tasks; then say so with acknowledge: [{warning: public-body-legitimate-interests, reason: ...}]")
		}
		if pd.p.ID != "" {
			if prev, dup := anchors[pd.p.ID]; dup {
				d.errorf(pn, pd.path+".id", "duplicate id %q (also %s)", pd.p.ID, prev)
			} else {
				anchors[pd.p.ID] = pd.path
			}
		}
		in.Purposes = append(in.Purposes, pd.p)
	})
	if f.has("purposes") && len(in.Purposes) == 0 && len(resolve(f.vals["purposes"]).Content) == 0 {
		d.errorf(f.vals["purposes"], "purposes", "list at least one purpose")
	}

	d.list(f, "sections", func(i int, sn *yaml.Node, path string) {
		var s Section
		if d.object(sn, path, d.tab.sections, reflect.ValueOf(&s).Elem()) == nil {
			return
		}
		if s.ID != "" {
			if prev, dup := anchors[s.ID]; dup {
				d.errorf(sn, path+".id", "duplicate id %q (also %s)", s.ID, prev)
			} else {
				anchors[s.ID] = path
			}
		}
		in.Sections = append(in.Sections, s)
	})
	d.checkRenamed(n, "", in.Name)
	d.checkDPOContact(f, in)
	d.checkRules(f, in)

	return in
}
