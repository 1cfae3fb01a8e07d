package i18n

// signTexts are the texts of the CCTV warning sign. Facts that the notice
// also states (legal bases, rights, transfers) come from the shared keys,
// so that the sign says the same words as the notice.
func signTexts() []entry {
	return []entry{
		{"sign.heading", "Videonovērošana", "Video surveillance"},
		{"sign.title", "Brīdinājuma zīme par videonovērošanu", "Video surveillance warning sign"},
		{"sign.continued", "turpinājums", "continued"},
		{"sign.page", "%d. lpp. no %d", "Page %d of %d"},
		{"sign.controller", "Pārzinis", "Controller"},
		{"sign.reg-no", "reģ. Nr.", "reg. No."},
		{"sign.phone", "tālr.", "phone"},
		{"sign.purpose", "Apstrādes nolūks", "Purpose of the processing"},
		{"sign.purposes", "Apstrādes nolūki", "Purposes of the processing"},
		{"sign.legal-basis", "Tiesiskais pamats", "Legal basis"},
		{"sign.legitimate-interests", "Leģitīmās intereses", "Legitimate interests"},
		{"sign.area", "Novērotā teritorija", "Monitored area"},
		{"sign.retention", "Glabāšanas termiņš", "Retention period"},
		{"sign.transfers", "Nosūtīšana uz trešajām valstīm", "Transfers to third countries"},
		{"sign.dpo", "Datu aizsardzības speciālists", "Data protection officer"},
		{"sign.privacy-contact", "Kontaktpersona datu aizsardzības jautājumos", "Contact for data-protection questions"},
		{"sign.rights", "Jūsu tiesības", "Your rights"},
		{"sign.rights.list", "Jums ir šādas tiesības: %s.", "You have these rights: %s."},
		{"sign.rights.exercise", "Lai tās izmantotu, sazinieties ar pārzini vai datu aizsardzības speciālistu.", "To exercise them, contact the controller or the data protection officer."},
		{"sign.rights.exercise-contact", "Lai tās izmantotu, sazinieties ar pārzini vai kontaktpersonu datu aizsardzības jautājumos.", "To exercise them, contact the controller or its contact person for data-protection questions."},
		{"sign.complaint", "Jūs varat iesniegt sūdzību uzraudzības iestādei: %s.", "You can lodge a complaint with the supervisory authority: %s."},
		{"sign.more", "Pilna informācija", "Full information"},
		{"sign.more.scan", "Noskenējiet QR kodu vai atveriet:", "Scan the QR code or open:"},
		{"sign.more.phone", "Ja jums nav viedtālruņa, zvaniet:", "If you have no smartphone, call:"},
	}
}
