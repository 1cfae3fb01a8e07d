package notice

import (
	"sort"
	"strings"
	"time"
)

// Status is where a version stands on the date a build publishes for.
type Status int

// The statuses of a version.
const (
	Current  Status = iota // in force on the build date
	Earlier                // superseded by a later version in force
	Upcoming               // takes effect after the build date
)

// Schedule is the one place that decides, for the date a build publishes
// for, which version of in's notice is in force: the newest version
// (in itself or one of in.Versions) whose effective date is not later
// than date. Versions that take effect later are upcoming, the older ones
// earlier. When no version is in force yet, the oldest one is current.
//
// It returns a copy of the current version with Versions (newest first)
// and Upcoming (soonest first) set, and every other version as a copy
// marked Archived; in itself is left as loaded. Every output renders
// from what Schedule returns, so they all agree on the date.
func Schedule(in *Institution, date Date) *Institution {
	all := make([]*Institution, 0, 1+len(in.Versions))
	all = append(all, in)
	all = append(all, in.Versions...)
	sort.SliceStable(all, func(i, j int) bool { // oldest first
		return all[j].Document.Effective.Later(all[i].Document.Effective)
	})
	dates := make([]Date, len(all))
	for i, v := range all {
		dates[i] = v.Document.Effective
	}
	c := CurrentOn(dates, date)
	cur := *all[c]
	cur.Archived, cur.Superseded, cur.Versions, cur.Upcoming = false, false, nil, nil
	for i := c - 1; i >= 0; i-- {
		cur.Versions = append(cur.Versions, archivedCopy(all[i], true))
	}
	for _, v := range all[c+1:] {
		cur.Upcoming = append(cur.Upcoming, archivedCopy(v, false))
	}
	return &cur
}

// archivedCopy returns a copy of version v as Schedule places it: before
// the version in force (superseded) or after it.
func archivedCopy(v *Institution, superseded bool) *Institution {
	c := *v
	c.Archived, c.Superseded, c.Versions, c.Upcoming = true, superseded, nil, nil
	return &c
}

// CurrentOn returns the index in dates (effective dates, oldest first)
// of the version in force on date: the last one not later than date, or
// 0 when none is. A version without a date (the zero Date, which sorts
// last) is in force: it says nothing of a later start.
func CurrentOn(dates []Date, date Date) int {
	c := 0
	for i, d := range dates {
		if d.IsZero() || !d.After(date.Time) {
			c = i
		}
	}
	return c
}

// Later reports whether a version effective on d takes effect after one
// effective on e. A version without an effective date (the zero Date)
// can only be the newest, the one in force, so it is later than every
// dated one.
func (d Date) Later(e Date) bool {
	switch {
	case d.IsZero():
		return !e.IsZero()
	case e.IsZero():
		return false
	}
	return d.After(e.Time)
}

// Dated reports whether the date is stated; a version without an
// effective date has no permanent address of its own.
func (d Date) Dated() bool { return !d.IsZero() }

// Today returns the date of t in UTC, as a Date.
func Today(t time.Time) Date {
	y, m, d := t.UTC().Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// Timeline returns every version of the scheduled institution cur
// (see Schedule), newest first: its upcoming versions, cur, its earlier
// versions.
func (cur *Institution) Timeline() []*Institution {
	var all []*Institution
	for i := len(cur.Upcoming) - 1; i >= 0; i-- {
		all = append(all, cur.Upcoming[i])
	}
	all = append(all, cur)
	return append(all, cur.Versions...)
}

// DatedTimeline returns the versions of Timeline that have an effective
// date, newest first: those with a permanent address, which a change
// feed can announce. The version in force may lack a date.
func (cur *Institution) DatedTimeline() []*Institution {
	var out []*Institution
	for _, v := range cur.Timeline() {
		if v.Document.Effective.Dated() {
			out = append(out, v)
		}
	}
	return out
}

// StatusOf returns the status of version v of the scheduled institution
// cur.
func (cur *Institution) StatusOf(v *Institution) Status {
	switch {
	case v == cur:
		return Current
	case v.Document.Effective.Later(cur.Document.Effective):
		return Upcoming
	}
	return Earlier
}

// Previous returns the version of the scheduled institution cur that v
// followed, or nil for the first version.
func (cur *Institution) Previous(v *Institution) *Institution {
	all := cur.Timeline()
	for i, x := range all {
		if x == v && i+1 < len(all) {
			return all[i+1]
		}
	}
	return nil
}

// SameNote reports whether two change notes say the same in every
// language, white space aside: a new version that repeats the previous
// version's note.
func SameNote(a, b Text) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for lang, s := range a {
		if strings.Join(strings.Fields(s), " ") != strings.Join(strings.Fields(b[lang]), " ") {
			return false
		}
	}
	return true
}
