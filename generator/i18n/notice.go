package i18n

// noticeTexts are the headings and standard sentences of the notice
// pages, the index pages and the accessibility statement.
func noticeTexts() []entry {
	return []entry{
		{"notice.controller", "Pārzinis", "Controller"},
		{"notice.dpo", "Datu aizsardzības speciālists", "Data protection officer"},
		{"notice.privacy-contact", "Kontaktpersona datu aizsardzības jautājumos", "Contact for data-protection questions"},
		{"notice.purpose", "Apstrādes nolūks", "Purpose of the processing"},
		{"notice.legal-basis", "Tiesiskais pamats", "Legal basis"},
		{"notice.retention", "Glabāšanas termiņš", "Retention period"},
		{"notice.recipients", "Saņēmēji", "Recipients"},
		{"notice.transfers", "Nosūtīšana uz trešajām valstīm", "Transfers to third countries"},
		{"notice.rights", "Jūsu tiesības", "Your rights"},
		{"notice.complaint", "Sūdzība uzraudzības iestādei", "Complaint to a supervisory authority"},
	}
}
