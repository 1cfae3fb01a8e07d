package generator

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"policysite/generator/i18n"
)

// TestThreeLanguages builds testdata/trilingual, a site in Latvian,
// English and Russian, the Russian texts from the built-in catalog
// ru.yaml: every page exists in three languages, links its alternates
// in three and lists three in its language switcher, and the sign and
// the form print Russian.
func TestThreeLanguages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	sum, err := Build(Options{Content: filepath.Join("testdata", "trilingual"), Out: out})
	if err != nil {
		t.Fatal(err)
	}
	// The fixture is modelled on the example content, and warned of what
	// the example content is: the municipality merged in 2021, the
	// example domain, the DPO's phone the controller's. Nothing else.
	want := []string{
		`testdata/trilingual/controllers/babite.yaml:3:7: name: "Babītes novada pašvaldība" was merged into Mārupes novada pašvaldība on 2021-07-01 (administrative-territorial reform); a current notice names the body that exists now`,
		`testdata/trilingual/site.yaml:8:11: base_url: "https://privatums.example.lv/" is at privatums.example.lv, an example or reserved domain (example.*, .example, .test, .invalid, localhost) that leads nowhere; write the real address`,
		`testdata/trilingual/site.yaml:27:10: accessibility.email: "pieklustamiba@privatums.example.lv" is at privatums.example.lv, an example or reserved domain (example.*, .example, .test, .invalid, localhost) where no mail arrives; write the real address`,
		`testdata/trilingual/institutions/saimite.yaml:13:10: dpo.phone: "67914650" is the controller's general phone too: give the DPO's own, so that people reach the DPO directly (GDPR Art 37(7), 38(4))`,
	}
	if got := strings.Join(sum.Warnings, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	read := func(p string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	alternate := regexp.MustCompile(`<link rel="?alternate"? hreflang="?([a-z-]+)"? href="?([^" >]+)`)
	switcher := regexp.MustCompile(`(?s)<nav class="?languages"?[^>]*>(.*?)</nav>`)
	for _, page := range []string{"", "accessibility/", "saimite/", "saimite/videonoverosana/"} {
		for _, lang := range []string{"lv", "en", "ru"} {
			html := read(lang + "/" + page + "index.html")
			if !strings.Contains(html, `<html lang="`+lang+`"`) && !strings.Contains(html, `<html lang=`+lang+`>`) {
				t.Errorf("%s/%s: not marked as %s", lang, page, lang)
			}
			var got []string
			for _, m := range alternate.FindAllStringSubmatch(html, -1) {
				got = append(got, m[1]+"="+strings.TrimPrefix(m[2], "https://privatums.example.lv/"))
			}
			want := "lv=lv/" + page + " en=en/" + page + " ru=ru/" + page + " x-default=lv/" + page
			if strings.Join(got, " ") != want {
				t.Errorf("%s/%s: alternates %v, want %s", lang, page, got, want)
			}
			nav := switcher.FindStringSubmatch(html)
			if nav == nil {
				t.Errorf("%s/%s: no language switcher", lang, page)
				continue
			}
			for _, name := range []string{"Latviešu", "English", "Русский"} {
				if !strings.Contains(nav[1], name) {
					t.Errorf("%s/%s: switcher lacks %s: %s", lang, page, name, nav[1])
				}
			}
			if n := strings.Count(nav[1], "<li"); n != 3 {
				t.Errorf("%s/%s: switcher lists %d languages, want 3", lang, page, n)
			}
		}
	}
	ru := read("ru/saimite/index.html")
	for _, w := range []string{
		"Уведомление о конфиденциальности", "Дошкольное учреждение «Саймите»",
		"Срок хранения", "30\u00a0дней", "Государственная инспекция данных (Datu valsts inspekcija)",
		"Общего регламента по защите данных (GDPR)", "20 ноября 2026 г.",
	} {
		if !strings.Contains(ru, w) {
			t.Errorf("ru/saimite/: %q missing", w)
		}
	}
	if idx := read("index.html"); !strings.Contains(idx, "Уведомления о конфиденциальности · Русский") {
		t.Error("the entry page has no Russian group")
	}
	if sm := read("sitemap.xml"); !strings.Contains(sm, `hreflang="ru" href="https://privatums.example.lv/ru/saimite/"`) {
		t.Error("the sitemap has no Russian alternate of the notice")
	}

	// The PDFs name a glyph for each character beyond ASCII in their
	// fonts' encodings (uniXXXX); the Cyrillic letters of "Срок
	// хранения" must be among them.
	for _, p := range []string{"saimite/cctv-information.pdf", "saimite/attestation.pdf"} {
		pdf := read(p)
		for _, r := range "Срокхранения" {
			if name := fmt.Sprintf("/uni%04X", r); !strings.Contains(pdf, name) {
				t.Errorf("%s: no glyph for %q (%s) in the fonts' encodings", p, r, name)
			}
		}
	}

	// With pdftotext (poppler-utils), read the Russian back as a reader's
	// program would.
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("pdftotext not installed: PDF text not extracted")
		return
	}
	for p, wants := range map[string][]string{
		"saimite/cctv-information.pdf": {"Видеонаблюдение", "Срок хранения", "Государственная инспекция данных"},
		"saimite/attestation.pdf":      {"Подтверждение", "нижеподписавшийся", "Дошкольное учреждение «Саймите»"},
	} {
		text, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(out, p), "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", p, err)
		}
		// A phrase may break across lines: compare with the white space
		// collapsed.
		flat := bytes.Join(bytes.Fields(text), []byte(" "))
		for _, w := range wants {
			if !bytes.Contains(flat, []byte(w)) {
				t.Errorf("%s: %q missing from pdftotext's text:\n%s", p, w, text)
			}
		}
		if bytes.ContainsRune(text, '\ufffd') {
			t.Errorf("%s: pdftotext found characters it cannot map", p)
		}
	}
}

