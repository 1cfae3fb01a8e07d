package site

import (
	"fmt"
	"sort"
	"strings"

	"policysite/generator/notice"
	"policysite/generator/urls"
)

// Institution returns every page of one institution in every language:
// the current notice, each earlier version (in.Versions) at its permanent
// URL marked as superseded and linking to the current one, and a page per
// video-surveillance purpose (the second layer the sign's QR code points
// to).
func (r *Renderer) Institution(in *notice.Institution) ([]File, error) {
	if err := checkAnchors(in); err != nil {
		return nil, err
	}
	for _, v := range in.Versions {
		if err := checkAnchors(v); err != nil {
			return nil, err
		}
	}
	var files []File
	for _, lang := range r.site.Languages {
		f, err := r.notice(lang, in, in)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		for _, v := range in.Versions {
			f, err := r.notice(lang, in, v)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
		for _, p := range in.VideoPurposes() {
			f, err := r.purposePage(lang, in, p)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
	}
	return files, nil
}

// checkAnchors reports ids of purposes and sections that would give two
// parts of one notice the same anchor.
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
	}
	for _, s := range in.Sections {
		if err := add("section", s.ID); err != nil {
			return err
		}
	}
	return nil
}

// noticePath returns the path function of a notice: the current one, or
// the earlier version v when v is not cur.
func noticePath(cur, v *notice.Institution) func(lang string) string {
	if v == cur {
		return func(lang string) string { return urls.Notice(lang, cur.ID) }
	}
	date := v.Document.Effective.String()
	return func(lang string) string { return urls.Version(lang, cur.ID, date) }
}

// notice renders the notice v of institution cur in lang: the current
// notice when v is cur, else the earlier version v. An earlier version's
// page is made from v alone (and cur's id for its links), so that it
// never changes when the current content does.
func (r *Renderer) notice(lang string, cur, v *notice.Institution) (File, error) {
	pathIn := noticePath(cur, v)
	p := pathIn(lang)
	b := r.builder(lang, p)
	archived := v != cur

	doc := b.document(v.Document)
	name := b.text(v.Name)
	title := doc.Title + " — " + name
	if archived {
		title += " (" + doc.Effective.Text + ")"
	}
	data := NoticePage{
		Page:        b.page(title, pathIn, pathIn(r.site.DefaultLanguage)),
		Institution: name,
		Intro:       b.t("notice.intro", name),
		Rights:      b.rights(v.Rights()),
		Parties:     b.parties(v, nil),
		Security:    b.md(v.Security),
		Cookies:     b.md(v.Cookies),
		Document:    doc,
	}
	if !archived && v.Draft() {
		b.draft(&data.Page)
		data.Gaps = b.gaps(v)
	}
	data.Breadcrumb = []Link{{Text: b.t("page.all"), Href: data.Home}}
	data.Data = b.href(urls.JSONLD(cur.ID))
	data.Feed = b.href(urls.Feed(lang, cur.ID))
	if archived {
		data.Data = b.href(urls.VersionJSONLD(cur.ID, v.Document.Effective.String()))
		data.NoIndex = true
		data.Superseded = b.t("notice.superseded.text", doc.Effective.Text)
		data.Current = b.href(urls.Notice(lang, cur.ID))
		data.Breadcrumb = append(data.Breadcrumb, Link{Text: name, Href: data.Current})
	}
	for _, pur := range v.Purposes {
		page := ""
		if !archived && pur.Video != nil {
			page = urls.Purpose(lang, cur.ID, pur.ID)
		}
		data.Purposes = append(data.Purposes, b.purpose(pur, page))
	}
	for _, s := range v.Sections {
		data.Sections = append(data.Sections, Section{ID: s.ID, Title: b.text(s.Title), Body: b.md(s.Body)})
	}
	if !archived {
		for _, old := range v.Versions {
			d := b.document(old.Document)
			data.History = append(data.History, Version{
				Link:      Link{Text: b.t("notice.history.link", d.Effective.Text), Href: b.href(noticePath(cur, old)(lang))},
				Effective: d.Effective,
				Version:   d.Version,
				Changes:   d.Changes,
			})
		}
		data.Documents = b.documents(v, r.site.SignVariants())
	}
	if b.err != nil {
		return File{}, fmt.Errorf("site: %s: %w", urls.File(p), b.err)
	}
	return r.render(lang, noticeFile, p, data)
}

// purposePage renders the page of video-surveillance purpose pur of the
// current notice of in.
func (r *Renderer) purposePage(lang string, in *notice.Institution, pur *notice.Purpose) (File, error) {
	pathIn := func(lang string) string { return urls.Purpose(lang, in.ID, pur.ID) }
	p := pathIn(lang)
	b := r.builder(lang, p)
	name := b.text(in.Name)
	v := b.purpose(pur, "")
	data := PurposePage{
		Page:        b.page(v.Name+" — "+name, pathIn, pathIn(r.site.DefaultLanguage)),
		Institution: name,
		Intro:       b.t("purpose.intro", name),
		Purpose:     v,
		Parties:     b.parties(in, pur.DPO),
		Sites:       b.cameraSites(in, v.Retention.Summary),
	}
	if in.Draft() {
		b.draft(&data.Page)
	}
	data.Facts = b.keyFacts(in, pur, v, data.Parties)
	notice := b.href(urls.Notice(lang, in.ID))
	data.Notice = Link{Text: b.t("purpose.full-notice"), Href: notice}
	data.Breadcrumb = []Link{{Text: b.t("page.all"), Href: data.Home}, {Text: name, Href: notice}}
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
			group.Items = append(group.Items, Link{Text: name, Href: g.href(urls.Notice(l, in.ID)), Lang: l})
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
