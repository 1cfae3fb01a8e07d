package pdf

import (
	"strings"
	"testing"
)

// TestSheetObjection: the sheet gives the right to object rows of their
// own, apart from the list of the other rights (GDPR Art 21(4)), under
// the catalog's heading and article with the sheet's short sentence, and
// names the purposes a right to object applies to when only some give it.
func TestSheetObjection(t *testing.T) {
	m := testMaker(t)
	in := shop()
	in.Purposes[1].DirectMarketing = true
	b, err := m.Sheet(in, "a4")
	if err != nil {
		t.Fatal(err)
	}
	text := flat(readPDF(t, b))
	for _, w := range []string{
		"Jums ir šādas tiesības: piekļuve, labošana, dzēšana un apstrādes ierobežošana.",
		"You have these rights: access, rectification, erasure and restriction of processing.",
		"Tiesības iebilst (VDAR 21. panta 1. punkts): Savas īpašās situācijas dēļ jūs varat jebkurā laikā iebilst pret šo apstrādi.",
		"Right to object (GDPR Article 21(1)): You can object at any time, on grounds relating to your particular situation, to this processing.",
		"Tiesības iebilst pret tiešo tirgvedību (VDAR 21. panta 2. un 3. punkts): Jūs varat jebkurā brīdī, nenorādot iemeslu, iebilst pret savu datu apstrādi tiešās tirgvedības nolūkos. Attiecas uz: 2.",
		"Right to object to direct marketing (GDPR Article 21(2) and (3)): You can object at any time, without giving reasons, to the processing of your data for direct marketing. It applies to: 2.",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("the sheet does not say %q", w)
		}
	}
	if strings.Contains(text, "ierobežošana un tiesības iebilst") || strings.Contains(text, "processing and right to object") {
		t.Error("the right to object is still in the run-in list of rights")
	}
}
