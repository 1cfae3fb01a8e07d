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
		{"basis.consent.explain", "Jūsu personas datus šim nolūkam apstrādā, pamatojoties uz jūsu piekrišanu.", "Your personal data are processed for this purpose on the basis of your consent."},
		{"basis.contract.explain", "Apstrāde ir vajadzīga, lai izpildītu līgumu, kurā esat līgumslēdzēja puse, vai lai pirms līguma noslēgšanas veiktu pasākumus pēc jūsu pieprasījuma.", "The processing is necessary for the performance of a contract to which you are a party, or to take steps at your request before entering into a contract."},
		{"basis.legal-obligation.explain", "Apstrāde ir vajadzīga, lai izpildītu pārzinim noteiktu juridisku pienākumu.", "The processing is necessary for compliance with a legal obligation to which the controller is subject."},
		{"basis.vital-interests.explain", "Apstrāde ir vajadzīga, lai aizsargātu jūsu vai citas fiziskas personas vitālas intereses.", "The processing is necessary to protect your vital interests or those of another natural person."},
		{"basis.public-task.explain", "Apstrāde ir vajadzīga, lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot pārzinim likumīgi piešķirtās oficiālās pilnvaras.", "The processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller."},
		{"basis.legitimate-interests.explain", "Apstrāde ir vajadzīga pārziņa vai trešās personas leģitīmo interešu ievērošanai, un jūsu intereses vai pamattiesības un pamatbrīvības nav svarīgākas par šīm interesēm.", "The processing is necessary for the legitimate interests of the controller or a third party, and your interests or fundamental rights and freedoms do not override those interests."},

		// GDPR Art 9(2) conditions.
		{"art9.article", "VDAR 9. panta 2. punkta %s) apakšpunkts", "GDPR Article 9(2)(%s)"},
		{"art9.a", "Apstrāde notiek ar jūsu nepārprotamu piekrišanu.", "The processing is based on your explicit consent."},
		{"art9.b", "Apstrāde ir vajadzīga, lai pārzinis vai jūs varētu izpildīt pienākumus un īstenot konkrētas tiesības nodarbinātības, sociālā nodrošinājuma un sociālās aizsardzības tiesību jomā.", "The processing is necessary for the controller or you to carry out obligations and exercise specific rights in the field of employment, social security and social protection law."},
		{"art9.c", "Apstrāde ir vajadzīga, lai aizsargātu jūsu vai citas fiziskas personas vitālas intereses, ja jūs fiziski vai juridiski nevarat dot piekrišanu.", "The processing is necessary to protect your vital interests or those of another natural person where you are physically or legally incapable of giving consent."},
		{"art9.d", "Apstrādi veic bezpeļņas organizācija savas likumīgās darbības ietvaros.", "The processing is carried out by a not-for-profit body in the course of its legitimate activities."},
		{"art9.e", "Apstrāde attiecas uz datiem, kurus datu subjekts ir acīmredzami publiskojis.", "The processing relates to data which the data subject has manifestly made public."},
		{"art9.f", "Apstrāde ir vajadzīga, lai celtu, īstenotu vai aizstāvētu likumīgas prasības.", "The processing is necessary for the establishment, exercise or defence of legal claims."},
		{"art9.g", "Apstrāde ir vajadzīga būtisku sabiedrības interešu dēļ, pamatojoties uz tiesību aktiem.", "The processing is necessary for reasons of substantial public interest on the basis of law."},
		{"art9.h", "Apstrāde ir vajadzīga profilaktiskās medicīnas, veselības aprūpes vai sociālās aprūpes nolūkos.", "The processing is necessary for the purposes of preventive medicine, health care or social care."},
		{"art9.i", "Apstrāde ir vajadzīga sabiedrības interesēs sabiedrības veselības jomā.", "The processing is necessary for reasons of public interest in the area of public health."},
		{"art9.j", "Apstrāde ir vajadzīga arhivēšanas nolūkiem sabiedrības interesēs, zinātniskās vai vēstures pētniecības nolūkiem vai statistikas nolūkiem.", "The processing is necessary for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes."},

		// Rights, GDPR Arts 15–22 and 77.
		{"right.access", "Piekļuve", "Access"},
		{"right.access.explain", "Jūs varat saņemt apstiprinājumu, vai jūsu personas dati tiek apstrādāti, un, ja tiek, – šo datu kopiju un informāciju par apstrādi.", "You can get confirmation of whether your personal data are processed and, if they are, a copy of them and information about the processing."},
		{"right.rectification", "Labošana", "Rectification"},
		{"right.rectification.explain", "Jūs varat lūgt izlabot neprecīzus datus par sevi un papildināt nepilnīgus datus.", "You can ask for inaccurate data about you to be corrected and incomplete data to be completed."},
		{"right.erasure", "Dzēšana", "Erasure"},
		{"right.erasure.explain", "Jūs varat lūgt dzēst savus datus, piemēram, ja tie vairs nav vajadzīgi, ja atsaucat piekrišanu vai ja dati tiek apstrādāti nelikumīgi; datus nevar dzēst, kamēr normatīvie akti prasa tos glabāt.", "You can ask for your data to be erased, for example when they are no longer needed, when you withdraw your consent or when they are processed unlawfully; they cannot be erased while the law requires them to be kept."},
		{"right.restriction", "Apstrādes ierobežošana", "Restriction of processing"},
		{"right.restriction.explain", "Jūs varat lūgt uz laiku ierobežot datu apstrādi, piemēram, kamēr tiek pārbaudīta datu precizitāte.", "You can ask for processing to be restricted for a time, for example while the accuracy of the data is checked."},
		{"right.portability", "Datu pārnesamība", "Data portability"},
		{"right.portability.explain", "Datus, ko sniedzāt un kas tiek apstrādāti automatizēti, pamatojoties uz jūsu piekrišanu vai līgumu, jūs varat saņemt strukturētā, plaši izmantotā un mašīnlasāmā formātā vai lūgt tos nosūtīt citam pārzinim.", "Data you provided that are processed by automated means on the basis of your consent or a contract can be given to you in a structured, commonly used and machine-readable format, or sent to another controller at your request."},
		{"right.object", "Tiesības iebilst", "Right to object"},
		{"right.object.explain", "Savas īpašās situācijas dēļ jūs varat jebkurā laikā iebilst pret apstrādi, kuras pamatā ir uzdevums sabiedrības interesēs vai oficiālo pilnvaru īstenošana vai arī leģitīmās intereses.", "You can object at any time, on grounds relating to your particular situation, to processing based on a task carried out in the public interest or in the exercise of official authority, or on legitimate interests."},
		{"right.withdraw-consent", "Piekrišanas atsaukšana", "Withdrawal of consent"},
		{"right.withdraw-consent.explain", "Jūs varat jebkurā laikā atsaukt piekrišanu tikpat vienkārši, kā to devāt; atsaukums neietekmē tās apstrādes likumīgumu, kas veikta pirms atsaukšanas.", "You can withdraw consent at any time as easily as you gave it; the withdrawal does not affect the lawfulness of processing carried out before it."},
		{"right.automated-decisions", "Automatizēta lēmumu pieņemšana", "Automated decision-making"},
		{"right.automated-decisions.explain", "Jums ir tiesības, lai uz jums neattiektos lēmums, kura pamatā ir tikai automatizēta apstrāde un kas jums rada tiesiskas vai līdzīgi būtiskas sekas, ja vien tas nav vajadzīgs līguma noslēgšanai vai izpildei, nav atļauts ar likumu vai nav pieņemts ar jūsu nepārprotamu piekrišanu. Ja šāds lēmums tiek pieņemts, jūs varat prasīt, lai to pārskata cilvēks, izteikt savu viedokli un lēmumu apstrīdēt.", "You have the right not to be subject to a decision based solely on automated processing that has legal or similarly significant effects on you, unless it is necessary for entering into or performing a contract, authorised by law or based on your explicit consent. Where such a decision is made, you can ask for a person to review it, express your point of view and contest the decision."},
		{"right.complaint", "Sūdzība uzraudzības iestādei", "Complaint to a supervisory authority"},
		{"right.complaint.explain", "Ja uzskatāt, ka jūsu personas dati tiek apstrādāti nelikumīgi, jūs varat iesniegt sūdzību uzraudzības iestādei.", "If you believe that your personal data are processed unlawfully, you can lodge a complaint with a supervisory authority."},

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
		{"safeguard.standard-contractual-clauses", "Eiropas Komisijas pieņemtas līguma standartklauzulas (VDAR 46. pants)", "Standard contractual clauses adopted by the European Commission (GDPR Article 46)"},
		{"safeguard.binding-corporate-rules", "Saistošie uzņēmuma noteikumi (VDAR 47. pants)", "Binding corporate rules (GDPR Article 47)"},
		{"safeguard.derogation", "Atkāpe īpašā situācijā (VDAR 49. pants)", "Derogation for a specific situation (GDPR Article 49)"},
		{"transfers.none", "Personas dati netiek nosūtīti uz trešajām valstīm vai starptautiskām organizācijām.", "Personal data are not transferred to third countries or international organisations."},

		// Statutory or contractual requirement, Art 13(2)(e).
		{"requirement.statutory", "Datu sniegšana ir normatīvajos aktos noteikta prasība.", "Providing the data is a statutory requirement."},
		{"requirement.contractual", "Datu sniegšana ir līgumā noteikta prasība.", "Providing the data is a contractual requirement."},
		{"requirement.contract-precondition", "Datu sniegšana ir priekšnoteikums līguma noslēgšanai.", "Providing the data is a requirement necessary to enter into a contract."},
		{"requirement.voluntary", "Datu sniegšana ir brīvprātīga.", "Providing the data is voluntary."},

		// Automated decision-making, Art 13(2)(f).
		{"automated.none", "Automatizēta lēmumu pieņemšana, tostarp profilēšana, netiek veikta.", "There is no automated decision-making, including profiling."},

		// Data sources, Art 14(2)(f).
		{"datafrom.subject", "Dati tiek iegūti no jums.", "The data are obtained from you."},
		{"datafrom.others", "Dati tiek iegūti nevis no jums, bet no citiem avotiem.", "The data are not obtained from you but from other sources."},
		{"datafrom.both", "Dati tiek iegūti gan no jums, gan no citiem avotiem.", "The data are obtained both from you and from other sources."},
	}
}
