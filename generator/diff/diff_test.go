package diff

import (
	"strings"
	"testing"
	"time"

	"policysite/generator/i18n"
	"policysite/generator/notice"
)

func tx(s string) notice.Text { return notice.Text{"lv": s + " (lv)", "en": s} }

func day(s string) notice.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return notice.Date{Time: t}
}

// base returns a fresh institution with a CCTV purpose and an admissions
// purpose, for each case to change one thing in.
func base() *notice.Institution {
	return &notice.Institution{
		ID: "school", Name: tx("School"), Address: "Skolas iela 1, Rīga", Phone: "+371 60000000", Email: "skola@example.lv",
		Controller: &notice.Controller{ID: "city", Name: tx("City council"), RegNo: "90000000001", Address: "Rātslaukums 1", Email: "dome@example.lv"},
		DPO:        &notice.Contact{Email: "dpo@example.lv", Phone: "+371 60000001"},
		Public:     true,
		Document:   notice.Document{Title: tx("Privacy notice"), Effective: day("2024-01-01"), Version: "1"},
		Purposes: []*notice.Purpose{
			{ID: "cctv", Name: tx("Video surveillance"), Bases: []notice.Basis{{Code: notice.PublicTask, Laws: []notice.Text{tx("Education Law")}}},
				Subjects: tx("Visitors"), Categories: tx("Images"), DataFrom: "subject", Recipients: tx("Police"), Transfers: []notice.Transfer{},
				Retention: notice.Retention{Period: 14, Unit: "days"}, Requirement: notice.Requirement{Kind: "voluntary"},
				Video: &notice.Video{Areas: []notice.Text{tx("Entrance")}}},
			{ID: "admission", Name: tx("Admission of pupils"), Bases: []notice.Basis{{Code: notice.LegalObligation}},
				Subjects: tx("Pupils"), Categories: tx("Name, birth date"), DataFrom: "subject", Recipients: tx("Ministry"), Transfers: []notice.Transfer{},
				Retention: notice.Retention{Period: 1, Unit: "years"}, Requirement: notice.Requirement{Kind: "statutory", Consequence: tx("No place")}},
		},
	}
}

func cctv(in *notice.Institution) *notice.Purpose { return in.Purposes[0] }

