// Package feed renders the Atom 1.0 feed (RFC 4287) of the versions of
// one institution's privacy notice in one language: its upcoming,
// current and earlier versions, newest first, each summarised by the
// legal diff from the version before it (package diff) and the
// hand-written change note. Output depends only on the content: every
// time in it is a version's effective date at 00:00:00Z, never the
// clock.
package feed

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strings"

	"github.com/yuin/goldmark"

	"policysite/generator/diff"
	"policysite/generator/i18n"
	"policysite/generator/markdown"
	"policysite/generator/notice"
	"policysite/generator/output"
	"policysite/generator/urls"
)

// MaxLines is how many change lines an entry's summary lists before it
// says how many more there are.
const MaxLines = 5

// Institution returns the Atom feed of the versions of in in lang: the
// current version in, its earlier versions in.Versions, and upcoming
// versions (not yet in force; may be nil) to be listed as announced.
// A version without an effective date has no entry (an entry needs a
// date and a permanent id); when no version has one, it returns nil.
//
// Each entry's id is the absolute permanent URL of its version
// (urls.Version), which never changes; its link is the current notice
// (urls.Notice) for the current version and the permanent URL for the
// others; its updated time is the version's effective date. The feed's id
// is its own absolute URL (urls.Feed), its updated time the newest
// entry's, and its author the controller.
func Institution(site *notice.Site, cat *i18n.Catalog, in *notice.Institution, upcoming []*notice.Institution, lang string) ([]byte, error) {
	if site == nil || in == nil {
		return nil, fmt.Errorf("feed: no site or institution")
	}
	if site.BaseURL == "" {
		return nil, fmt.Errorf("feed: %s: the site has no base URL, which feed ids need", in.ID)
	}
	var versions []*notice.Institution // those with a date: an entry needs one
	for _, v := range append(append(append([]*notice.Institution{}, upcoming...), in), in.Versions...) {
		if v.Document.Effective.Dated() {
			versions = append(versions, v)
		}
	}
	if len(versions) == 0 {
		return nil, nil
	}
	sort.SliceStable(versions, func(i, j int) bool {
		return versions[i].Document.Effective.Before(versions[j].Document.Effective.Time)
	})
	for i := 1; i < len(versions); i++ {
		if versions[i].Document.Effective.Equal(versions[i-1].Document.Effective.Time) {
			return nil, fmt.Errorf("feed: %s: two versions take effect on %s", in.ID, versions[i].Document.Effective)
		}
	}
	f := Atom{
		Lang:   lang,
		ID:     urls.Absolute(site.BaseURL, urls.Feed(lang, in.ID)),
		Title:  Text{Type: "text", Body: cat.T(lang, "feed.title", strings.TrimSpace(in.Name.In(lang)))},
		Author: author(in, lang),
		Links: []Link{
			{Rel: "self", Type: "application/atom+xml", Href: urls.Absolute(site.BaseURL, urls.Feed(lang, in.ID))},
			{Rel: "alternate", Type: "text/html", Href: urls.Absolute(site.BaseURL, urls.Notice(lang, in.ID)), HrefLang: lang},
		},
		Generate: "policysite",
	}
	md := markdown.New() // one parser for the change notes of the feed
	for i := len(versions) - 1; i >= 0; i-- {
		var prev *notice.Institution
		if i > 0 {
			prev = versions[i-1]
		}
		f.Entries = append(f.Entries, entry(site, cat, md, in, versions[i], prev, lang))
	}
	f.Updated = f.Entries[0].Updated
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("feed: %s: %w", in.ID, err)
	}
	b.WriteString("\n")
	return b.Bytes(), nil
}

// author is the controller, or the institution when it has none.
func author(in *notice.Institution, lang string) *Person {
	p := &Person{Name: strings.TrimSpace(in.Name.In(lang)), URI: in.Web}
	if c := in.Controller; c != nil && strings.TrimSpace(c.Name.In(lang)) != "" {
		p = &Person{Name: strings.TrimSpace(c.Name.In(lang)), URI: c.Web}
	}
	return p
}

// entry returns the entry of version v of cur (the current version),
// whose previous version is prev (nil for the first).
func entry(site *notice.Site, cat *i18n.Catalog, md goldmark.Markdown, cur, v, prev *notice.Institution, lang string) Entry {
	date := v.Document.Effective
	permanent := urls.Absolute(site.BaseURL, urls.Version(lang, cur.ID, date.String()))
	link := permanent
	title := cat.T(lang, "notice.history.link", cat.Date(lang, date.Time))
	switch {
	case v == cur:
		link = urls.Absolute(site.BaseURL, urls.Notice(lang, cur.ID))
	case date.After(cur.Document.Effective.Time):
		title = cat.T(lang, "feed.upcoming", cat.Date(lang, date.Time))
	}
	if v.Document.Version != "" {
		title += " (" + cat.T(lang, "notice.version") + " " + v.Document.Version + ")"
	}
	return Entry{
		ID:      permanent,
		Title:   Text{Type: "text", Body: title},
		Updated: date.Format("2006-01-02") + "T00:00:00Z",
		Links:   []Link{{Rel: "alternate", Type: "text/html", Href: link, HrefLang: lang}},
		Summary: &Text{Type: "text", Body: summary(cat, md, lang, v, prev)},
	}
}

// summary is what changed from prev to v: the counts of fundamental and
// editorial changes, the first MaxLines changes, and the hand-written
// change note; for the first version, that it is the first.
func summary(cat *i18n.Catalog, md goldmark.Markdown, lang string, v, prev *notice.Institution) string {
	var lines []string
	if prev == nil {
		lines = append(lines, cat.T(lang, "notice.history.none"))
	} else {
		c := diff.Compare(prev, v)
		lines = append(lines, c.Summary(cat, lang)...)
		changes := c.Lines(cat, lang)
		if len(changes) > MaxLines {
			rest := len(changes) - MaxLines
			changes = append(changes[:MaxLines:MaxLines], cat.T(lang, "feed.more", rest))
		}
		lines = append(lines, changes...)
	}
	if note := strings.TrimSpace(v.Document.Changes.In(lang)); note != "" {
		// The note is Markdown; a text summary gets it as plain text.
		lines = append(lines, cat.T(lang, "notice.changes")+":\n"+markdown.Plain(md, note))
	}
	return strings.Join(lines, "\n")
}

// Files renders the feed of in, as notice.Schedule arranged it (with its
// upcoming versions), in every language of site, each at urls.Feed.
func Files(site *notice.Site, cat *i18n.Catalog, in *notice.Institution) ([]output.File, error) {
	var files []output.File
	for _, lang := range site.Languages {
		data, err := Institution(site, cat, in, in.Upcoming, lang)
		if err != nil {
			return nil, err
		}
		if data == nil {
			continue // no version with a date: nothing to announce
		}
		files = append(files, output.File{Path: urls.Feed(lang, in.ID), Data: data})
	}
	return files, nil
}
