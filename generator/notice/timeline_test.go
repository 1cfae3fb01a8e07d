package notice

import (
	"strings"
	"testing"
	"time"
)

func day(s string) Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return Date{t}
}

func dates(vs []*Institution) string {
	var s []string
	for _, v := range vs {
		s = append(s, v.Document.Effective.String())
	}
	return strings.Join(s, " ")
}

// TestSchedule places the institution's file (2027-06-01) and its
// archived versions on build dates before, on and after each.
func TestSchedule(t *testing.T) {
	in := &Institution{ID: "x", Document: Document{Effective: day("2027-06-01")}}
	for _, d := range []string{"2026-01-01", "2020-01-01", "2028-01-01"} {
		in.Versions = append(in.Versions, &Institution{ID: "x", Document: Document{Effective: day(d)}, Archived: true})
	}
	for _, tc := range []struct {
		date, current, earlier, upcoming string
	}{
		{"2019-12-31", "2020-01-01", "", "2026-01-01 2027-06-01 2028-01-01"}, // none in force yet: the oldest
		{"2020-01-01", "2020-01-01", "", "2026-01-01 2027-06-01 2028-01-01"},
		{"2027-05-31", "2026-01-01", "2020-01-01", "2027-06-01 2028-01-01"},
		{"2027-06-01", "2027-06-01", "2026-01-01 2020-01-01", "2028-01-01"},
		{"2030-01-01", "2028-01-01", "2027-06-01 2026-01-01 2020-01-01", ""},
	} {
		cur := Schedule(in, day(tc.date))
		got := [3]string{cur.Document.Effective.String(), dates(cur.Versions), dates(cur.Upcoming)}
		if got != [3]string{tc.current, tc.earlier, tc.upcoming} {
			t.Errorf("on %s: current %s, earlier [%s], upcoming [%s]; want %s, [%s], [%s]", tc.date, got[0], got[1], got[2], tc.current, tc.earlier, tc.upcoming)
		}
		if cur.Archived {
			t.Errorf("on %s: the current version is marked archived", tc.date)
		}
		for _, v := range append(append([]*Institution{}, cur.Versions...), cur.Upcoming...) {
			if !v.Archived || cur.StatusOf(v) == Current {
				t.Errorf("on %s: %s is not marked as another version", tc.date, v.Document.Effective)
			}
		}
		all := cur.Timeline()
		if len(all) != 4 || cur.Previous(all[len(all)-1]) != nil || cur.Previous(cur) != firstOrNil(cur.Versions) {
			t.Errorf("on %s: timeline %s", tc.date, dates(all))
		}
	}
	if in.Archived || len(in.Versions) != 3 || in.Upcoming != nil {
		t.Error("Schedule changed the loaded institution")
	}
}

func firstOrNil(vs []*Institution) *Institution {
	if len(vs) == 0 {
		return nil
	}
	return vs[0]
}

// TestScheduleUndated places a current version without an effective
// date (the zero Date): on every build date it is the version in force,
// after every dated one, and the dated versions are earlier ones.
func TestScheduleUndated(t *testing.T) {
	in := &Institution{ID: "x"}
	for _, d := range []string{"2026-01-01", "2020-01-01"} {
		in.Versions = append(in.Versions, &Institution{ID: "x", Document: Document{Effective: day(d)}, Archived: true})
	}
	for _, date := range []string{"2019-12-31", "2026-01-01", "2030-01-01"} {
		cur := Schedule(in, day(date))
		if cur.Document.Effective.Dated() || dates(cur.Versions) != "2026-01-01 2020-01-01" || len(cur.Upcoming) != 0 {
			t.Errorf("on %s: current %s, earlier [%s], upcoming [%s]; want the undated one, [2026-01-01 2020-01-01], []",
				date, cur.Document.Effective, dates(cur.Versions), dates(cur.Upcoming))
		}
		for _, v := range cur.Versions {
			if cur.StatusOf(v) != Earlier {
				t.Errorf("on %s: %s is not earlier than the undated version in force", date, v.Document.Effective)
			}
		}
		if got := dates(cur.DatedTimeline()); got != "2026-01-01 2020-01-01" {
			t.Errorf("on %s: dated timeline [%s]", date, got)
		}
	}
	for _, tc := range []struct {
		d, e  string
		later bool
	}{{"", "2020-01-01", true}, {"2020-01-01", "", false}, {"", "", false}, {"2021-01-01", "2020-01-01", true}, {"2020-01-01", "2021-01-01", false}} {
		var d, e Date
		if tc.d != "" {
			d = day(tc.d)
		}
		if tc.e != "" {
			e = day(tc.e)
		}
		if d.Later(e) != tc.later {
			t.Errorf("%q.Later(%q) = %v, want %v", tc.d, tc.e, !tc.later, tc.later)
		}
	}
}
