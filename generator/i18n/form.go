package i18n

// formTexts are the texts of the employee attestation form.
func formTexts() []entry {
	return []entry{
		{"form.heading", "Apliecinājums", "Attestation"},
	}
}
