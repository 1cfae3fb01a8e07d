package site

import (
	"testing"

	"policysite/generator/notice"
)

// TestConstructSentences pins the sentences the purpose constructs put on
// a page, in both languages: who consents for a child, whether the
// sources are publicly accessible, and nothing when the content is silent.
func TestConstructSentences(t *testing.T) {
	r := newRenderer(t, testContent())
	yes, no := true, false
	for _, tt := range []struct {
		name, lang        string
		children          *notice.Children
		dataFrom          string
		public            *bool
		wantChildren, law string
		wantSourcesPublic string
	}{
		{"parent lv", "lv", &notice.Children{ConsentBy: "parent"}, "subject", nil,
			"Par bērnu piekrišanu dod bērna likumiskais pārstāvis (vecāks vai aizbildnis).", "VDAR 8. panta 1. punkts", ""},
		{"child en", "en", &notice.Children{ConsentBy: "child", Age: 13}, "others", &no,
			"A child aged 13 or over gives consent themself.", "GDPR Article 8(1); Personal Data Processing Law, Section 33",
			"The data do not come from publicly accessible sources."},
		{"both, age 16, en", "en", &notice.Children{ConsentBy: "both", Age: 16}, "both", &yes,
			"A child aged 16 or over gives consent themself; for a younger child, consent is given by the child's legal representative (a parent or guardian).", "GDPR Article 8(1)",
			"At least some of the data come from publicly accessible sources."},
		{"silent", "lv", nil, "both", nil, "", "", ""},
		{"public sources of data from the person", "en", nil, "subject", &yes, "", "", ""},
	} {
		p := &notice.Purpose{ID: "p", Name: tx("Nolūks", "Purpose"), Bases: []notice.Basis{{Code: notice.Consent}},
			Children: tt.children, DataFrom: tt.dataFrom, SourcesPublic: tt.public}
		b := r.builder(tt.lang, "x/")
		v := b.purpose(p, "")
		if b.err != nil {
			t.Fatal(b.err)
		}
		if v.Children != tt.wantChildren || v.ChildrenLaw != tt.law || v.SourcesPublic != tt.wantSourcesPublic {
			t.Errorf("%s: got %q (%q), %q; want %q (%q), %q", tt.name, v.Children, v.ChildrenLaw, v.SourcesPublic, tt.wantChildren, tt.law, tt.wantSourcesPublic)
		}
	}
}

// TestObjectionApart: the right to object is left out of the list of
// rights and shown apart (GDPR Art 21(4)), with the purposes it applies
// to on the notice; a notice of consent alone has no such block.
func TestObjectionApart(t *testing.T) {
	r := newRenderer(t, testContent())
	b := r.builder("en", "x/")
	in := testInstitution()
	for _, right := range b.otherRights(in.Rights()) {
		if right.Code == notice.RightObject || right.Code == notice.RightObjectMarketing {
			t.Errorf("%s is in the list of rights", right.Code)
		}
	}
	o := b.objection(in.Purposes, true)
	if o == nil || o.General == nil || o.Marketing == nil {
		t.Fatalf("objection %+v", o)
	}
	if got := len(o.General.Purposes); got != 3 {
		t.Errorf("the right to object applies to %d purposes, want 3 (enrolment, clubs, video)", got)
	}
	if got := o.Marketing.Purposes; len(got) != 1 || got[0].Href != "#pulcini" {
		t.Errorf("the right to object to direct marketing applies to %+v", got)
	}
	if o.Marketing.Article != "GDPR Article 21(2) and (3)" || o.General.Article != "GDPR Article 21(1)" {
		t.Errorf("articles %q, %q", o.Marketing.Article, o.General.Article)
	}
	photos := in.Purposes[1]
	if o := b.objection([]*notice.Purpose{photos}, false); o != nil {
		t.Errorf("a consent purpose has an objection block: %+v", o)
	}
}

// TestObjectionWording checks that the explanation of the right to
// object (GDPR Art 21(1)) names only the bases of the purposes it applies
// to: a task in the public interest, legitimate interests, or both.
func TestObjectionWording(t *testing.T) {
	r := newRenderer(t, testContent())
	purpose := func(id string, codes ...string) *notice.Purpose {
		p := &notice.Purpose{ID: id, Name: tx("Nolūks", "Purpose")}
		for _, c := range codes {
			p.Bases = append(p.Bases, notice.Basis{Code: c})
		}
		return p
	}
	task := purpose("task", notice.PublicTask)
	interests := purpose("interests", notice.LegitimateInterests)
	both := purpose("both", notice.PublicTask, notice.LegitimateInterests)
	consent := purpose("consent", notice.Consent)
	for _, tt := range []struct {
		name, lang string
		purposes   []*notice.Purpose
		want       string
	}{
		{"public task en", "en", []*notice.Purpose{task, consent},
			"You can object at any time, on grounds relating to your particular situation, to processing based on a task carried out in the public interest or in the exercise of official authority."},
		{"legitimate interests lv", "lv", []*notice.Purpose{interests},
			"Savas īpašās situācijas dēļ jūs varat jebkurā laikā iebilst pret apstrādi, kuras pamatā ir leģitīmās intereses."},
		{"both in one purpose en", "en", []*notice.Purpose{both},
			"You can object at any time, on grounds relating to your particular situation, to processing based on a task carried out in the public interest or in the exercise of official authority, or on legitimate interests."},
		{"both across purposes lv", "lv", []*notice.Purpose{task, interests},
			"Savas īpašās situācijas dēļ jūs varat jebkurā laikā iebilst pret apstrādi, kuras pamatā ir uzdevums sabiedrības interesēs vai oficiālo pilnvaru īstenošana vai arī leģitīmās intereses."},
	} {
		b := r.builder(tt.lang, "x/")
		o := b.objection(tt.purposes, true)
		if b.err != nil || o == nil || o.General == nil {
			t.Fatalf("%s: %v, %+v", tt.name, b.err, o)
		}
		if o.General.Explain != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, o.General.Explain, tt.want)
		}
	}
}

// TestGapLabelConsentCovers: a gap in consent_covers is named on a
// draft by the field's label and its purpose, never by its YAML key.
func TestGapLabelConsentCovers(t *testing.T) {
	r := newRenderer(t, testContent())
	in := testInstitution()
	id := in.Purposes[0].ID
	for lang, want := range map[string]string{
		"lv": "Kas balstās uz piekrišanu — " + in.Purposes[0].Name["lv"],
		"en": "What rests on consent — " + in.Purposes[0].Name["en"],
	} {
		b := r.builder(lang, "x/")
		g := notice.Gap{Key: "consent_covers", Path: "purposes[" + id + "].consent_covers"}
		if got := b.gapLabel(in, g); got != want {
			t.Errorf("%s: got %q, want %q", lang, got, want)
		}
	}
}
