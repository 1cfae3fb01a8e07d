package main

import (
	"strings"

	"policysite/generator/diff"
	"policysite/generator/notice"
	"policysite/generator/urls"
)

// This file is the versions of a notice in the Hugo mirror: the index of
// versions, what changed from one version to the next, the history of
// earlier versions and the announcements of upcoming ones.

// versions is the front matter of the index of versions of cur in l.
func (h *hugoWriter) versions(l string, cur *notice.Institution) map[string]any {
	b := &hView{site: h.c.Site, cat: h.cat, lang: l, path: urls.Versions(l, cur.ID)}
	name := b.text(cur.Name)
	back := hLink{Text: b.t("notice.superseded.link"), Href: b.href(urls.Notice(l, cur.ID))}
	var items []hVersionItem
	for _, v := range cur.Timeline() {
		d := b.document(v.Document)
		item := hVersionItem{Text: b.t("notice.history.link", d.Effective),
			Href: b.href(noticePath(l, cur, v, true)), Effective: d.Effective, ISO: d.ISO,
			Version: d.Version, Changes: b.changes(cur.Previous(v), v, true)}
		switch cur.StatusOf(v) {
		case notice.Current:
			item.Status = b.t("version.status.current")
		case notice.Upcoming:
			item.Status = b.t("version.status.upcoming", d.Effective)
		default:
			item.Status = b.t("version.status.earlier")
		}
		items = append(items, item)
	}
	return map[string]any{
		"type": "versions", "title": b.t("versions.title") + " — " + name, "institution": name,
		"intro":    b.t("versions.intro", name),
		"feedlink": hLink{Text: b.t("versions.feed"), Href: b.href(urls.Feed(l, cur.ID))},
		"notice":   back, "versions": items,
		"breadcrumb": []hLink{{Text: b.t("page.all")}, {Text: name, Href: back.Href}},
	}
}

// repeatsNote reports whether v's change note is its previous version's
// word for word (policysite leaves it out).
func repeatsNote(prev, v *notice.Institution) bool {
	if prev == nil || len(v.Document.Changes) == 0 {
		return false
	}
	return notice.SameNote(prev.Document.Changes, v.Document.Changes)
}

// changes is what changed from prev to v (the legal diff), with v's note
// when withNote is set; nil when v is the first version without a note.
func (v *hView) changes(prev, cur *notice.Institution, withNote bool) *hChanges {
	note := ""
	if withNote && !repeatsNote(prev, cur) {
		note = v.text(cur.Document.Changes)
	}
	if prev == nil {
		if note == "" {
			return nil
		}
		return &hChanges{Note: note}
	}
	c := diff.Compare(prev, cur)
	out := &hChanges{Summary: c.Summary(v.cat, v.lang), Advance: v.t("version.changes.advance"), Note: note}
	if c.Empty() {
		out.None = v.t("version.changes.none")
	}
	for _, class := range []diff.Class{diff.Fundamental, diff.Editorial} {
		prefix := "[" + v.t(class.Key()) + "] "
		for _, ch := range c.List {
			if ch.Class == class {
				line := strings.TrimPrefix(ch.Line(v.cat, v.lang), prefix)
				out.List = append(out.List, hChange{Text: line, Fundamental: class == diff.Fundamental})
			}
		}
	}
	return out
}

// history lists the versions older than v of cur, newest first.
func (v *hView) history(cur, ver *notice.Institution) []hVersion {
	var out []hVersion
	older := false
	for _, old := range cur.Timeline() {
		if older {
			d := v.document(old.Document)
			out = append(out, hVersion{Text: v.t("notice.history.link", d.Effective),
				Href: v.href(noticePath(v.lang, cur, old, true)), Version: d.Version, Changes: d.Changes})
		}
		older = older || old == ver
	}
	return out
}

// announcements lists the upcoming versions of cur, soonest first.
func (v *hView) announcements(cur *notice.Institution) []hAnnouncement {
	var out []hAnnouncement
	for _, up := range cur.Upcoming {
		d := v.date(up.Document.Effective)
		out = append(out, hAnnouncement{Heading: v.t("version.announce", d), Text: v.t("version.announce.text", d),
			Link: hLink{Text: v.t("version.announce.link", d), Href: v.href(noticePath(v.lang, cur, up, true))}})
	}
	return out
}
