package i18n

// modelTexts are the names and explanations of the model's codes: legal
// bases, rights, retention units, safeguards, requirements, Art 9(2)
// conditions. Keys are "<kind>.<code>" so that renderers can look them up
// from the code.
func modelTexts() []entry {
	return []entry{
		{"word.and", "un", "and"},
		{"word.or", "vai", "or"},

		// Language names, each in its own language, for the switcher.
		{"lang.lv", "Latviešu", "Latviešu"},
		{"lang.en", "English", "English"},
		// The name of the current language, written in it.
		{"lang.self", "Latviešu", "English"},

		// Legal bases, GDPR Art 6(1).
		{"basis.consent", "Piekrišana", "Consent"},
		{"basis.contract", "Līguma izpilde", "Performance of a contract"},
		{"basis.legal-obligation", "Juridisks pienākums", "Legal obligation"},
		{"basis.vital-interests", "Vitālas intereses", "Vital interests"},
		{"basis.public-task", "Uzdevums sabiedrības interesēs vai oficiālās pilnvaras", "Task carried out in the public interest or in the exercise of official authority"},
		{"basis.legitimate-interests", "Leģitīmās intereses", "Legitimate interests"},
		{"basis.article", "VDAR 6. panta 1. punkta %s) apakšpunkts", "GDPR Article 6(1)(%s)"},
		{"basis.consent.explain", "Jūs esat devis piekrišanu savu personas datu apstrādei šim nolūkam.", "You have given consent to the processing of your personal data for this purpose."},
		{"basis.contract.explain", "Apstrāde ir vajadzīga, lai izpildītu līgumu, kurā esat līgumslēdzēja puse, vai lai pirms līguma noslēgšanas veiktu pasākumus pēc jūsu pieprasījuma.", "The processing is necessary for the performance of a contract to which you are party, or to take steps at your request before entering into a contract."},
		{"basis.legal-obligation.explain", "Apstrāde ir vajadzīga, lai izpildītu pārzinim noteiktu juridisku pienākumu.", "The processing is necessary for compliance with a legal obligation to which the controller is subject."},
		{"basis.vital-interests.explain", "Apstrāde ir vajadzīga, lai aizsargātu jūsu vai citas fiziskas personas vitālas intereses.", "The processing is necessary to protect your vital interests or those of another natural person."},
		{"basis.public-task.explain", "Apstrāde ir vajadzīga, lai izpildītu uzdevumu sabiedrības interesēs vai īstenotu pārzinim likumīgi piešķirtas oficiālās pilnvaras.", "The processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller."},
		{"basis.legitimate-interests.explain", "Apstrāde ir vajadzīga pārziņa vai trešās personas leģitīmo interešu ievērošanai, un jūsu intereses vai pamattiesības tās nepārsver.", "The processing is necessary for the legitimate interests of the controller or a third party, and your interests or fundamental rights do not override them."},

		// GDPR Art 9(2) conditions.
		{"art9.article", "VDAR 9. panta 2. punkta %s) apakšpunkts", "GDPR Article 9(2)(%s)"},
		{"art9.a", "Jūs esat devis nepārprotamu piekrišanu.", "You have given explicit consent."},
		{"art9.b", "Apstrāde ir vajadzīga pienākumu un tiesību īstenošanai nodarbinātības un sociālās aizsardzības jomā.", "The processing is necessary for obligations and rights in the field of employment and social protection law."},
		{"art9.c", "Apstrāde ir vajadzīga, lai aizsargātu vitālas intereses, ja datu subjekts nevar dot piekrišanu.", "The processing is necessary to protect vital interests where the data subject cannot give consent."},
		{"art9.d", "Apstrādi veic bezpeļņas organizācija savas likumīgās darbības ietvaros.", "The processing is carried out by a not-for-profit body in the course of its legitimate activities."},
		{"art9.e", "Apstrāde attiecas uz datiem, kurus datu subjekts pats ir publiskojis.", "The processing relates to data which the data subject has manifestly made public."},
		{"art9.f", "Apstrāde ir vajadzīga likumīgu prasību celšanai, īstenošanai vai aizstāvēšanai.", "The processing is necessary for the establishment, exercise or defence of legal claims."},
		{"art9.g", "Apstrāde ir vajadzīga būtisku sabiedrības interešu dēļ, pamatojoties uz tiesību aktiem.", "The processing is necessary for reasons of substantial public interest on the basis of law."},
		{"art9.h", "Apstrāde ir vajadzīga profilaktiskās medicīnas, veselības aprūpes vai sociālās aprūpes nolūkos.", "The processing is necessary for preventive medicine, health care or social care."},
		{"art9.i", "Apstrāde ir vajadzīga sabiedrības interesēs sabiedrības veselības jomā.", "The processing is necessary for reasons of public interest in the area of public health."},
		{"art9.j", "Apstrāde ir vajadzīga arhivēšanas, zinātniskās vai vēstures pētniecības vai statistikas nolūkos.", "The processing is necessary for archiving, scientific or historical research or statistical purposes."},

		// Rights, GDPR Arts 15–22 and 77.
		{"right.access", "Piekļuve", "Access"},
		{"right.access.explain", "Jūs varat saņemt apstiprinājumu, vai jūsu personas dati tiek apstrādāti, un šo datu kopiju kopā ar informāciju par apstrādi.", "You can get confirmation whether your personal data are processed, and a copy of them with information about the processing."},
		{"right.rectification", "Labošana", "Rectification"},
		{"right.rectification.explain", "Jūs varat lūgt izlabot neprecīzus datus un papildināt nepilnīgus.", "You can ask for inaccurate data to be corrected and incomplete data to be completed."},
		{"right.erasure", "Dzēšana", "Erasure"},
		{"right.erasure.explain", "Jūs varat lūgt dzēst savus datus, ja tie vairs nav vajadzīgi vai tiek apstrādāti nelikumīgi; dzēšana nav iespējama, kamēr datus liek glabāt likums.", "You can ask for your data to be erased when they are no longer needed or are processed unlawfully; they cannot be erased while the law requires them to be kept."},
		{"right.restriction", "Apstrādes ierobežošana", "Restriction of processing"},
		{"right.restriction.explain", "Jūs varat lūgt uz laiku ierobežot apstrādi, piemēram, kamēr tiek pārbaudīta datu precizitāte.", "You can ask for processing to be restricted for a time, for example while the accuracy of the data is checked."},
		{"right.portability", "Datu pārnesamība", "Data portability"},
		{"right.portability.explain", "Datus, ko sniedzāt ar piekrišanu vai līguma dēļ, jūs varat saņemt strukturētā, mašīnlasāmā formātā vai lūgt nosūtīt citam pārzinim.", "Data you provided under consent or a contract can be given to you in a structured, machine-readable format or sent to another controller."},
		{"right.object", "Tiesības iebilst", "Right to object"},
		{"right.object.explain", "Jūs varat jebkurā laikā iebilst pret apstrādi, kas balstīta uz sabiedrības interesēm vai leģitīmām interesēm, savas īpašās situācijas dēļ.", "You can object at any time, on grounds relating to your particular situation, to processing based on the public interest or legitimate interests."},
		{"right.withdraw-consent", "Piekrišanas atsaukšana", "Withdrawal of consent"},
		{"right.withdraw-consent.explain", "Piekrišanu var atsaukt jebkurā laikā tikpat vienkārši, kā tā dota; tas neietekmē apstrādi, kas veikta pirms atsaukšanas.", "You can withdraw consent at any time as easily as you gave it; this does not affect processing carried out before the withdrawal."},
		{"right.automated-decisions", "Automatizēta lēmumu pieņemšana", "Automated decision-making"},
		{"right.automated-decisions.explain", "Jūs varat prasīt, lai lēmumu pārskata cilvēks, izteikt savu viedokli un apstrīdēt lēmumu.", "You can ask for a person to review the decision, express your point of view and contest the decision."},
		{"right.complaint", "Sūdzība uzraudzības iestādei", "Complaint to a supervisory authority"},
		{"right.complaint.explain", "Ja uzskatāt, ka jūsu dati tiek apstrādāti nelikumīgi, jūs varat iesniegt sūdzību uzraudzības iestādei.", "If you believe your data are processed unlawfully, you can lodge a complaint with a supervisory authority."},

		// Retention units: ".one" and ".other" forms for Catalog.Plural.
		{"unit.days.one", "diena", "day"},
		{"unit.days.other", "dienas", "days"},
		{"unit.weeks.one", "nedēļa", "week"},
		{"unit.weeks.other", "nedēļas", "weeks"},
		{"unit.months.one", "mēnesis", "month"},
		{"unit.months.other", "mēneši", "months"},
		{"unit.years.one", "gads", "year"},
		{"unit.years.other", "gadi", "years"},

		// Third-country transfer safeguards.
		{"safeguard.adequacy-decision", "Eiropas Komisijas lēmums par aizsardzības līmeņa pietiekamību (VDAR 45. pants)", "European Commission adequacy decision (GDPR Article 45)"},
		{"safeguard.standard-contractual-clauses", "Eiropas Komisijas apstiprinātas līguma standartklauzulas (VDAR 46. pants)", "Standard contractual clauses adopted by the European Commission (GDPR Article 46)"},
		{"safeguard.binding-corporate-rules", "Saistoši uzņēmuma noteikumi (VDAR 47. pants)", "Binding corporate rules (GDPR Article 47)"},
		{"safeguard.derogation", "Atkāpe īpašā situācijā (VDAR 49. pants)", "Derogation for a specific situation (GDPR Article 49)"},
		{"transfers.none", "Personas dati netiek nosūtīti uz trešajām valstīm vai starptautiskām organizācijām.", "Personal data are not transferred to third countries or international organisations."},

		// Statutory or contractual requirement, Art 13(2)(e).
		{"requirement.statutory", "Datu sniegšana ir noteikta normatīvajos aktos.", "Providing the data is a statutory requirement."},
		{"requirement.contractual", "Datu sniegšana ir līgumā noteikta prasība.", "Providing the data is a contractual requirement."},
		{"requirement.contract-precondition", "Datu sniegšana ir priekšnoteikums līguma noslēgšanai.", "Providing the data is a requirement necessary to enter into a contract."},
		{"requirement.voluntary", "Datu sniegšana ir brīvprātīga.", "Providing the data is voluntary."},

		// Automated decision-making, Art 13(2)(f).
		{"automated.none", "Automatizēta lēmumu pieņemšana, tostarp profilēšana, netiek veikta.", "There is no automated decision-making, including profiling."},

		// Data sources, Art 14(2)(f).
		{"datafrom.subject", "Dati tiek iegūti no jums.", "The data are obtained from you."},
		{"datafrom.others", "Dati netiek iegūti no jums, bet no citiem avotiem.", "The data are not obtained from you but from other sources."},
		{"datafrom.both", "Dati tiek iegūti gan no jums, gan no citiem avotiem.", "The data are obtained both from you and from other sources."},
	}
}