// TestCompare checks, for one change at a time to the base institution,
// the change found: its path, kind and class, and what it requires.
func TestCompare(t *testing.T) {
	for _, tt := range []struct {
		name   string
		edit   func(in *notice.Institution)
		path   string
		kind   Kind
		class  Class
		signs  bool // the CCTV sign must be reprinted
		resign bool
	}{
		{"new purpose", func(in *notice.Institution) {
			in.Purposes = append(in.Purposes, &notice.Purpose{ID: "newsletter", Name: tx("Newsletter"), Bases: []notice.Basis{{Code: notice.LegalObligation}}})
		}, "purposes[newsletter]", Added, Fundamental, false, false},
		{"purpose removed", func(in *notice.Institution) { in.Purposes = in.Purposes[:1] }, "purposes[admission]", Removed, Editorial, false, false},
		{"purpose renamed", func(in *notice.Institution) { cctv(in).Name = tx("Video surveillance and staff monitoring") },
			"purposes[cctv].name", Changed, Fundamental, true, false},
		{"description", func(in *notice.Institution) { in.Purposes[1].Description = tx("How pupils are admitted") },
			"purposes[admission].description", Added, Editorial, false, false},
		{"controller replaced", func(in *notice.Institution) {
			in.Controller = &notice.Controller{ID: "region", Name: tx("Region"), RegNo: "90000000002"}
		}, "controller", Changed, Fundamental, true, true},
		{"controller renamed", func(in *notice.Institution) {
			c := *in.Controller
			c.Name = tx("City municipality")
			in.Controller = &c
		}, "controller.name", Changed, Fundamental, true, true},
		{"controller e-mail", func(in *notice.Institution) {
			c := *in.Controller
			c.Email = "pasts@example.lv"
			in.Controller = &c
		}, "controller.email", Changed, Editorial, true, true},
		{"DPO e-mail", func(in *notice.Institution) {
			in.DPO = &notice.Contact{Email: "dpo2@example.lv", Phone: "+371 60000001"}
		},
			"dpo.email", Changed, Editorial, true, true},
		{"institution phone", func(in *notice.Institution) { in.Phone = "+371 60000009" }, "phone", Changed, Editorial, true, false},
		{"institution address", func(in *notice.Institution) { in.Address = "Skolas iela 2, Rīga" }, "address", Changed, Editorial, false, false},
		{"legal basis added", func(in *notice.Institution) {
			in.Purposes[1].Bases = append(in.Purposes[1].Bases, notice.Basis{Code: notice.Consent})
		}, "purposes[admission].legal_basis[consent]", Added, Fundamental, false, false},
		{"legal basis replaced", func(in *notice.Institution) {
			cctv(in).Bases = []notice.Basis{{Code: notice.LegitimateInterests}}
			cctv(in).LegitimateInterests = tx("Safety")
		}, "purposes[cctv].legal_basis[legitimate-interests]", Added, Fundamental, true, false},
		{"law of a basis", func(in *notice.Institution) { cctv(in).Bases[0].Laws = []notice.Text{tx("General Education Law")} },
			"purposes[cctv].legal_basis[public-task].laws", Changed, Editorial, true, false},
		{"special categories", func(in *notice.Institution) {
			in.Purposes[1].Special = &notice.SpecialCategories{Data: tx("Health"), Condition: "g"}
		}, "purposes[admission].special_categories", Added, Fundamental, false, false},
		{"data categories", func(in *notice.Institution) { in.Purposes[1].Categories = tx("Name, birth date, address") },
			"purposes[admission].categories", Changed, Editorial, false, false},
		{"subjects", func(in *notice.Institution) { in.Purposes[1].Subjects = tx("Pupils and parents") },
			"purposes[admission].subjects", Changed, Editorial, false, false},
		{"sources", func(in *notice.Institution) {
			in.Purposes[1].DataFrom, in.Purposes[1].Sources = "subject", tx("Population register")
		}, "purposes[admission].sources", Added, Editorial, false, false},
		{"recipients", func(in *notice.Institution) { cctv(in).Recipients = tx("Police and the security company") },
			"purposes[cctv].recipients", Changed, Fundamental, true, false},
		{"processors named", func(in *notice.Institution) {
			in.Purposes[1].Processors = &notice.Processors{Named: []notice.Processor{{Name: "SIA Serveris", Role: tx("runs the server")}}}
		}, "purposes[admission].processors.named", Added, Fundamental, false, false},
		{"processor categories", func(in *notice.Institution) {
			in.Purposes[1].Processors = &notice.Processors{Categories: tx("IT service providers")}
		}, "purposes[admission].processors.categories", Added, Fundamental, false, false},
		{"part resting on consent", func(in *notice.Institution) {
			in.Purposes[1].Bases = append(in.Purposes[1].Bases, notice.Basis{Code: notice.Consent})
			in.Purposes[1].ConsentCovers = tx("Photographs")
		}, "purposes[admission].consent_covers", Added, Editorial, false, false},
		{"public sources", func(in *notice.Institution) {
			yes := true
			in.Purposes[1].DataFrom, in.Purposes[1].Sources, in.Purposes[1].SourcesPublic = "both", tx("Population register"), &yes
		}, "purposes[admission].sources_public", Added, Editorial, false, false},
		{"direct marketing", func(in *notice.Institution) { in.Purposes[1].DirectMarketing = true },
			"purposes[admission].direct_marketing", Added, Fundamental, false, false},
		{"direct marketing on the CCTV sheet", func(in *notice.Institution) { cctv(in).DirectMarketing = true },
			"purposes[cctv].direct_marketing", Added, Fundamental, true, false},
		{"transfer introduced", func(in *notice.Institution) {
			cctv(in).Transfers = []notice.Transfer{{To: tx("United States"), Safeguard: "standard-contractual-clauses"}}
		}, "purposes[cctv].transfers", Added, Fundamental, true, false},
		{"retention longer", func(in *notice.Institution) { cctv(in).Retention = notice.Retention{Period: 30, Unit: "days"} },
			"purposes[cctv].retention", Changed, Fundamental, true, false},
		{"retention shorter", func(in *notice.Institution) { cctv(in).Retention = notice.Retention{Period: 1, Unit: "weeks"} },
			"purposes[cctv].retention", Changed, Editorial, true, false},
		{"retention 1 year as 12 months", func(in *notice.Institution) { in.Purposes[1].Retention = notice.Retention{Period: 12, Unit: "months"} },
			"purposes[admission].retention", Changed, Editorial, false, false},
		{"retention 1 year to 13 months", func(in *notice.Institution) { in.Purposes[1].Retention = notice.Retention{Period: 13, Unit: "months"} },
			"purposes[admission].retention", Changed, Fundamental, false, false},
		{"retention criteria", func(in *notice.Institution) { in.Purposes[1].Retention.Criteria = tx("Until the pupil leaves") },
			"purposes[admission].retention.criteria", Added, Editorial, false, false},
		{"requirement", func(in *notice.Institution) { in.Purposes[1].Requirement = notice.Requirement{Kind: "voluntary"} },
			"purposes[admission].requirement", Changed, Editorial, false, false},
		{"automated decisions", func(in *notice.Institution) {
			in.Purposes[1].Automated = &notice.Automated{Logic: tx("Score"), Consequences: tx("Rank")}
		}, "purposes[admission].automated", Added, Fundamental, false, false},
		{"video areas", func(in *notice.Institution) {
			cctv(in).Video = &notice.Video{Areas: []notice.Text{tx("Entrance"), tx("Yard")}}
		},
			"purposes[cctv].video.areas", Changed, Editorial, true, false},
		{"document version", func(in *notice.Institution) { in.Document.Version = "2" }, "document.version", Changed, Editorial, false, true},
		{"document effective", func(in *notice.Institution) { in.Document.Effective = day("2025-01-01") }, "document.effective", Changed, Editorial, false, true},
		{"approver", func(in *notice.Institution) { in.Document.ApprovedBy = tx("Head") }, "document.approved_by", Added, Editorial, false, true},
		{"commitments", func(in *notice.Institution) { in.Attestation.Commitments = []notice.Text{tx("I keep secrets")} },
			"attestation.commitments", Added, Editorial, false, true},
		{"breach contact", func(in *notice.Institution) { in.Attestation.BreachContact = &notice.Contact{Email: "it@example.lv"} },
			"attestation.breach_contact", Added, Editorial, false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, new := base(), base()
			tt.edit(new)
			c := Compare(old, new)
			var got *Change
			for i, ch := range c.List {
				if ch.Path == tt.path {
					got = &c.List[i]
				}
			}
			if got == nil {
				t.Fatalf("no change at %s; got %v", tt.path, paths(c))
			}
			if got.Kind != tt.kind || got.Class != tt.class {
				t.Errorf("%s: %s %s, want %s %s", tt.path, got.Kind, got.Class, tt.kind, tt.class)
			}
			if signs := len(c.Requires.Signs) > 0; signs != tt.signs {
				t.Errorf("signs to reprint %v, want reprint %v", c.Requires.Signs, tt.signs)
			}
			if c.Requires.Resign != tt.resign {
				t.Errorf("Resign = %v, want %v", c.Requires.Resign, tt.resign)
			}
		})
	}
}

