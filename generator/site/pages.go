package site

import (
	"fmt"
	"sort"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// Institution returns every page of one institution in every language,
// for the institution as notice.Schedule arranged it: the current notice
// and its video-surveillance purpose pages (the second layer of the CCTV
// sign); every version (upcoming, current, earlier) at its permanent URL
// with its own purpose pages, the page of an earlier version marked as
// superseded and that of an upcoming one as taking effect later; and the
// index of versions.
func (r *Renderer) Institution(in *notice.Institution) ([]File, error) {
	all := in.Timeline()
	for _, v := range all {
		if err := checkAnchors(v); err != nil {
			return nil, err
		}
	}
	var files []File
	add := func(f File, err error) error {
		if err == nil {
			files = append(files, f)
		}
		return err
	}
	for _, lang := range r.site.Languages {
		if err := add(r.notice(lang, in, in, false)); err != nil {
			return nil, err
		}
		for _, p := range in.VideoPurposes() {
			if err := add(r.purposePage(lang, in, in, p, false)); err != nil {
				return nil, err
			}
		}
		for _, v := range all {
			if !v.Document.Effective.Dated() {
				continue // no permanent address: only the current notice
			}
			if err := add(r.notice(lang, in, v, true)); err != nil {
				return nil, err
			}
			for _, p := range v.VideoPurposes() {
				if err := add(r.purposePage(lang, in, v, p, true)); err != nil {
					return nil, err
				}
			}
		}
		if err := add(r.versions(lang, in)); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// checkAnchors reports ids of purposes and sections that would give two
// parts of one notice the same anchor, and a video-surveillance purpose
// whose page would take the address of the index of versions.
func checkAnchors(in *notice.Institution) error {
	seen := map[string]bool{}
	add := func(what, id string) error {
		if id == "" || seen[id] {
			return fmt.Errorf("site: %s: %s id %q is empty or used twice on one notice", in.ID, what, id)
		}
		seen[id] = true
		return nil
	}
	for _, p := range in.Purposes {
		if err := add("purpose", p.ID); err != nil {
			return err
		}
		if p.Video != nil && urls.Purpose("", in.ID, p.ID) == urls.Versions("", in.ID) {
			return fmt.Errorf("site: %s: purpose id %q is taken by the index of versions; choose another id", in.ID, p.ID)
		}
	}
	for _, s := range in.Sections {
		if err := add("section", s.ID); err != nil {
			return err
		}
	}
	return nil
}

// noticePath returns the path function of version v of the scheduled
// institution cur: the current notice, or, when dated, v's permanent URL
// (a version without an effective date has none: it can only be the one
// in force).
func noticePath(cur, v *notice.Institution, dated bool) func(lang string) string {
	if !dated || !v.Document.Effective.Dated() { // only the version in force can lack a date
		return func(lang string) string { return urls.Notice(lang, cur.ID) }
	}
	date := v.Document.Effective.String()
	return func(lang string) string { return urls.Version(lang, cur.ID, date) }
}

// purposePath returns the path function of the page of purpose pur of
// version v of cur: the page in force, or, when dated, v's own.
func purposePath(cur, v *notice.Institution, pur string, dated bool) func(lang string) string {
	if !dated || !v.Document.Effective.Dated() {
		return func(lang string) string { return urls.Purpose(lang, cur.ID, pur) }
	}
	date := v.Document.Effective.String()
	return func(lang string) string { return urls.VersionPurpose(lang, cur.ID, date, pur) }
}

// notice renders version v of the scheduled institution cur in lang: at
// the address of the current notice (v is cur, not dated) or at v's
// permanent URL (dated). A version's page is made from v and the versions
// before it, so that it does not change when later content does, until
// it is superseded.
func (r *Renderer) notice(lang string, cur, v *notice.Institution, dated bool) (File, error) {
	pathIn := noticePath(cur, v, dated)
	p := pathIn(lang)
	b := r.builder(lang, p)
	status := cur.StatusOf(v)

	doc := b.document(v.Document)
	if repeatsNote(cur.Previous(v), v) {
		doc.Changes = "" // left over from the previous version
	}
	name := b.text(v.Name)
	title := doc.Title + " — " + name
	if dated {
		title += " (" + doc.Effective.Text + ")"
	}
	data := NoticePage{
		Page:          b.page(title, pathIn, pathIn(r.site.DefaultLanguage)),
		Institution:   name,
		Kind:          b.kindLabel(v),
		Intro:         b.intro("notice.intro", v),
		Rights:        b.otherRights(v.Rights()),
		Objection:     b.objection(v.Purposes, true),
		Parties:       b.parties(v, nil),
		Security:      b.md(v.Security),
		Cookies:       b.md(v.Cookies),
		Document:      doc,
		ChangesNotice: b.changesNotice(v),
		Changes:       b.changes(cur.Previous(v), v, false), // the note is among the document's facts
		History:       b.history(cur, v),
		Versions:      Link{Text: b.t("versions.link"), Href: b.href(urls.Versions(lang, cur.ID))},
	}
	if cur.StatusOf(v) != notice.Earlier && v.Draft() { // in force or upcoming
		b.draft(&data.Page)
		data.Gaps = b.gaps(v)
	}
	data.Breadcrumb = []Link{{Text: b.t("page.all"), Href: data.Home}}
	data.Data = b.href(urls.JSONLD(cur.ID))
	if v.Archived {
		data.Data = b.href(urls.VersionJSONLD(cur.ID, v.Document.Effective.String()))
	}
	if len(cur.DatedTimeline()) > 0 { // else package feed makes none
		data.Feed = b.href(urls.Feed(lang, cur.ID))
	}
	data.NoIndex = data.NoIndex || dated
	current := b.href(urls.Notice(lang, cur.ID))
	switch status {
	case notice.Earlier:
		data.Superseded = b.t("notice.superseded.text", doc.Effective.Text)
		data.Current = current
	case notice.Upcoming:
		data.TakesEffect = b.t("version.upcoming.text", doc.Effective.Text)
		data.Current = current
	case notice.Current:
		data.Announcements = b.announcements(cur)
	}
	if dated {
		data.Breadcrumb = append(data.Breadcrumb, Link{Text: name, Href: current})
	}
	for _, pur := range v.Purposes {
		page := ""
		if pur.Video != nil {
			page = purposePath(cur, v, pur.ID, dated)(lang)
		}
		data.Purposes = append(data.Purposes, b.purpose(pur, page))
	}
	data.Common = b.common(v, data.Purposes)
	for _, s := range v.Sections {
		data.Sections = append(data.Sections, Section{ID: s.ID, Title: b.text(s.Title), Body: b.md(s.Body)})
	}
	data.Documents = b.documents(v, r.site.SignVariants(), dated)
	if b.err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), b.err)
	}
	return r.render(lang, noticeFile, p, data)
}

