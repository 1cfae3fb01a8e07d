package notice

// purposeFields are the fields of a purpose, shared (purposes/) or
// written in an institution.
func purposeFields() []Field {
	return []Field{
		value("id", KindSlug, Structural, "", "The purpose's id, its anchor on the page.", "ID"),
		text("name", Mandatory, "Art 13(1)(c)", "The purpose of the processing.", "Name"),
		markdown("description", Optional, "", "A longer description.", "Description"),
		fact(listOf("legal_basis", Field{Kind: KindObject, Type: "basis", Fields: []Field{
			enum("basis", BasisCodes(), Mandatory, "Art 6(1)", "The legal basis: Art 6(1)(a) to (f).", "Code"),
			{Key: "laws", Kind: KindList, Elem: &Field{Kind: KindText}, Tier: Mandatory, When: "for legal-obligation and public-task", Article: "Art 6(3)", Unknown: true,
				Doc: "The national laws relied on: the Member-State law behind a legal obligation or public task.", Go: "Laws"},
		}}, Mandatory, "Art 13(1)(c)", "The legal bases of the processing, at least one, each once.", "Bases")),
		{Key: "withdraw", Kind: KindMarkdown, Tier: Mandatory, When: "when a basis is consent", Article: "Art 7(3)", Unknown: true,
			Doc: "How to withdraw consent, as easily as it was given.", Go: "Withdraw"},
		{Key: "consent_covers", Kind: KindText, Tier: Mandatory, When: "when consent is one of two or more bases", Article: "Art 13(1)(c), Art 7(3)", Unknown: true,
			Doc: "Which processing within the purpose rests on consent, e.g. photographs for the website: what a withdrawal stops.", Go: "ConsentCovers"},
		childrenField(),
		acknowledgeField(),
		{Unknown: true, Key: "legitimate_interests", Kind: KindMarkdown, Tier: Mandatory, When: "when a basis is legitimate-interests", Article: "Art 13(1)(d)",
			Doc: "The legitimate interests pursued.", Go: "LegitimateInterests"},
		{Key: "direct_marketing", Kind: KindBool, Tier: Optional, Default: "false", Article: "Art 21(2)-(4)", Go: "DirectMarketing",
			Doc: "true for a purpose that processes data for direct marketing: the notice shows the absolute right to object to it, clearly and separately."},
		object("special_categories", Optional, "Art 9", "Special categories of personal data processed.", "Special",
			text("data", Mandatory, "Art 9(1)", "Which data, e.g. health data.", "Data"),
			Field{Key: "condition", Kind: KindCustom, Type: "9(2)(a) … 9(2)(j)", Tier: Mandatory, Article: "Art 9(2)", Go: "Condition",
				Doc: "The Art 9(2) condition that lifts the prohibition.", Schema: conditionSchema},
			listOf("laws", textItem(), Optional, "Art 9(2)", "The laws relied on.", "Laws"),
		),
		text("subjects", Mandatory, "Art 30(1)(c)", "Whose data: the categories of data subjects.", "Subjects"),
		fact(markdown("categories", Mandatory, "Art 14(1)(d)", "Which personal data.", "Categories")),
		{Key: "data_from", Kind: KindEnum, Values: []string{"subject", "others", "both"}, Tier: Mandatory, When: "absent means subject: write unknown when the source does not say", Default: "subject", Article: "Art 14", Unknown: true,
			Doc: "Whether the data come from the person, from others or both.", Go: "DataFrom"},
		{Unknown: true, Key: "sources", Kind: KindMarkdown, Tier: Mandatory, When: "unless data_from is subject", Article: "Art 14(2)(f)",
			Doc: "Where the data come from.", Go: "Sources"},
		{Key: "sources_public", Kind: KindBool, Tier: Optional, Article: "Art 14(2)(f)", Go: "SourcesPublic",
			Doc: "Whether the sources include publicly accessible ones, when data_from is others or both: true or false; absent, the notice says nothing about it."},
		{Unknown: true, Key: "recipients", Kind: KindMarkdown, Tier: Mandatory, When: "here, in the shared purpose or in the institution's defaults", Article: "Art 13(1)(e)",
			Doc: "The recipients or categories of recipients.", Go: "Recipients"},
		processorsField(),
		{Unknown: true, Key: "transfers", Kind: KindList, NoneOK: true, Tier: Mandatory, When: "here, in the shared purpose or in the institution's defaults", Article: "Art 13(1)(f)",
			Doc: "The transfers to third countries or international organisations, or none.", Go: "Transfers",
			Elem: &Field{Kind: KindObject, Type: "transfer", Fields: []Field{
				text("to", Mandatory, "Art 13(1)(f)", "The third country or organisation.", "To"),
				{Key: "safeguard", Kind: KindEnum, Values: SafeguardCodes(), Tier: Mandatory, Article: "Arts 45-49", Go: "Safeguard",
					Doc: "The safeguard of the transfer.",
					Why: "a transfer to a third country needs its safeguard (GDPR Arts 45-49): " + joinCodes(SafeguardCodes())},
				text("details", Optional, "Art 13(1)(f)", "Where a copy of the safeguards is available.", "Details"),
			}}},
		fact(object("retention", Mandatory, "Art 13(2)(a)", "How long the data are kept: a period, criteria, or both.", "Retention",
			Field{Key: "period", Kind: KindInt, Min: 1, Max: 1000, Tier: Mandatory, When: "unless criteria are given; always for video surveillance", Article: "Art 13(2)(a)", Doc: "The period, with its unit.", Go: "Period"},
			Field{Key: "unit", Kind: KindEnum, Values: RetentionUnits(), Tier: Mandatory, When: "with a period", Article: "Art 13(2)(a)", Doc: "The period's unit.", Go: "Unit"},
			text("from", Optional, "", "From when the period runs.", "From"),
			Field{Key: "criteria", Kind: KindMarkdown, Tier: Mandatory, When: "when there is no period", Article: "Art 13(2)(a)", Doc: "The criteria used to decide the period.", Go: "Criteria"},
		)),
		fact(object("requirement", Mandatory, "Art 13(2)(e)", "Whether providing the data is required.", "Requirement",
			enum("kind", RequirementKinds(), Mandatory, "Art 13(2)(e)", "Statutory, contractual, a precondition of a contract, or voluntary.", "Kind"),
			Field{Key: "consequence", Kind: KindText, Tier: Mandatory, When: "unless kind is voluntary", Article: "Art 13(2)(e)", Doc: "What happens if the data are not provided.", Go: "Consequence"},
		)),
		{Key: "automated", Kind: KindObject, NoneOK: true, Tier: Mandatory, When: "absent means none: write unknown when the source does not say", Default: "none", Unknown: true, Article: "Art 13(2)(f)", Go: "Automated",
			Doc: "Automated decision-making, including profiling, or none.",
			Fields: []Field{
				text("logic", Mandatory, "Art 13(2)(f)", "The logic involved.", "Logic"),
				text("consequences", Mandatory, "Art 13(2)(f)", "Its significance and envisaged consequences.", "Consequences"),
			}},
		object("video", Optional, "Art 13(1)", "Marks video surveillance: what the CCTV sign needs.", "Video",
			listOf("areas", textItem(), Mandatory, "EDPB Guidelines 3/2019", "The monitored areas or camera locations, at least one.", "Areas"),
			value("phone", KindPhone, Optional, "", "The phone on the sign for people without a smartphone; default the institution's.", "Phone"),
		),
		contact("dpo", Optional, "", "Art 13(1)(b)", "Overrides the institution's DPO for this purpose.", "DPO"),
	}
}

