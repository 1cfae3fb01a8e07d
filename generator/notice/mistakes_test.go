package notice

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// warningsOf loads files and returns every warning, of the tree and of
// institutions/saimite.yaml, one per line, sorted; loading errors fail
// the test.
func warningsOf(t *testing.T, files map[string]string) string {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	tree, errs := Options{Catalogs: testCatalogs()}.OpenFS(fsys, "content")
	in, list := tree.Institution("institutions/saimite.yaml")
	if len(errs)+len(list) > 0 {
		t.Fatal(errs, list)
	}
	all := append(append(ErrorList(nil), tree.Warnings...), in.Warnings...)
	all.Sort()
	return all.Error()
}

// TestMistakes pins the message of each warning of a likely mistake. The
// base tree's own warnings (its example domain, the shared CCTV purpose's
// legitimate interests) are left out by comparing only the lines that
// differ from it.
func TestMistakes(t *testing.T) {
	const inst, site, ctl = "institutions/saimite.yaml", "site.yaml", "controllers/babite.yaml"
	unplaced := func(l string) string { return regexp.MustCompile(`^[^:]+:\d+:\d+: `).ReplaceAllString(l, "") }
	baseline := map[string]bool{}
	for _, l := range strings.Split(warningsOf(t, base()), "\n") {
		baseline[unplaced(l)] = true
	}
	// The base controller is named as before the 2021 reform.
	if w := `name: "Babītes novada pašvaldība" was merged into Mārupes novada pašvaldība on 2021-07-01 (administrative-territorial reform); a current notice names the body that exists now`; !baseline[w] {
		t.Errorf("no warning %q in the base tree", w)
	}
	for _, tt := range []struct {
		name, file, old, new string
		want                 []string
	}{
		{"dpo e-mail is the controller's", inst, "email: dpo@babite.lv", "email: DOME@babite.lv",
			[]string{`content/institutions/saimite.yaml:8:10: dpo.email: "DOME@babite.lv" is the controller's general e-mail address too: give the DPO's own, so that people reach the DPO directly (GDPR Art 37(7), 38(4))`}},
		{"dpo e-mail is the institution's", inst, "email: dpo@babite.lv", "email: saimitespii@babite.lv",
			[]string{`content/institutions/saimite.yaml:8:10: dpo.email: "saimitespii@babite.lv" is the institution's general e-mail address too: give the DPO's own, so that people reach the DPO directly (GDPR Art 37(7), 38(4))`}},
		{"dpo phone is the controller's, written another way", inst, "email: dpo@babite.lv", "email: dpo@babite.lv\n  phone: \"67914650\"",
			[]string{`content/institutions/saimite.yaml:9:10: dpo.phone: "67914650" is the controller's general phone too: give the DPO's own, so that people reach the DPO directly (GDPR Art 37(7), 38(4))`}},
		{"dpo with own contacts", inst, "email: dpo@babite.lv", "email: dpo@babite.lv\n  phone: \"67000001\"", nil},
		{"example base_url", site, "https://privatums.example.lv/", "https://example.com/",
			[]string{`content/site.yaml:2:11: base_url: "https://example.com/" is at example.com, an example or reserved domain (example.*, .example, .test, .invalid, localhost) that leads nowhere; write the real address`}},
		{"real base_url", site, "https://privatums.example.lv/", "https://privatums.babite.lv/", nil},
		{"localhost web", inst, "controller: babite", "controller: babite\nweb: http://localhost:8080/",
			[]string{`content/institutions/saimite.yaml:7:6: web: "http://localhost:8080/" is at localhost, an example or reserved domain (example.*, .example, .test, .invalid, localhost) that leads nowhere; write the real address`}},
		{".test e-mail", ctl, "email: dome@babite.lv", "email: dome@babite.test",
			[]string{`content/controllers/babite.yaml:6:8: email: "dome@babite.test" is at babite.test, an example or reserved domain (example.*, .example, .test, .invalid, localhost) where no mail arrives; write the real address`}},
		{".invalid URL in a text", inst, "{lv: Pārziņa darbinieki, en: The controller's staff}", "{lv: \"Darbinieki, sk. https://x.invalid/a;\", en: \"Staff, see https://x.invalid/a;\"}",
			[]string{
				`content/institutions/saimite.yaml:13:20: defaults.recipients.lv: "https://x.invalid/a" is at x.invalid, an example or reserved domain (example.*, .example, .test, .invalid, localhost) that leads nowhere; write the real address`,
				`content/institutions/saimite.yaml:13:64: defaults.recipients.en: "https://x.invalid/a" is at x.invalid, an example or reserved domain (example.*, .example, .test, .invalid, localhost) that leads nowhere; write the real address`,
			}},
		{"example e-mail in a text", inst, "{lv: Pārziņa darbinieki, en: The controller's staff}", "{lv: \"Darbinieki (info@example.org)\", en: \"Staff (info@example.org)\"}",
			[]string{
				`content/institutions/saimite.yaml:13:20: defaults.recipients.lv: "info@example.org" is at example.org, an example or reserved domain (example.*, .example, .test, .invalid, localhost) where no mail arrives; write the real address`,
				`content/institutions/saimite.yaml:13:57: defaults.recipients.en: "info@example.org" is at example.org, an example or reserved domain (example.*, .example, .test, .invalid, localhost) where no mail arrives; write the real address`,
			}},
		{"the words for example are no domain", inst, "en: The controller's staff}", "en: \"The controller's staff, for example teachers\"}", nil},
		{"en text copied from lv", inst, "{lv: Pārziņa darbinieki, en: The controller's staff}", "{lv: Pārziņa darbinieki un grāmatvedība, en: Pārziņa darbinieki un grāmatvedība}",
			[]string{`content/institutions/saimite.yaml:13:60: defaults.recipients: the English (en) text is the same as the Latvian (lv) text; translate it`}},
		{"short same text is allowed", inst, "{lv: Izglītības likums, en: Education Law}", "{lv: Izglītības likums, en: Izglītības likums}", nil},
		{"same text without a space is allowed", inst, "{lv: VIIS, en: State Education Information System}", "{lv: https://viis.gov.lv/sakums, en: https://viis.gov.lv/sakums}", nil},
		{"same name is allowed", ctl, "{lv: Babītes novada pašvaldība, en: Babīte Municipality}", "{lv: Mārupes novada pašvaldība, en: Mārupes novada pašvaldība}", nil},
		{"renamed controller", ctl, "lv: Babītes novada pašvaldība,", "lv: BABĪTES NOVADA PAŠVALDĪBA,",
			[]string{`content/controllers/babite.yaml:2:12: name: "BABĪTES NOVADA PAŠVALDĪBA" was merged into Mārupes novada pašvaldība on 2021-07-01 (administrative-territorial reform); a current notice names the body that exists now`}},
		{"renamed institution, any case", inst, `name: {lv: PII "Saimīte", en: Preschool "Saimīte"}`, `name: {lv: baldones  novada dome, en: Baldone Council}`,
			[]string{`content/institutions/saimite.yaml:2:12: name: "baldones  novada dome" was merged into Ķekavas novada dome on 2021-07-01 (administrative-territorial reform); a current notice names the body that exists now`}},
		{"renamed in site.yaml", site, "  email: piekluestamiba@example.lv\n", "  email: piekluestamiba@example.lv\nrenamed:\n  - {old: Babītes novada pašvaldība, new: Mārupes novada pašvaldība, since: 2021-07-01}\n  - {old: PII \"Saimīte\", new: Mārupes PII \"Saimīte\", since: 2025-09-01, source: dome decision No. 7}\n",
			[]string{`content/institutions/saimite.yaml:2:12: name: "PII \"Saimīte\"" was renamed Mārupes PII "Saimīte" on 2025-09-01 (dome decision No. 7); a current notice names the body that exists now`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			if !strings.Contains(files[tt.file], tt.old) {
				t.Fatalf("%s has no %q", tt.file, tt.old)
			}
			files[tt.file] = strings.Replace(files[tt.file], tt.old, tt.new, 1)
			var got []string
			for _, l := range strings.Split(warningsOf(t, files), "\n") {
				if l != "" && !baseline[unplaced(l)] {
					got = append(got, l)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("new warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestRulesWarning: a current notice without internal rules is warned,
// unless its form is switched off.
func TestRulesWarning(t *testing.T) {
	const want = "content/institutions/saimite.yaml:1:1: rules: the attestation form names no internal rules (GDPR Art 29, 32(4)): add rules: with the title, issuing act and date of the institution's data-processing rules"
	for _, tt := range []struct {
		name, tail string
		warned     bool
	}{
		{"rules named", "", false},
		{"no rules", "-", true},
		{"no rules, no form", "-attestation: {no_form: true}\n", false},
	} {
		files := base()
		if tt.tail != "" {
			s, _, _ := strings.Cut(files["institutions/saimite.yaml"], "rules:\n")
			files["institutions/saimite.yaml"] = s + strings.TrimPrefix(tt.tail, "-")
		}
		got := strings.Contains(warningsOf(t, files), want)
		if got != tt.warned {
			t.Errorf("%s: warned %v, want %v", tt.name, got, tt.warned)
		}
	}
}
