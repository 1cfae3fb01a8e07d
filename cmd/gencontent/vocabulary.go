package main

// The fixed vocabulary synthetic content is made from: municipalities,
// kinds of institution, the laws relied on and the kinds of purpose.

// place is a Latvian municipality: its name in the genitive for Latvian
// compound names, its English name and an ASCII slug.
type place struct{ lv, en, slug string }

// places lists the municipalities institutions are spread over.
func places() []place {
	return []place{
		{"Ādažu", "Ādaži", "adazi"}, {"Alūksnes", "Alūksne", "aluksne"},
		{"Balvu", "Balvi", "balvi"}, {"Bauskas", "Bauska", "bauska"},
		{"Cēsu", "Cēsis", "cesis"}, {"Dobeles", "Dobele", "dobele"},
		{"Gulbenes", "Gulbene", "gulbene"}, {"Jēkabpils", "Jēkabpils", "jekabpils"},
		{"Krāslavas", "Krāslava", "kraslava"}, {"Kuldīgas", "Kuldīga", "kuldiga"},
		{"Ķekavas", "Ķekava", "kekava"}, {"Limbažu", "Limbaži", "limbazi"},
		{"Līvānu", "Līvāni", "livani"}, {"Ludzas", "Ludza", "ludza"},
		{"Madonas", "Madona", "madona"}, {"Mārupes", "Mārupe", "marupe"},
		{"Ogres", "Ogre", "ogre"}, {"Preiļu", "Preiļi", "preili"},
		{"Rēzeknes", "Rēzekne", "rezekne"}, {"Saldus", "Saldus", "saldus"},
		{"Siguldas", "Sigulda", "sigulda"}, {"Smiltenes", "Smiltene", "smiltene"},
		{"Talsu", "Talsi", "talsi"}, {"Tukuma", "Tukums", "tukums"},
		{"Valkas", "Valka", "valka"}, {"Varakļānu", "Varakļāni", "varaklani"},
	}
}

// kind is a kind of institution.
type kind struct{ slug, lv, en string }

// kinds lists the kinds of institution, used in turn.
func kinds() []kind {
	return []kind{
		{"skola", "vidusskola", "Secondary School"},
		{"pamatskola", "pamatskola", "Primary School"},
		{"pii", "pirmsskolas izglītības iestāde", "Preschool"},
		{"parvalde", "izglītības pārvalde", "Education Board"},
		{"biblioteka", "centrālā bibliotēka", "Central Library"},
		{"dienests", "sociālais dienests", "Social Service"},
	}
}

// law is a Latvian law relied on as a legal basis.
type law struct{ lv, en string }

// laws lists the laws that purposes rely on.
func laws() []law {
	return []law{
		{"Izglītības likums", "Education Law"},
		{"Vispārējās izglītības likums", "General Education Law"},
		{"Pašvaldību likums", "Law on Local Governments"},
		{"Bērnu tiesību aizsardzības likums", "Law on the Protection of the Children's Rights"},
		{"Darba likums", "Labour Law"},
		{"Arhīvu likums", "Archives Law"},
		{"Grāmatvedības likums", "Law on Accounting"},
		{"Iesniegumu likums", "Law on Submissions"},
		{"Fizisko personu datu apstrādes likums", "Personal Data Processing Law"},
		{"Ārstniecības likums", "Medical Treatment Law"},
	}
}

// purposeKind is the fixed part of a synthetic purpose.
type purposeKind struct {
	id, lv, en string
	basis      string
	law        int    // index into laws(), or -1
	special    string // Art 9(2) condition, or ""
	dataFrom   string // "", "others" or "both"
}

// purposeKinds lists the purposes an institution draws its own from.
func purposeKinds() []purposeKind {
	return []purposeKind{
		{"admission", "Izglītojamo uzņemšana", "Admission of pupils", "public-task", 0, "", "both"},
		{"learning", "Mācību procesa nodrošināšana", "Organising the learning process", "public-task", 1, "", ""},
		{"health", "Veselības aprūpe", "Health care", "legal-obligation", 9, "9(2)(h)", ""},
		{"catering", "Ēdināšanas organizēšana", "Catering", "public-task", 2, "", "both"},
		{"photos", "Pasākumu fotografēšana", "Photographs at events", "consent", -1, "", ""},
		{"staff", "Personāla lietvedība", "Personnel records", "legal-obligation", 4, "", ""},
		{"recruitment", "Personāla atlase", "Recruitment", "contract", 4, "", ""},
		{"applications", "Iesniegumu izskatīšana", "Handling submissions", "legal-obligation", 7, "", ""},
		{"accounting", "Grāmatvedība", "Accounting", "legal-obligation", 6, "", ""},
		{"archiving", "Dokumentu arhivēšana", "Archiving of documents", "legal-obligation", 5, "", ""},
		{"website", "Tīmekļvietnes uzturēšana", "Running the website", "legitimate-interests", -1, "", ""},
		{"access-control", "Piekļuves kontrole ēkā", "Access control in the building", "legitimate-interests", 2, "", ""},
		{"contracts", "Līgumu slēgšana un izpilde", "Contracts", "contract", -1, "", "others"},
		{"child-protection", "Bērnu tiesību aizsardzība", "Protection of children's rights", "public-task", 3, "", "others"},
	}
}
