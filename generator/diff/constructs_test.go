package diff

import (
	"testing"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

// TestConstructLines checks the change lines, in Latvian and English, of
// the constructs of issue 11: what the notice is about, how requests are
// made, how changes are announced, direct marketing and who consents
// for a child. Each case edits the base institution (old) and a copy
// (new); the lines are those of the whole comparison, fundamental first.
func TestConstructLines(t *testing.T) {
	admission := func(in *notice.Institution) *notice.Purpose { return in.Purposes[1] }
	requests := func() *notice.Requests {
		return &notice.Requests{Channels: []notice.Channel{{Code: notice.ChannelPost}, {Code: notice.ChannelEmailSigned}}}
	}
	for _, tt := range []struct {
		name     string
		old, new func(in *notice.Institution)
		lv, en   []string
	}{
		{"kind", nil, func(in *notice.Institution) { in.Kind = notice.KindService },
			[]string{"[redakcionāla] Par ko ir paziņojums — mainīts: Iestāde → Pakalpojums"},
			[]string{"[editorial] What the notice is about changed: Institution → Service"}},
		{"channel added", func(in *notice.Institution) { in.Requests = requests() }, func(in *notice.Institution) {
			in.Requests = requests()
			in.Requests.Channels = append(in.Requests.Channels, notice.Channel{Code: notice.ChannelEAdrese})
		},
			[]string{"[redakcionāla] Pieprasījuma iesniegšanas veids — pievienots: E-adrese (oficiālā elektroniskā adrese)"},
			[]string{"[editorial] Way to make a request added: E-address (the official electronic address)"}},
		{"channel removed", func(in *notice.Institution) { in.Requests = requests() }, func(in *notice.Institution) {
			in.Requests = requests()
			in.Requests.Channels = in.Requests.Channels[1:]
		},
			[]string{"[būtiska] Pieprasījuma iesniegšanas veids — svītrots: Pa pastu"},
			[]string{"[fundamental] Way to make a request removed: By post"}},
		{"channel details", func(in *notice.Institution) { in.Requests = requests() }, func(in *notice.Institution) {
			in.Requests = requests()
			in.Requests.Channels[0].Details = tx("Skolas iela 1")
		},
			[]string{"[redakcionāla] Pieprasījuma iesniegšanas veids — mainīts: Pa pastu → Pa pastu; Skolas iela 1 (lv)"},
			[]string{"[editorial] Way to make a request changed: By post → By post; Skolas iela 1"}},
		{"identity stated", nil, func(in *notice.Institution) { in.Requests = &notice.Requests{Identity: tx("Show a passport")} },
			[]string{"[būtiska] Kā pārbauda jūsu identitāti — pievienots: Show a passport (lv)"},
			[]string{"[fundamental] How your identity is checked added: Show a passport"}},
		{"identity no longer stated", func(in *notice.Institution) { in.Requests = &notice.Requests{Identity: tx("Show a passport")} }, nil,
			[]string{"[redakcionāla] Kā pārbauda jūsu identitāti — svītrots: Show a passport (lv)"},
			[]string{"[editorial] How your identity is checked removed: Show a passport"}},
		{"reply period longer", func(in *notice.Institution) {
			in.Requests = &notice.Requests{Response: &notice.Response{Period: 10, Unit: "working-days"}}
		}, func(in *notice.Institution) {
			in.Requests = &notice.Requests{Response: &notice.Response{Period: 20, Unit: "days"}}
		},
			[]string{"[būtiska] Atbilde (Kā iesniegt pieprasījumu) — mainīts: 10\u00a0darba dienas → 20\u00a0dienas"},
			[]string{"[fundamental] Reply (How to make a request) changed: 10\u00a0working days → 20\u00a0days"}},
		{"reply period no longer stated", func(in *notice.Institution) {
			in.Requests = &notice.Requests{Response: &notice.Response{Period: 15, Unit: "days"}}
		}, func(in *notice.Institution) { in.Requests = &notice.Requests{Identity: tx("Passport")} },
			[]string{"[būtiska] Kā pārbauda jūsu identitāti — pievienots: Passport (lv)",
				"[būtiska] Atbilde (Kā iesniegt pieprasījumu) — mainīts: 15\u00a0dienas → viens mēnesis, kā noteikts likumā (VDAR 12. panta 3. punkts)"},
			[]string{"[fundamental] How your identity is checked added: Passport",
				"[fundamental] Reply (How to make a request) changed: 15\u00a0days → one month, as the law sets (GDPR Article 12(3))"}},
		{"reply period shorter than the law's", nil, func(in *notice.Institution) {
			in.Requests = &notice.Requests{Response: &notice.Response{Period: 20, Unit: "working-days"}}
		},
			[]string{"[redakcionāla] Atbilde (Kā iesniegt pieprasījumu) — mainīts: viens mēnesis, kā noteikts likumā (VDAR 12. panta 3. punkts) → 20\u00a0darba dienas"},
			[]string{"[editorial] Reply (How to make a request) changed: one month, as the law sets (GDPR Article 12(3)) → 20\u00a0working days"}},
		{"notice of changes shorter", func(in *notice.Institution) {
			in.ChangesNotice = &notice.ChangesNotice{Ahead: 1, Unit: "months"}
		}, func(in *notice.Institution) { in.ChangesNotice = &notice.ChangesNotice{Ahead: 2, Unit: "weeks"} },
			[]string{"[būtiska] Iepriekšējas paziņošanas termiņš — mainīts: 1\u00a0mēnesis → 2\u00a0nedēļas"},
			[]string{"[fundamental] Advance notice of changes changed: 1\u00a0month → 2\u00a0weeks"}},
		{"notice of changes no longer stated", func(in *notice.Institution) {
			in.ChangesNotice = &notice.ChangesNotice{Ahead: 30, Unit: "days", How: tx("On the website")}
		}, func(in *notice.Institution) {
			in.ChangesNotice = &notice.ChangesNotice{How: tx("On the website and by e-mail")}
		},
			[]string{"[būtiska] Iepriekšējas paziņošanas termiņš — svītrots: 30\u00a0dienas",
				"[redakcionāla] Kā paziņo par šī paziņojuma izmaiņām — mainīts: On the website (lv) → On the website and by e-mail (lv)"},
			[]string{"[fundamental] Advance notice of changes removed: 30\u00a0days",
				"[editorial] How changes of this notice are announced changed: On the website → On the website and by e-mail"}},
		{"notice of changes longer", func(in *notice.Institution) {
			in.ChangesNotice = &notice.ChangesNotice{Ahead: 2, Unit: "weeks"}
		}, func(in *notice.Institution) { in.ChangesNotice = &notice.ChangesNotice{Ahead: 1, Unit: "months"} },
			[]string{"[redakcionāla] Iepriekšējas paziņošanas termiņš — mainīts: 2\u00a0nedēļas → 1\u00a0mēnesis"},
			[]string{"[editorial] Advance notice of changes changed: 2\u00a0weeks → 1\u00a0month"}},
		{"direct marketing added", nil, func(in *notice.Institution) { admission(in).DirectMarketing = true },
			[]string{"[būtiska] Tiešā tirgvedība (Admission of pupils (lv)) — pievienots: datus apstrādā tiešās tirgvedības nolūkos; pret to var jebkurā brīdī iebilst (VDAR 21. panta 2. punkts)"},
			[]string{"[fundamental] Direct marketing (Admission of pupils) added: the data are processed for direct marketing, to which people may object at any time (GDPR Article 21(2))"}},
		{"direct marketing dropped", func(in *notice.Institution) { admission(in).DirectMarketing = true }, nil,
			[]string{"[redakcionāla] Tiešā tirgvedība (Admission of pupils (lv)) — svītrots: datus apstrādā tiešās tirgvedības nolūkos; pret to var jebkurā brīdī iebilst (VDAR 21. panta 2. punkts)"},
			[]string{"[editorial] Direct marketing (Admission of pupils) removed: the data are processed for direct marketing, to which people may object at any time (GDPR Article 21(2))"}},
		{"children first stated", nil, func(in *notice.Institution) { admission(in).Children = &notice.Children{ConsentBy: "parent"} },
			[]string{"[redakcionāla] Piekrišana par bērnu (Admission of pupils (lv)) — pievienots: Par bērnu piekrišanu dod bērna likumiskais pārstāvis (vecāks vai aizbildnis)."},
			[]string{"[editorial] Consent for a child (Admission of pupils) added: For a child, consent is given by the child's legal representative (a parent or guardian)."}},
		{"children: who consents", func(in *notice.Institution) { admission(in).Children = &notice.Children{ConsentBy: "parent"} },
			func(in *notice.Institution) { admission(in).Children = &notice.Children{ConsentBy: "both", Age: 13} },
			[]string{"[būtiska] Piekrišana par bērnu (Admission of pupils (lv)) — mainīts: Par bērnu piekrišanu dod bērna likumiskais pārstāvis (vecāks vai aizbildnis). → Bērns no 13 gadu vecuma piekrišanu dod pats; par jaunāku bērnu piekrišanu dod bērna likumiskais pārstāvis (vecāks vai aizbildnis)."},
			[]string{"[fundamental] Consent for a child (Admission of pupils) changed: For a child, consent is given by the child's legal representative (a parent or guardian). → A child aged 13 or over gives consent themself; for a younger child, consent is given by the child's legal representative (a parent or guardian)."}},
		{"children: consent age", func(in *notice.Institution) { admission(in).Children = &notice.Children{ConsentBy: "child", Age: 13} },
			func(in *notice.Institution) { admission(in).Children = &notice.Children{ConsentBy: "child", Age: 16} },
			[]string{"[būtiska] Piekrišana par bērnu (Admission of pupils (lv)) — mainīts: Bērns no 13 gadu vecuma piekrišanu dod pats. → Bērns no 16 gadu vecuma piekrišanu dod pats."},
			[]string{"[fundamental] Consent for a child (Admission of pupils) changed: A child aged 13 or over gives consent themself. → A child aged 16 or over gives consent themself."}},
		{"children no longer stated", func(in *notice.Institution) { admission(in).Children = &notice.Children{ConsentBy: "child", Age: 13} }, nil,
			[]string{"[redakcionāla] Piekrišana par bērnu (Admission of pupils (lv)) — svītrots: Bērns no 13 gadu vecuma piekrišanu dod pats."},
			[]string{"[editorial] Consent for a child (Admission of pupils) removed: A child aged 13 or over gives consent themself."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, new := base(), base()
			for _, e := range []struct {
				in   *notice.Institution
				edit func(*notice.Institution)
			}{{old, tt.old}, {new, tt.new}} {
				if e.edit != nil {
					e.edit(e.in)
				}
			}
			c := Compare(old, new)
			cat := i18n.New(nil)
			for _, w := range []struct {
				lang string
				want []string
			}{{"lv", tt.lv}, {"en", tt.en}} {
				got := c.Lines(cat, w.lang)
				if len(got) != len(w.want) {
					t.Errorf("%s: %d lines, want %d:\n%q", w.lang, len(got), len(w.want), got)
					continue
				}
				for i := range got {
					if got[i] != w.want[i] {
						t.Errorf("%s line %d:\n got %q\nwant %q", w.lang, i, got[i], w.want[i])
					}
				}
			}
		})
	}
}
