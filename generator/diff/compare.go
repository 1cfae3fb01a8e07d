package diff

import "policysite/generator/notice"

// comparer collects changes in notice order.
type comparer struct {
	list []Change
	// of is the catalog key of the record being compared.
	of string
	// purpose and name are those of the purpose being compared.
	purpose string
	name    notice.Text
}

// add records a change of kind at path, classed by classOf.
func (c *comparer) add(path string, kind Kind, label string, old, new Value) {
	c.addClass(path, kind, label, old, new, classOf(path, kind))
}

// addClass records a change with the class given.
func (c *comparer) addClass(path string, kind Kind, label string, old, new Value, class Class) {
	c.list = append(c.list, Change{Path: path, Kind: kind, Label: label, Purpose: c.purpose,
		Of: c.of, Within: c.name, Old: old, New: new, Class: class})
}

// value compares two values of one field, each given as present or not.
func (c *comparer) value(path, label string, hadOld, hasNew bool, old, new Value, equal bool) {
	switch {
	case !hadOld && !hasNew:
	case !hadOld:
		c.add(path, Added, label, Value{}, new)
	case !hasNew:
		c.add(path, Removed, label, old, Value{})
	case !equal:
		c.add(path, Changed, label, old, new)
	}
}

// text compares a readable text field.
func (c *comparer) text(path, label string, old, new notice.Text) {
	c.value(path, label, !old.IsZero(), !new.IsZero(), text(old), text(new), equalText(old, new))
}

// plain compares a language-neutral field.
func (c *comparer) plain(path, label, old, new string) {
	c.value(path, label, old != "", new != "", plain(old), plain(new), old == new)
}

// institution compares the institution's identity and kind, contacts,
// controller, DPO, privacy contact, contact person, how requests are
// made, its free sections and how changes are announced.
func (c *comparer) institution(old, new *notice.Institution) {
	c.of = "notice.institution"
	c.text("name", "diff.field.name", old.Name, new.Name)
	c.plain("reg_no", "field.reg-no", old.RegNo, new.RegNo)
	c.plain("address", "field.address", old.Address, new.Address)
	c.plain("phone", "field.phone", old.Phone, new.Phone)
	c.plain("email", "field.email", old.Email, new.Email)
	c.plain("web", "field.web", old.Web, new.Web)
	c.of = ""
	c.kind(old, new)
	c.controller(old.Controller, new.Controller)
	c.contact("dpo", "notice.dpo", old.DPO, new.DPO)
	c.contact("privacy_contact", "notice.privacy-contact", old.PrivacyContact, new.PrivacyContact)
	c.contact("contact", "notice.contact-person", old.Contact, new.Contact)
	c.text("exercise", "notice.exercise", old.Exercise, new.Exercise)
	c.requests(old.Requests, new.Requests)
	c.text("security", "notice.security", old.Security, new.Security)
	c.text("cookies", "notice.cookies", old.Cookies, new.Cookies)
	c.sections(old.Sections, new.Sections)
	c.changesNotice(old.ChangesNotice, new.ChangesNotice)
}

// controller compares the controllers: another controller is a change of
// identity; otherwise each field.
func (c *comparer) controller(old, new *notice.Controller) {
	if old == nil || new == nil || old.ID != new.ID {
		name := func(k *notice.Controller) (bool, Value) {
			if k == nil {
				return false, Value{}
			}
			return true, Value{Text: k.Name, Plain: k.RegNo}
		}
		ho, vo := name(old)
		hn, vn := name(new)
		c.value("controller", "notice.controller", ho, hn, vo, vn, false)
		return
	}
	c.of = "notice.controller"
	defer func() { c.of = "" }()
	c.text("controller.name", "diff.field.name", old.Name, new.Name)
	c.plain("controller.reg_no", "field.reg-no", old.RegNo, new.RegNo)
	c.plain("controller.address", "field.address", old.Address, new.Address)
	c.plain("controller.phone", "field.phone", old.Phone, new.Phone)
	c.plain("controller.email", "field.email", old.Email, new.Email)
	c.plain("controller.web", "field.web", old.Web, new.Web)
}

// contact compares a contact (DPO, privacy contact, contact person) as a
// whole where one version has none, else field by field.
func (c *comparer) contact(path, label string, old, new *notice.Contact) {
	if old == nil || new == nil {
		c.value(path, label, old != nil, new != nil, contact(old), contact(new), false)
		return
	}
	of := c.of
	c.of = label
	defer func() { c.of = of }()
	c.plain(path+".name", "diff.field.name", old.Name, new.Name)
	c.text(path+".role", label, old.Role, new.Role)
	c.plain(path+".email", "field.email", old.Email, new.Email)
	c.plain(path+".phone", "field.phone", old.Phone, new.Phone)
	c.plain(path+".address", "field.address", old.Address, new.Address)
}

// sections compares the free sections, matched by id.
func (c *comparer) sections(old, new []notice.Section) {
	byID := map[string]notice.Section{}
	for _, s := range old {
		byID[s.ID] = s
	}
	seen := map[string]bool{}
	for _, s := range new {
		seen[s.ID] = true
		path := "sections[" + s.ID + "]"
		o, ok := byID[s.ID]
		if !ok {
			c.add(path, Added, "diff.field.section", Value{}, text(s.Title))
			continue
		}
		c.name = s.Title
		c.text(path+".title", "diff.field.section", o.Title, s.Title)
		c.text(path+".body", "diff.field.section", o.Body, s.Body)
		c.name = nil
	}
	for _, s := range old {
		if !seen[s.ID] {
			c.add("sections["+s.ID+"]", Removed, "diff.field.section", text(s.Title), Value{})
		}
	}
}

// document compares the document's metadata. Its change note is not
// compared: it describes the changes, each version its own.
func (c *comparer) document(old, new notice.Document) {
	c.text("document.title", "diff.field.title", old.Title, new.Title)
	c.plain("document.version", "notice.version", old.Version, new.Version)
	c.value("document.effective", "notice.effective", !old.Effective.IsZero(), !new.Effective.IsZero(),
		Value{Date: old.Effective}, Value{Date: new.Effective}, old.Effective.Equal(new.Effective.Time))
	c.text("document.approved_by", "notice.approved-by", old.ApprovedBy, new.ApprovedBy)
	c.text("document.issued_under", "notice.issued-under", old.IssuedUnder, new.IssuedUnder)
}

// attestation compares the commitments staff sign and who they report a
// breach to.
func (c *comparer) attestation(old, new notice.Attestation) {
	c.value("attestation.commitments", "diff.field.commitments", len(old.Commitments) > 0, len(new.Commitments) > 0,
		texts(old.Commitments), texts(new.Commitments), equalTexts(old.Commitments, new.Commitments))
	c.contact("attestation.breach_contact", "diff.field.breach-contact", old.BreachContact, new.BreachContact)
}