// TestSuppliedLanguage builds the trilingual site with Lithuanian, which
// has no built-in catalog, in place of Russian: with every key under
// catalog: in site.yaml the site builds in lt; without one key it is
// refused at lt in languages:.
func TestSuppliedLanguage(t *testing.T) {
	dir := copyDir(t, filepath.Join("testdata", "trilingual"))
	for _, p := range []string{"site.yaml", "controllers/babite.yaml", "institutions/saimite.yaml"} {
		f := filepath.Join(dir, filepath.FromSlash(p))
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.ReplaceAll(b, []byte("ru: "), []byte("lt: LT "))
		b = bytes.ReplaceAll(b, []byte("[lv, en, ru]"), []byte("[lv, en, lt]"))
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	en := i18n.New(nil)
	keys, _, _ := i18n.Describe()
	entries := map[string]map[string]string{}
	for _, k := range keys {
		entries[k] = map[string]string{"lt": "LT " + en.T("en", k)}
	}
	entries["lang.self"]["lt"] = "Lietuvių"
	write := func(entries map[string]map[string]string) {
		t.Helper()
		site := filepath.Join(dir, "site.yaml")
		b, err := os.ReadFile(site)
		if err != nil {
			t.Fatal(err)
		}
		b, _, _ = bytes.Cut(b, []byte("catalog:\n"))
		cat, err := yaml.Marshal(map[string]any{"catalog": entries})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(site, append(b, cat...), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	write(entries)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Content: dir, Out: out}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "lt", "saimite", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`<html lang="lt"`, "Lietuvių", "LT Retention period", "LT Дошкольное учреждение", "30\u00a0LT days"} {
		if !strings.Contains(string(b), w) {
			t.Errorf("lt/saimite/: %q missing", w)
		}
	}

	delete(entries, "word.or")
	write(entries)
	_, err = Build(Options{Content: dir, Out: filepath.Join(t.TempDir(), "public")})
	want := fmt.Sprintf("site.yaml:9:21: languages: no catalog for (lt): there is no built-in one (built in: en, lv, ru) and catalog: lacks 1 of its %d keys (first: word.or)", len(keys))
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want %q", err, want)
	}
}
