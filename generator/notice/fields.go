package notice

// This file is the table of the fields of site.yaml and controllers/.
// The institution's fields are in fields_institution.go, the purpose's
// in fields_purpose.go.

func text(key string, t Tier, article, doc, goName string) Field {
	return Field{Key: key, Kind: KindText, Tier: t, Article: article, Doc: doc, Go: goName}
}

func markdown(key string, t Tier, article, doc, goName string) Field {
	return Field{Key: key, Kind: KindMarkdown, Tier: t, Article: article, Doc: doc, Go: goName}
}

func value(key string, k Kind, t Tier, article, doc, goName string) Field {
	return Field{Key: key, Kind: k, Tier: t, Article: article, Doc: doc, Go: goName}
}

func listOf(key string, elem Field, t Tier, article, doc, goName string) Field {
	return Field{Key: key, Kind: KindList, Elem: &elem, Tier: t, Article: article, Doc: doc, Go: goName}
}

func object(key string, t Tier, article, doc, goName string, fields ...Field) Field {
	return Field{Key: key, Kind: KindObject, Tier: t, Article: article, Doc: doc, Go: goName, Fields: fields}
}

func enum(key string, values []string, t Tier, article, doc, goName string) Field {
	return Field{Key: key, Kind: KindEnum, Values: values, Tier: t, Article: article, Doc: doc, Go: goName}
}

// textItem is the item of a list of texts.
func textItem() Field { return Field{Kind: KindText} }

// siteFields are the fields of site.yaml.
func siteFields() []Field {
	return []Field{
		text("title", Structural, "", "The site's title.", "Title"),
		value("base_url", KindURL, Structural, "", "Where public/ is served, used for QR codes, canonical links and the sitemap; no query (?) or fragment (#).", "BaseURL"),
		{Key: "languages", Kind: KindCustom, Type: "[lang]", Tier: Structural, Go: "Languages",
			Doc:    "The site languages, ISO 639 codes: each is required in every text and needs a catalog (built in, or given by catalog:).",
			Schema: languagesSchema},
		{Key: "default_language", Kind: KindCustom, Type: "lang", Tier: Structural, Go: "DefaultLanguage",
			Doc:    "One of languages; first on signs and forms.",
			Schema: defaultLanguageSchema},
		object("authority", Mandatory, "Art 13(2)(d)", "The supervisory authority people may complain to (Datu valsts inspekcija).", "Authority",
			text("name", Mandatory, "Art 13(2)(d)", "Its name.", "Name"),
			value("address", KindString, Mandatory, "Art 13(2)(d)", "Its postal address.", "Address"),
			value("phone", KindPhone, Optional, "", "Its phone number.", "Phone"),
			value("email", KindEmail, Mandatory, "Art 13(2)(d)", "Its e-mail address.", "Email"),
			value("web", KindURL, Mandatory, "Art 13(2)(d)", "Its website.", "Web"),
		),
		object("accessibility", Mandatory, "MK noteikumi Nr. 445", "The facts of the accessibility statement.", "Accessibility",
			enum("status", []string{"full", "partial", "none"}, Mandatory, "MK noteikumi Nr. 445", "Compliance with EN 301 549 / WCAG 2.1 AA.", "Status"),
			value("assessed", KindDate, Mandatory, "MK noteikumi Nr. 445", "When the site was last assessed.", "Assessed"),
			text("method", Optional, "", "How it was assessed.", "Method"),
			value("email", KindEmail, Mandatory, "MK noteikumi Nr. 445", "Where to report an accessibility problem.", "Email"),
			value("phone", KindPhone, Optional, "", "A phone number for the same.", "Phone"),
			listOf("issues", textItem(), Optional, "", "Known accessibility problems.", "Issues"),
		),
		{Key: "demo", Kind: KindBool, Tier: Optional, Default: "false", Go: "Demo",
			Doc: "A demonstration site: build renders draft notices without -drafts, marked as drafts (banner, noindex, watermark, out of the sitemap)."},
		{Key: "publish_register", Kind: KindBool, Tier: Optional, Default: "false", Go: "PublishRegister", Article: "Art 30(1)",
			Doc: "Publish each institution's part of its controller's record of processing activities as <id>/register.csv (CSV, the site's default language). Without it the record is an internal document, written by policysite register."},
		{Key: "catalog", Kind: KindCustom, Type: "{key: {lang: string}}", Tier: Optional, Go: "Catalog",
			Doc:    "Overrides of the built-in catalog of standard texts, by key, in one or more of the site languages; a language without a built-in catalog gets all its texts here.",
			Schema: catalogSchema},
		listOf("signs", Field{Kind: KindObject, Type: "sign", Fields: []Field{
			enum("size", SignSizes(), Structural, "", "The paper size.", "Size"),
			enum("colour", SignColours(), Structural, "", "colour: black on safety yellow; bw: black on white, for an office printer.", "Colour"),
			{Key: "bilingual", Kind: KindBool, Tier: Optional, Default: "true", Go: "Bilingual",
				Doc: "The default language and the site's first other language; false: the default language only."},
		}}, Optional, "EDPB Guidelines 3/2019 para 114",
			"The CCTV warning signs each institution with video surveillance gets; default A4 in colour and black and white, each bilingual and in the default language only, and the bilingual colour sign in A3 and A5.", "Signs"),
		listOf("renamed", Field{Kind: KindObject, Type: "rename", Fields: renameFields()}, Optional, "",
			"Names of public bodies known to have changed, beside the built-in ones (the Latvian municipalities merged in the 2021 reform, renamed state bodies): a controller or institution of a current notice still named old is warned.", "Renamed"),
	}
}

// controllerFields are the fields of a controller, in controllers/ or
// written inline in an institution.
func controllerFields() []Field {
	return []Field{
		value("id", KindSlug, Structural, "", "The controller's id, referred to by institutions.", "ID"),
		text("name", Mandatory, "Art 13(1)(a)", "The controller's name.", "Name"),
		fact(value("reg_no", KindRegNo, Mandatory, "Art 13(1)(a)", "Its registration number.", "RegNo")),
		fact(value("address", KindString, Mandatory, "Art 13(1)(a)", "Its postal address.", "Address")),
		fact(value("phone", KindPhone, Recommended, "", "Its phone number; good practice, the address and e-mail are the contact details Art 13(1)(a) needs.", "Phone")),
		fact(value("email", KindEmail, Mandatory, "Art 13(1)(a)", "Its e-mail address.", "Email")),
		value("web", KindURL, Optional, "", "Its website.", "Web"),
	}
}

// contactFields are the fields of a contact: a DPO, a privacy contact, a
// contact person or a breach contact. It needs an e-mail address or a
// phone (see checkContact).
func contactFields() []Field {
	return []Field{
		value("name", KindString, Optional, "", "The person's name; the role may be published without one.", "Name"),
		text("role", Optional, "", "The person's role, e.g. IKT projektu vadītājs.", "Role"),
		value("phone", KindPhone, Optional, "Art 13(1)(b)", "A phone number.", "Phone"),
		{Key: "email", Kind: KindEmail, Tier: Mandatory, When: "unless a phone is given", Article: "Art 13(1)(b)", Doc: "An e-mail address.", Go: "Email"},
		value("address", KindString, Optional, "", "A postal address.", "Address"),
	}
}
