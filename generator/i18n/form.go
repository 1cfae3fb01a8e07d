package i18n

// formTexts are the texts of the employee attestation form and its
// signature sheet. The form.commitment.* keys are the default
// commitments, in this order; an institution may replace them.
func formTexts() []entry {
	return []entry{
		{"form.heading", "Apliecinājums", "Attestation"},
		{"form.subheading", "par personas datu apstrādes noteikumu ievērošanu un konfidencialitāti", "of compliance with the personal data processing rules and of confidentiality"},
		{"form.page", "%d. lpp. no %d", "Page %d of %d"},
		{"form.continued", "turpinājums", "continued"},
		{"form.institution", "Iestāde", "Institution"},
		{"form.controller", "Pārzinis", "Controller"},
		{"form.reg-no", "reģ. Nr.", "reg. No."},
		{"form.rules", "Noteikumi", "Rules"},
		{"form.version", "versija %s", "version %s"},
		{"form.effective", "spēkā no %s", "in force from %s"},
		{"form.intro", "Es, zemāk parakstījies (-usies), apliecinu, ka:", "I, the undersigned, declare that:"},
		{"form.commitment.read", "esmu iepazinies (-usies) ar iepriekš minētajiem noteikumiem, tos izprotu un apņemos tos ievērot;", "I have read the rules named above, understand them and will comply with them;"},
		{"form.commitment.confidential", "neizpaudīšu trešajām personām un neizmantošu savās vai citu personu interesēs ierobežotas pieejamības informāciju, kas man kļuvusi zināma, pildot darba pienākumus, tostarp personas datus;", "I will not disclose to third parties or use in my own or anyone else's interest any restricted-access information, including personal data, that I learn in the course of my duties;"},
		{"form.commitment.return", "izbeidzot darba vai citas tiesiskās attiecības ar pārzini, nekavējoties atdošu pārzinim man izsniegto aprīkojumu un dokumentus, kā arī dokumentu kopijas;", "when my employment or other legal relationship with the controller ends, I will at once return to the controller the equipment and documents I was given, and any copies of the documents;"},
		{"form.commitment.after", "konfidencialitātes pienākums man saglabājas arī pēc darba vai citu tiesisko attiecību izbeigšanās;", "my duty of confidentiality continues after my employment or other legal relationship has ended;"},
		{"form.commitment.breach", "par iespējamu personas datu aizsardzības pārkāpumu nekavējoties ziņošu: %s.", "I will report any suspected personal data breach without delay to: %s."},
		{"form.dpo", "datu aizsardzības speciālists", "data protection officer"},
		{"form.email", "e-pasts", "e-mail"},
		{"form.phone", "tālr.", "phone"},
		{"form.name", "Vārds, uzvārds", "Name and surname"},
		{"form.position", "Amats", "Position"},
		{"form.date", "Datums", "Date"},
		{"form.signature", "Paraksts", "Signature"},
		{"form.sheet.heading", "Parakstu lapa", "Signature sheet"},
		{"form.sheet.intro", "Ar savu parakstu apliecinu, ka esmu iepazinies (-usies) ar noteikumiem un apņemos pildīt apliecinājumā uzskaitītās saistības.", "By signing, I confirm that I have read the rules and will keep the commitments listed in the attestation."},
		{"form.sheet.no", "Nr.", "No."},
	}
}