// acknowledgeField is the acknowledge: list of a purpose: warnings the
// content has weighed, each with its reason, so they stop repeating.
func acknowledgeField() Field {
	return listOf("acknowledge", Field{Kind: KindObject, Type: "acknowledgement", Fields: []Field{
		enum("warning", AcknowledgeableWarnings(), Structural, "", "The warning acknowledged.", "Warning"),
		text("reason", Structural, "", "Why the processing is right as it is.", "Reason"),
	}}, Optional, "", "Warnings acknowledged, each with its reason: the check no longer repeats them.", "Acknowledged")
}

// processorsField is the processors: of a purpose: the processors (GDPR
// Art 28) by category, by name, or both, shown apart from the other
// recipients.
func processorsField() Field {
	return object("processors", Optional, "Art 13(1)(e), Art 28", "The processors that process the data on the controller's behalf, by category, by name or both; shown under their own heading. They do not replace recipients.", "Processors",
		markdown("categories", Optional, "Art 13(1)(e)", "The categories of processors, e.g. IT service providers.", "Categories"),
		listOf("named", Field{Kind: KindObject, Type: "processor", Fields: []Field{
			value("name", KindString, Mandatory, "Art 13(1)(e)", "The processor's name.", "Name"),
			text("role", Mandatory, "Art 13(1)(e)", "What it does for the controller, e.g. hosts the website.", "Role"),
		}}, Optional, "Art 13(1)(e)", "The processors by name, each with what it does.", "Named"),
	)
}

// childrenField is the children: of a purpose resting on consent that
// offers an information-society service to a child (GDPR Art 8(1)).
func childrenField() Field {
	return object("children", Optional, "Art 8(1)", "Who consents for a child: when the purpose rests on consent and offers an information-society service directly to a child.", "Children",
		enum("consent_by", ConsentByCodes(), Mandatory, "Art 8(1)", "parent: a parent or legal guardian; child: the child, from age; both: the child from age, a parent or legal guardian below it.", "ConsentBy"),
		Field{Key: "age", Kind: KindInt, Min: 1, Max: 17, Tier: Mandatory, When: "with consent_by child or both", Article: "Art 8(1)", Go: "Age",
			Doc: "The age from which the child consents: 13 to 16 (Art 8(1)); in Latvia 13 (Personal Data Processing Law, Section 33)."},
	)
}