// purposePage renders the page of video-surveillance purpose pur of
// version v of the scheduled institution cur: the page in force (v is
// cur, not dated) or v's own at its permanent URL (dated), where the QR
// codes of the signs printed under v lead.
func (r *Renderer) purposePage(lang string, cur, v *notice.Institution, pur *notice.Purpose, dated bool) (File, error) {
	pathIn := purposePath(cur, v, pur.ID, dated)
	p := pathIn(lang)
	b := r.builder(lang, p)
	name := b.text(v.Name)
	pv := b.purpose(pur, "")
	title := pv.Name + " — " + name
	if dated {
		title += " (" + b.date(v.Document.Effective).Text + ")"
	}
	data := PurposePage{
		Page:        b.page(title, pathIn, pathIn(r.site.DefaultLanguage)),
		Institution: name,
		Intro:       b.intro("purpose.intro", v),
		Purpose:     pv,
		Rights:      b.otherRights(pur.Rights()),
		Objection:   b.objection([]*notice.Purpose{pur}, false),
		Parties:     b.parties(v, pur.DPO),
		Sites:       b.cameraSites(v, pv.Retention.Summary),
	}
	data.NoIndex = data.NoIndex || dated
	data.Facts = b.keyFacts(v, pur, pv, data.Parties)
	full := b.href(noticePath(cur, v, dated)(lang))
	data.Notice = Link{Text: b.t("purpose.full-notice"), Href: full}
	data.Breadcrumb = []Link{{Text: b.t("page.all"), Href: data.Home}, {Text: name, Href: full}}
	// The page in force: the same purpose in the current version, or
	// else the current notice.
	inForce := b.href(urls.Notice(lang, cur.ID))
	for _, cp := range cur.VideoPurposes() {
		if cp.ID == pur.ID {
			inForce = b.href(urls.Purpose(lang, cur.ID, pur.ID))
		}
	}
	switch cur.StatusOf(v) {
	case notice.Earlier:
		data.Superseded = b.t("purpose.superseded.text", b.date(v.Document.Effective).Text)
		data.Current = inForce
	case notice.Upcoming:
		data.TakesEffect = b.t("version.upcoming.text", b.date(v.Document.Effective).Text)
		data.Current = inForce
	}
	if cur.StatusOf(v) != notice.Earlier && v.Draft() { // in force or upcoming
		b.draft(&data.Page)
	}
	if b.err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), b.err)
	}
	return r.render(lang, purposeFile, p, data)
}

