package i18n

// signTexts are the texts of the CCTV warning sign.
func signTexts() []entry {
	return []entry{
		{"sign.heading", "Videonovērošana", "Video surveillance"},
	}
}
