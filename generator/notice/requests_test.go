package notice

import (
	"errors"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// TestRequestsRules pins the rules of requests:, changes_notice: and
// kind: (issue 11), each with its exact positioned message. Each case
// appends its YAML to the base institution.
func TestRequestsRules(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"valid", `kind: programme
requests:
  channels:
    - channel: in-person
      details: {lv: "Jomas iela 1/5, Jūrmala, uzrādot personu apliecinošu dokumentu", en: "Jomas iela 1/5, Jūrmala, showing an identity document"}
    - channel: post
    - channel: email-signed
    - channel: e-adrese
    - channel: portal
      details: {lv: Latvija.gov.lv, en: Latvija.gov.lv}
  identity: {lv: Pārliecināmies par jūsu identitāti., en: We check your identity.}
  response:
    period: 15
    unit: working-days
    how: {lv: Ierakstītā vēstulē vai pa e-pastu, en: By registered letter or e-mail}
changes_notice:
  how: {lv: Iestādes tīmekļvietnē, en: On the website}
  ahead: 30
  unit: days
`, nil},
		{"unknown kind", "kind: school\n",
			[]string{`content/institutions/saimite.yaml:12:7: kind: unknown value "school"; expected one of institution, service, programme`}},
		{"unknown channel", "requests:\n  channels:\n    - channel: fax\n",
			[]string{`content/institutions/saimite.yaml:14:16: requests.channels[0].channel: unknown value "fax"; expected one of in-person, post, email-signed, e-adrese, email, portal`}},
		{"channel twice", "requests:\n  channels:\n    - channel: post\n    - channel: post\n",
			[]string{`content/institutions/saimite.yaml:15:7: requests.channels[1]: channel post is listed twice: give it once, with all its details`}},
		{"portal unnamed", "requests:\n  channels:\n    - channel: portal\n",
			[]string{`content/institutions/saimite.yaml:14:7: requests.channels[0].details: missing required field: name the portal or give its address, so that people can find it (GDPR Art 12(2))`}},
		{"empty requests", "requests: {}\n",
			[]string{`content/institutions/saimite.yaml:12:11: requests: give the channels, how identity is checked or the reply, or leave requests out (GDPR Art 12(2))`}},
		{"no channels", "requests:\n  channels: []\n",
			[]string{`content/institutions/saimite.yaml:13:13: requests.channels: list at least one channel, or leave the field out (GDPR Art 12(2))`}},
		{"response period without unit", "requests:\n  response: {period: 15}\n",
			[]string{`content/institutions/saimite.yaml:13:13: requests.response.unit: missing required field: a period needs its unit (days, working-days, weeks, months)`}},
		{"response unit without period", "requests:\n  response: {unit: days}\n",
			[]string{`content/institutions/saimite.yaml:13:13: requests.response.period: missing required field: a unit needs its period`}},
		{"empty response", "requests:\n  response: {}\n",
			[]string{`content/institutions/saimite.yaml:13:13: requests.response: give the institution's own reply period (period and unit) or how the reply is sent, or leave response out: the notice states the law's one month (GDPR Art 12(3))`}},
		{"response longer than a month", "requests:\n  response: {period: 2, unit: months}\n",
			[]string{`content/institutions/saimite.yaml:13:22: requests.response.period: 2 months can be longer than one month: a reply is due within one month of receiving the request (GDPR Art 12(3)), and the extension by two further months is the law's, which the notice states; give a shorter period, or leave period out`}},
		{"response in working days", "requests:\n  response: {period: 25, unit: working-days}\n",
			[]string{`content/institutions/saimite.yaml:13:22: requests.response.period: 25 working-days can be longer than one month: a reply is due within one month of receiving the request (GDPR Art 12(3)), and the extension by two further months is the law's, which the notice states; give a shorter period, or leave period out`}},
		{"changes notice ahead without unit", "changes_notice: {ahead: 30}\n",
			[]string{`content/institutions/saimite.yaml:12:17: changes_notice.unit: missing required field: ahead needs its unit (days, weeks, months)`}},
		{"changes notice unit without ahead", "changes_notice: {unit: days}\n",
			[]string{`content/institutions/saimite.yaml:12:17: changes_notice.ahead: missing required field: a unit needs ahead`}},
		{"empty changes notice", "changes_notice: {}\n",
			[]string{`content/institutions/saimite.yaml:12:17: changes_notice: give how changes are announced or how far ahead (ahead and unit), or leave changes_notice out (WP260 paras 29-33)`}},
	}
	const inst = "institutions/saimite.yaml"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := base()
			// The case's fields start on line 12, after document.
			files[inst] = strings.Replace(files[inst], "defaults:\n", tt.yaml+"defaults:\n", 1)
			err := loadMap(t, files)
			var got []string
			var list ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					got = append(got, e.Error())
				}
			} else if err != nil {
				t.Fatalf("got %v, want an ErrorList", err)
			}
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestRequestsDecoded checks that requests:, changes_notice: and kind:
// reach the model as written, and that an institution without them has
// none (nothing is made up).
func TestRequestsDecoded(t *testing.T) {
	load := func(extra string) *Institution {
		files := base()
		files["institutions/saimite.yaml"] = strings.Replace(files["institutions/saimite.yaml"], "defaults:\n", extra+"defaults:\n", 1)
		fsys := fstest.MapFS{}
		for name, data := range files {
			fsys[name] = &fstest.MapFile{Data: []byte(data)}
		}
		c, err := Options{Catalogs: testCatalogs()}.LoadFS(fsys, "content")
		if err != nil {
			t.Fatal(err)
		}
		return c.Institutions[0]
	}
	in := load(`kind: service
requests:
  channels:
    - channel: e-adrese
    - channel: in-person
      details: {lv: Jomas iela 1/5, en: Jomas iela 1/5}
  response: {period: 15, unit: days}
changes_notice: {ahead: 2, unit: weeks}
`)
	r := in.Requests
	if in.KindOf() != KindService || r == nil || len(r.Channels) != 2 || r.Channels[0].Code != ChannelEAdrese ||
		r.Channels[1].Details.In("en") != "Jomas iela 1/5" || r.Response == nil || r.Response.Period != 15 || r.Response.Unit != "days" ||
		!r.Identity.IsZero() || in.ChangesNotice == nil || in.ChangesNotice.Ahead != 2 || in.ChangesNotice.Unit != "weeks" {
		t.Errorf("decoded %+v, requests %+v, changes notice %+v", in, r, in.ChangesNotice)
	}
	in = load("")
	if in.KindOf() != KindInstitution || in.Kind != KindInstitution || in.Requests != nil || in.ChangesNotice != nil {
		t.Errorf("without the fields: kind %q, requests %v, changes notice %v", in.Kind, in.Requests, in.ChangesNotice)
	}
}