func paths(c Changes) []string {
	var out []string
	for _, ch := range c.List {
		out = append(out, ch.Path+" "+string(ch.Kind)+" "+ch.Class.String())
	}
	return out
}

// TestCompareSame checks that a version compared with itself has no
// changes and requires nothing.
func TestCompareSame(t *testing.T) {
	c := Compare(base(), base())
	if !c.Empty() || len(c.Requires.Signs) > 0 || len(c.Requires.Withdraw) > 0 || c.Requires.Resign {
		t.Errorf("changes of a version to itself: %v, %+v", paths(c), c.Requires)
	}
	noted := base()
	noted.Document.Changes = tx("Typos corrected")
	if c := Compare(base(), noted); !c.Empty() {
		t.Errorf("the change note alone is a change: %v", paths(c))
	}
}

// TestRightRemoved checks that a basis dropped removes the right that
// followed from it, a fundamental change of its own.
func TestRightRemoved(t *testing.T) {
	old, new := base(), base()
	cctv(new).Bases = []notice.Basis{{Code: notice.LegalObligation}}
	c := Compare(old, new)
	want := map[string]Class{
		"purposes[cctv].legal_basis[legal-obligation]": Fundamental,
		"purposes[cctv].legal_basis[public-task]":      Fundamental,
		"purposes[cctv].rights[object]":                Fundamental,
	}
	for _, ch := range c.List {
		if cl, ok := want[ch.Path]; ok && cl == ch.Class {
			delete(want, ch.Path)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %v", want, paths(c))
	}
	if f, _ := c.Count(); f != 3 {
		t.Errorf("%d fundamental changes, want 3: %v", f, paths(c))
	}
}

// TestSignWithdrawn checks that a video purpose dropped asks for its
// sign to come down.
func TestSignWithdrawn(t *testing.T) {
	new := base()
	new.Purposes = new.Purposes[1:]
	c := Compare(base(), new)
	if strings.Join(c.Requires.Withdraw, ",") != "cctv" || len(c.Requires.Signs) != 0 {
		t.Errorf("Requires = %+v", c.Requires)
	}
}

// TestReport checks the report in every built-in language: every line
// is in the catalog (no "[key]"), and the English one says what matters.
func TestReport(t *testing.T) {
	old, new := base(), base()
	cctv(new).Retention = notice.Retention{Period: 30, Unit: "days"}
	new.Document.Version = "2"
	new.Document.Effective = day("2025-03-01")
	c := Compare(old, new)
	cat := i18n.New(nil)
	for _, lang := range i18n.BuiltinLanguages() {
		r := Report(cat, lang, old, new, c)
		if strings.Contains(r, "[diff.") || strings.Contains(r, "[notice.") {
			t.Errorf("%s: untranslated key in report:\n%s", lang, r)
		}
	}
	r := Report(cat, "en", old, new, c)
	for _, want := range []string{
		"[fundamental] Retention period (Video surveillance) changed: 14\u00a0days → 30\u00a0days",
		"[editorial] Version changed: 1 → 2",
		"Fundamental changes: 1 — give advance notice (WP260 para 30)",
		"Editorial changes: 2",
		"Signs to reprint: Video surveillance (cctv)",
		"Staff must sign the attestation again.",
	} {
		if !strings.Contains(r, want) {
			t.Errorf("report lacks %q:\n%s", want, r)
		}
	}
}

// TestReportUndated checks that the heading names a version in force
// that states no effective date in words, never by the zero date.
func TestReportUndated(t *testing.T) {
	old, new := base(), base()
	old.Document.Effective = day("2018-05-21")
	new.Document.Effective = notice.Date{}
	old.Document.Version, new.Document.Version = "", ""
	cat := i18n.New(nil)
	for lang, want := range map[string]string{
		"en": ": from the version in force from 21 May 2018 to the version in force, which states no effective date\n",
		"lv": ": no versijas, kas spēkā no 21.05.2018., uz spēkā esošo versiju, kurā nav norādīts spēkā stāšanās datums\n",
		"ru": ", к действующей версии, в которой не указана дата вступления в силу\n",
	} {
		r := Report(cat, lang, old, new, Compare(old, new))
		if head, _, _ := strings.Cut(r, "\n"); !strings.Contains(head+"\n", want) || strings.Contains(r, "0001") {
			t.Errorf("%s: heading %q, want it to end %q", lang, head, want)
		}
	}
}

// TestLineOtherLanguage: a text changed in another language only is shown
// in that language too, not as "A → A".
func TestLineOtherLanguage(t *testing.T) {
	old, new := base(), base()
	new.Name = notice.Text{"lv": "Skola Nr. 1", "en": "School"}
	c := Compare(old, new)
	if len(c.List) != 1 {
		t.Fatalf("changes %v, want one", c.List)
	}
	cat := i18n.New(nil)
	for _, tc := range []struct{ lang, want string }{
		{"en", "[editorial] Name (Institution) changed: School (lv: School (lv)) → School (lv: Skola Nr. 1)"},
		{"lv", "[redakcionāla] Nosaukums (Iestāde) — mainīts: School (lv) → Skola Nr. 1"},
	} {
		if got := c.List[0].Line(cat, tc.lang); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.want)
		}
	}
}