// Site returns the site-wide files: the entry page index.html (every
// institution in every language), <lang>/index.html, the accessibility
// statement in every language (MK noteikumi Nr. 445, from
// site.Accessibility), sitemap.xml with hreflang alternates of every page
// including earlier versions and purpose pages, and the stylesheet.
func (r *Renderer) Site(c *notice.Content) ([]File, error) {
	for _, in := range c.Institutions {
		for _, lang := range r.site.Languages {
			if urls.Notice(lang, in.ID) == urls.Accessibility(lang) {
				return nil, fmt.Errorf("site: institution id %q is taken by the accessibility statement", in.ID)
			}
		}
	}
	var files []File
	f, err := r.index("", r.site.DefaultLanguage, r.site.Languages, c)
	if err != nil {
		return nil, err
	}
	files = append(files, f)
	for _, lang := range r.site.Languages {
		f, err := r.index(urls.Lang(lang), lang, []string{lang}, c)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		if f, err = r.accessibility(lang); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	sitemap, err := r.sitemap(c)
	if err != nil {
		return nil, err
	}
	files = append(files, sitemap, File{Path: urls.Stylesheet(), Data: r.css})
	return files, nil
}

// index renders the list of institutions at path p in lang, with a group
// for each of langs: the entry page (every language) or the page of one
// language.
func (r *Renderer) index(p, lang string, langs []string, c *notice.Content) (File, error) {
	b := r.builder(lang, p)
	data := IndexPage{Page: b.page(b.text(r.site.Title), urls.Lang, urls.Lang(r.site.DefaultLanguage))}
	if p == urls.Index() {
		// The entry page is in every language at once: its switcher
		// leads to the page of each, none of which is this one.
		for i := range data.Languages {
			data.Languages[i].Current = false
		}
	}
	for _, l := range langs {
		g := r.builder(l, p) // texts in the group's language, links from this page
		group := Group{Lang: l, Intro: g.t("index.intro"), Empty: g.t("index.empty")}
		if len(langs) > 1 {
			group.Heading = g.t("index.title") + " · " + g.t("lang.self")
		}
		for _, in := range c.Institutions {
			name := g.text(in.Name)
			if in.Draft() {
				name += " — " + g.t("draft.watermark") // marked, as its pages are
			}
			group.Items = append(group.Items, Item{Link: Link{Text: name, Href: g.href(urls.Notice(l, in.ID)), Lang: l}, Kind: g.kindLabel(in)})
		}
		// People look for a name in alphabetical order; ties keep id order.
		sort.SliceStable(group.Items, func(i, j int) bool {
			return collate(group.Items[i].Text) < collate(group.Items[j].Text)
		})
		if g.err != nil {
			b.fail(g.err)
		}
		data.Groups = append(data.Groups, group)
	}
	if b.err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), b.err)
	}
	return r.render(lang, indexFile, p, data)
}

// accessibility renders the accessibility statement in lang.
func (r *Renderer) accessibility(lang string) (File, error) {
	p := urls.Accessibility(lang)
	b := r.builder(lang, p)
	a := r.site.Accessibility
	title := b.t("page.accessibility")
	data := AccessibilityPage{
		Page:   b.page(title+" — "+b.text(r.site.Title), urls.Accessibility, urls.Accessibility(r.site.DefaultLanguage)),
		Intro:  b.t("acc.intro", b.text(r.site.Title)),
		Scope:  b.t("acc.scope", r.site.BaseURL),
		Issues: b.texts(a.Issues),
		Method: b.text(a.Method),
		Email:  a.Email,
		Mailto: mailto(a.Email),
		Phone:  a.Phone,
		Tel:    tel(a.Phone),
	}
	data.Breadcrumb = []Link{{Text: b.t("page.all"), Href: data.Home}}
	status := a.Status
	if status == "" {
		status = "partial"
	}
	data.Status = b.t("acc.status." + status)
	if !a.Assessed.IsZero() {
		data.Assessed = b.t("acc.assessed", b.date(a.Assessed).Text)
	}
	if b.err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), b.err)
	}
	return r.render(lang, accessibilityFile, p, data)
}

// collate returns a sort key for name in the order of the Latvian
// alphabet, which also serves English: case is ignored and a letter with
// a diacritic (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž) comes right after its base
// letter. Other characters keep their code point order.
func collate(name string) string {
	const marked, base = "āčēģīķļņšūž", "acegiklnsuz"
	bases := []rune(base)
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if i := strings.IndexRune(marked, r); i >= 0 {
			// The index is in bytes; every marked letter takes two.
			b.WriteRune(bases[i/2])
			b.WriteRune('\U0010FFFF') // after every plain continuation
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
