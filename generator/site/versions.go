package site

import (
	"fmt"
	"html/template"
	"strings"

	"policysite/generator/diff"
	"policysite/generator/notice"
	"policysite/generator/urls"
)

// Change is one change of a version from the version before it.
type Change struct {
	Text        string
	Fundamental bool // a fundamental change (WP260): announced in advance
}

// Changes is what changed in a version from the one before it, made by
// the legal diff (package diff), with the hand-written note.
type Changes struct {
	Summary []string // the counts of fundamental and editorial changes
	List    []Change // fundamental changes first
	None    string   // the sentence when the content did not change
	// Advance is the flag of a fundamental change: it needs advance
	// notice.
	Advance string
	// Note is the version's own note (document.changes, Markdown); empty
	// when it has none, or repeats the previous version's word for word.
	Note template.HTML
}

// Announcement is an upcoming version announced on the notice in force.
type Announcement struct {
	Heading string
	Text    string
	Link    Link
}

// VersionItem is one version in the index of versions.
type VersionItem struct {
	Link
	Effective Date
	Version   string
	Status    string // "in force", "no longer in force", "takes effect on …"
	Current   bool
	Upcoming  bool
	Changes   *Changes // nil for the first version
}

// VersionsPage is the data of versions.html: every version of a notice,
// the newest first, with its changes.
type VersionsPage struct {
	Page
	Institution string
	Intro       string
	Versions    []VersionItem
	FeedLink    Link // the Atom feed, visibly linked
	Notice      Link // the notice in force
}

// changes returns what changed from prev to v, with v's note when
// withNote is set; nil when v is the first version and has no note to
// show.
func (b *builder) changes(prev, v *notice.Institution, withNote bool) *Changes {
	var note template.HTML
	if withNote && !repeatsNote(prev, v) {
		note = b.md(v.Document.Changes)
	}
	if prev == nil {
		if note == "" {
			return nil
		}
		return &Changes{Note: note}
	}
	c := diff.Compare(prev, v)
	out := &Changes{Summary: c.Summary(b.r.cat, b.lang), Advance: b.t("version.changes.advance"), Note: note}
	if c.Empty() {
		out.None = b.t("version.changes.none")
	}
	for _, class := range []diff.Class{diff.Fundamental, diff.Editorial} {
		prefix := "[" + b.t(class.Key()) + "] "
		for _, ch := range c.List {
			if ch.Class == class {
				line := strings.TrimPrefix(ch.Line(b.r.cat, b.lang), prefix)
				out.List = append(out.List, Change{Text: line, Fundamental: class == diff.Fundamental})
			}
		}
	}
	return out
}

// history returns the versions older than v of the scheduled institution
// cur, newest first, each linked at its permanent URL.
func (b *builder) history(cur, v *notice.Institution) []Version {
	var out []Version
	older := false
	for _, old := range cur.Timeline() {
		if older {
			d := b.document(old.Document)
			out = append(out, Version{
				Link:      Link{Text: b.versionTitle(d), Href: b.href(noticePath(cur, old, true)(b.lang))},
				Effective: d.Effective,
				Version:   d.Version,
				Changes:   d.Changes,
			})
		}
		older = older || old == v
	}
	return out
}

// announcements returns the upcoming versions of cur, soonest first.
func (b *builder) announcements(cur *notice.Institution) []Announcement {
	var out []Announcement
	for _, up := range cur.Upcoming {
		d := b.date(up.Document.Effective).Text
		out = append(out, Announcement{
			Heading: b.t("version.announce", d),
			Text:    b.t("version.announce.text", d),
			Link:    Link{Text: b.t("version.announce.link", d), Href: b.href(noticePath(cur, up, true)(b.lang))},
		})
	}
	return out
}

// versions renders the index of versions of the scheduled institution cur
// in lang.
func (r *Renderer) versions(lang string, cur *notice.Institution) (File, error) {
	pathIn := func(lang string) string { return urls.Versions(lang, cur.ID) }
	p := pathIn(lang)
	b := r.builder(lang, p)
	name := b.text(cur.Name)
	title := b.t("versions.title")
	data := VersionsPage{
		Page:        b.page(title+" — "+name, pathIn, pathIn(r.site.DefaultLanguage)),
		Institution: name,
		Intro:       b.t("versions.intro", name),
		Notice:      Link{Text: b.t("notice.superseded.link"), Href: b.href(urls.Notice(lang, cur.ID))},
	}
	if len(cur.DatedTimeline()) > 0 { // else package feed makes none
		data.FeedLink = Link{Text: b.t("versions.feed"), Href: b.href(urls.Feed(lang, cur.ID))}
		data.Feed = data.FeedLink.Href
	}
	data.Breadcrumb = []Link{{Text: b.t("page.all"), Href: data.Home}, {Text: name, Href: data.Notice.Href}}
	for _, v := range cur.Timeline() {
		d := b.document(v.Document)
		item := VersionItem{
			Link:      Link{Text: b.versionTitle(d), Href: b.href(noticePath(cur, v, true)(lang))},
			Effective: d.Effective,
			Version:   d.Version,
			Changes:   b.changes(cur.Previous(v), v, true),
		}
		switch cur.StatusOf(v) {
		case notice.Current:
			item.Status, item.Current = b.t("version.status.current"), true
		case notice.Upcoming:
			item.Status, item.Upcoming = b.t("version.status.upcoming", d.Effective.Text), true
		default:
			item.Status = b.t("version.status.earlier")
		}
		data.Versions = append(data.Versions, item)
	}
	if b.err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), b.err)
	}
	return r.render(lang, versionsFile, p, data)
}

// repeatsNote reports whether v's change note is its previous version's,
// word for word in every language: a note left over from the previous
// edit, which says nothing about v.
func repeatsNote(prev, v *notice.Institution) bool {
	if prev == nil || len(v.Document.Changes) == 0 {
		return false
	}
	return notice.SameNote(prev.Document.Changes, v.Document.Changes)
}

// versionTitle names a version by its effective date, or, without one,
// as the version in force (the only one that can lack a date).
func (b *builder) versionTitle(d Document) string {
	if d.Effective.ISO == "" {
		return b.t("notice.history.undated")
	}
	return b.t("notice.history.link", d.Effective.Text)
}
