package notice

// contact is a field holding a contact.
func contact(key string, t Tier, when, article, doc, goName string) Field {
	return Field{Key: key, Kind: KindContact, Tier: t, When: when, Article: article, Doc: doc, Go: goName, Fields: contactFields()}
}

// institutionFields are the fields of an institution: a file of
// institutions/ or an archived version.
func institutionFields() []Field {
	return []Field{
		value("id", KindSlug, Structural, "", "The institution's id: its URL path, so not a language code nor accessibility, style, sitemap or index.", "ID"),
		text("name", Mandatory, "Art 13(1)(a)", "The institution's name.", "Name"),
		kindField(),
		value("reg_no", KindRegNo, Optional, "", "Its registration number.", "RegNo"),
		fact(value("address", KindString, Mandatory, "Art 13(1)(a)", "Its postal address.", "Address")),
		fact(value("phone", KindPhone, Recommended, "", "Its phone number; good practice.", "Phone")),
		fact(value("email", KindEmail, Mandatory, "Art 13(1)(a)", "Its e-mail address.", "Email")),
		value("web", KindURL, Optional, "", "Its website.", "Web"),
		{Key: "public", Kind: KindBool, Tier: Optional, Default: "true", Article: "Art 37(1)(a)", Go: "Public",
			Doc: "Whether the controller is a public body, which must appoint a DPO."},
		{Key: "controller", Kind: KindRef, Ref: "controllers", Tier: Structural, Article: "Art 13(1)(a)", Go: "Controller",
			Doc: "The id of a controller in controllers/, or the controller written inline (as an archived version must).", Fields: controllerFields()},
		fact(contact("dpo", Mandatory, "when public", "Art 37(1)(a), Art 13(1)(b)", "The data protection officer; a private controller without one sets public: false and names a privacy_contact.", "DPO")),
		contact("privacy_contact", Mandatory, "when there is no dpo", "Art 13(1)(a)", "Who answers data-protection questions where there is no DPO.", "PrivacyContact"),
		contact("contact", Optional, "", "", "A contact person for general questions.", "Contact"),
		object("document", Structural, "", "The metadata of this version of the notice.", "Document",
			text("title", Structural, "", "The notice's title.", "Title"),
			text("issued_under", Optional, "", "The legal act the document is issued under.", "IssuedUnder"),
			fact(text("approved_by", Recommended, "", "Who approved it; good practice.", "ApprovedBy")),
			fact(value("effective", KindDate, Recommended, "", "When this version took effect; good practice. A version without one is in force until one with a date follows it, has no permanent address of its own and cannot be archived; an archived version takes it from its file name.", "Effective")),
			fact(value("version", KindString, Recommended, "", "A version label, e.g. 2; good practice.", "Version")),
			markdown("changes", Optional, "", "What changed since the previous version: paragraphs and lists are kept.", "Changes"),
		),
		changesNoticeField(),
		{Key: "defaults", Kind: KindObject, Tier: Optional, Go: "Defaults", Article: "Art 12(1)",
			Doc:    "Values for every purpose that does not set them; the notice states them once, for all the purposes that take them.",
			Fields: institutionDefaults()},
		{Key: "purposes", Kind: KindList, Tier: Structural, Article: "Art 13(1)(c)", Go: "Purposes",
			Doc:  "The purposes of processing, at least one: each written in full, or {use: shared-id} with the fields it overrides.",
			Elem: &Field{Kind: KindObject, Type: "purpose", Fields: append([]Field{useField()}, purposeFields()...)}},
		markdown("exercise", Optional, "Art 12(2)", "How to exercise the rights; the catalog's standard text is used around it.", "Exercise"),
		requestsField(),
		markdown("security", Optional, "Art 32", "The security measures.", "Security"),
		markdown("cookies", Optional, "ePrivacy Directive Art 5(3)", "The website's cookies.", "Cookies"),
		listOf("sections", Field{Kind: KindObject, Type: "section", Fields: []Field{
			value("id", KindSlug, Structural, "", "The section's id, its anchor on the page.", "ID"),
			text("title", Structural, "", "Its heading.", "Title"),
			markdown("body", Structural, "", "Its text.", "Body"),
		}}, Optional, "", "Further sections of the notice, in order.", "Sections"),
		rulesField(),
		object("attestation", Optional, "Art 29, Art 32(4)", "The employee confidentiality form.", "Attestation",
			listOf("commitments", textItem(), Optional, "", "Replace the catalog's default commitments; at least one when given.", "Commitments"),
			contact("breach_contact", Optional, "", "Art 33", "Who staff report a suspected breach to; default the DPO (or the privacy contact).", "BreachContact"),
			value("no_form", KindBool, Optional, "", "true for an institution whose staff have no duties with personal data: no attestation form is made for it nor linked from its page.", "NoForm"),
		),
		camerasField(),
	}
}

// useField is the use: field of a purpose written in an institution.
func useField() Field {
	return Field{Key: "use", Kind: KindRef, Ref: "purposes", Tier: Optional,
		Doc: "The id of a shared purpose in purposes/, or preset/<id> of a built-in preset (policysite presets lists them); the other fields given replace the shared purpose's. Not in a shared purpose nor in an archived version."}
}

// institutionDefaults are the fields of an institution's defaults: those
// of a purpose that every purpose not setting them takes from there.
func institutionDefaults() []Field {
	p := purposeFields()
	return []Field{field(p, "recipients"), field(p, "processors"), field(p, "transfers"), field(p, "automated")}
}
