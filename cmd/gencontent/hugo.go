package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"policysite/generator"
	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/urls"
)

// writeHugo writes t as the content of a Hugo site under dir that builds
// the same HTML pages as policysite builds from t, with the same visible
// text: every notice in force, every version (upcoming, current,
// earlier) at its permanent URL with its own video purpose pages, the
// index of versions, video purpose pages, language lists, the entry page
// and the accessibility statement, in every language. The versions are
// scheduled for the build date (generator.BuildDate: today, or
// SOURCE_DATE_EPOCH), as a build schedules them. It writes t as a
// policysite tree to a temporary directory and loads it as policysite
// does, so that both tools start from the same resolved model (shared
// purposes, defaults, archived versions).
//
// Each page is content/<lang>/… with its facts in JSON front matter:
// Markdown fields stay Markdown (the layouts markdownify them), and texts
// with arguments are formatted here; texts without arguments are in
// i18n/<lang>.json, the catalog with dots in keys made underscores. The
// layouts in .ci/hugo mirror templates/*.html.
func writeHugo(t *tree, dir string) error {
	tmp, err := os.MkdirTemp("", "gencontent-hugo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := writeTree(t, tmp); err != nil {
		return err
	}
	c, err := generator.LoadFS(os.DirFS(tmp), tmp)
	if err != nil {
		return err
	}
	cat := siteCatalog(c.Site)
	// The versions as a build of today schedules them (notice.Schedule):
	// the one in force, earlier and upcoming ones.
	date, err := generator.BuildDate("", os.Getenv, time.Now())
	if err != nil {
		return err
	}
	for i, in := range c.Institutions {
		c.Institutions[i] = notice.Schedule(in, date)
	}
	h := &hugoWriter{dir: dir, c: c, cat: cat}
	for _, l := range c.Site.Languages {
		if err := h.language(l); err != nil {
			return err
		}
	}
	return nil
}

// siteCatalog is the built-in catalog with the site's overrides, as a
// build uses it.
func siteCatalog(s *notice.Site) *i18n.Catalog {
	over := map[string]map[string]string{}
	for key, t := range s.Catalog {
		over[key] = map[string]string(t)
	}
	return i18n.New(over)
}

type hugoWriter struct {
	dir string
	c   *notice.Content
	cat *i18n.Catalog
}

// page writes one content page: front matter fm as JSON, no body.
func (h *hugoWriter) page(name string, fm any) error {
	data, err := json.MarshalIndent(fm, "", " ")
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(h.dir, "content", name), append(data, '\n'))
}

// language writes the pages and the i18n file of lang.
func (h *hugoWriter) language(l string) error {
	s := h.c.Site
	keys := h.cat.Missing("\x00") // every key
	texts := map[string]string{}
	for _, k := range keys {
		if v, ok := h.cat.Lookup(l, k); ok {
			texts[strings.ReplaceAll(k, ".", "_")] = v
		}
	}
	data, err := json.MarshalIndent(texts, "", " ")
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(h.dir, "i18n", l+".json"), data); err != nil {
		return err
	}

	// The order of the institution lists: Latvian alphabet, ties by id.
	ins := append([]*notice.Institution(nil), h.c.Institutions...)
	sort.SliceStable(ins, func(i, j int) bool {
		return collate(strings.TrimSpace(ins[i].Name.In(l))) < collate(strings.TrimSpace(ins[j].Name.In(l)))
	})
	weight := map[string]int{}
	for i, in := range ins {
		weight[in.ID] = i + 1
	}

	// Home: the language's list. The entry page at the root (every
	// language's list) is the home of language "mul", Hugo's default
	// language, which has no other page.
	v := &hView{site: s, cat: h.cat, lang: l}
	title := v.text(s.Title)
	home := map[string]any{"title": title, "intro": v.t("index.intro"), "empty": v.t("index.empty")}
	if l == s.DefaultLanguage {
		var groups []map[string]string
		for _, gl := range s.Languages {
			g := &hView{site: s, cat: h.cat, lang: gl}
			groups = append(groups, map[string]string{"lang": gl, "heading": g.t("index.title") + " · " + g.t("lang.self"),
				"intro": g.t("index.intro"), "empty": g.t("index.empty")})
		}
		if err := h.page("mul/_index.md", map[string]any{"title": title, "entry": true, "groups": groups}); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(h.dir, "i18n", "mul.json"), data); err != nil {
			return err
		}
	}
	if err := h.page(l+"/_index.md", home); err != nil {
		return err
	}
	if err := h.accessibility(l); err != nil {
		return err
	}
	for _, in := range h.c.Institutions {
		if err := h.institution(l, in, weight[in.ID]); err != nil {
			return err
		}
	}
	return nil
}

// accessibility writes the accessibility statement in l.
func (h *hugoWriter) accessibility(l string) error {
	s := h.c.Site
	v := &hView{site: s, cat: h.cat, lang: l}
	a := s.Accessibility
	status := a.Status
	if status == "" {
		status = "partial"
	}
	fm := map[string]any{
		"title": v.t("page.accessibility") + " — " + v.text(s.Title), "type": "accessibility",
		"intro": v.t("acc.intro", v.text(s.Title)), "scope": v.t("acc.scope", s.BaseURL),
		"status": v.t("acc.status." + status), "issues": v.texts(a.Issues), "method": v.text(a.Method),
		"email": a.Email, "phone": a.Phone,
		"breadcrumb": []hLink{{Text: v.t("page.all")}},
	}
	if !a.Assessed.IsZero() {
		fm["assessed"] = v.t("acc.assessed", v.date(a.Assessed))
	}
	return h.page(l+"/accessibility.md", fm)
}

// institution writes in's pages in l: its notice in force and its video
// purposes' pages, every version (upcoming, current, earlier) at its
// permanent URL with its own purpose pages, and the index of versions.
func (h *hugoWriter) institution(l string, in *notice.Institution, weight int) error {
	fm := h.notice(l, in, in, false)
	fm["weight"] = weight
	fm["linktitle"] = strings.TrimSpace(in.Name.In(l))
	if err := h.page(l+"/"+in.ID+"/_index.md", fm); err != nil {
		return err
	}
	for _, pur := range in.VideoPurposes() {
		if err := h.page(l+"/"+in.ID+"/"+pur.ID+".md", h.purposePage(l, in, in, pur, false)); err != nil {
			return err
		}
	}
	for _, v := range in.Timeline() {
		date := v.Document.Effective.String()
		if err := h.page(l+"/"+in.ID+"/"+date+"/_index.md", h.notice(l, in, v, true)); err != nil {
			return err
		}
		for _, pur := range v.VideoPurposes() {
			if err := h.page(l+"/"+in.ID+"/"+date+"/"+pur.ID+".md", h.purposePage(l, in, v, pur, true)); err != nil {
				return err
			}
		}
	}
	return h.page(l+"/"+in.ID+"/versions.md", h.versions(l, in))
}

// noticePath is the path of version v of cur: the notice in force, or v's
// permanent URL when dated.
func noticePath(l string, cur, v *notice.Institution, dated bool) string {
	if !dated {
		return urls.Notice(l, cur.ID)
	}
	return urls.Version(l, cur.ID, v.Document.Effective.String())
}

// purposePath is the path of the page of purpose pur of version v of cur.
func purposePath(l string, cur, v *notice.Institution, pur string, dated bool) string {
	if !dated {
		return urls.Purpose(l, cur.ID, pur)
	}
	return urls.VersionPurpose(l, cur.ID, v.Document.Effective.String(), pur)
}

// notice is the front matter of version v of the scheduled institution
// cur in l: at the address of the notice in force (v is cur, not dated)
// or at v's permanent URL (dated).
func (h *hugoWriter) notice(l string, cur, v *notice.Institution, dated bool) map[string]any {
	b := &hView{site: h.c.Site, cat: h.cat, lang: l, path: noticePath(l, cur, v, dated)}
	prev := cur.Previous(v)
	doc := b.document(v.Document)
	if repeatsNote(prev, v) {
		doc.Changes = ""
	}
	name := b.text(v.Name)
	title := doc.Title + " — " + name
	if dated {
		title += " (" + doc.Effective + ")"
	}
	crumbs := []hLink{{Text: b.t("page.all")}}
	current := b.href(urls.Notice(l, cur.ID))
	fm := map[string]any{"type": "notice", "institution": name, "intro": b.t("notice.intro", name),
		"rights": b.otherRights(v.Rights()), "objection": b.objection(v.Purposes, true), "parties": b.parties(v, nil), "security": b.text(v.Security),
		"cookies": b.text(v.Cookies), "document": doc, "changes": b.changes(prev, v, false),
		"history":  b.history(cur, v),
		"versions": hLink{Text: b.t("versions.link"), Href: b.href(urls.Versions(l, cur.ID))}}
	switch cur.StatusOf(v) {
	case notice.Earlier:
		fm["superseded"], fm["current"] = b.t("notice.superseded.text", doc.Effective), current
	case notice.Upcoming:
		fm["takeseffect"], fm["current"] = b.t("version.upcoming.text", doc.Effective), current
	case notice.Current:
		fm["announcements"] = b.announcements(cur)
	}
	if dated {
		crumbs = append(crumbs, hLink{Text: name, Href: current})
	}
	fm["title"], fm["breadcrumb"], fm["noindex"] = title, crumbs, dated
	var ps []hPurpose
	for _, pur := range v.Purposes {
		page := ""
		if pur.Video != nil {
			page = purposePath(l, cur, v, pur.ID, dated)
		}
		ps = append(ps, b.purpose(pur, page))
	}
	if c := b.common(v, ps); c != nil {
		fm["common"] = c
	}
	fm["purposes"] = ps
	var ss []hSection
	for _, s := range v.Sections {
		ss = append(ss, hSection{ID: s.ID, Title: b.text(s.Title), Body: b.text(s.Body)})
	}
	fm["sections"] = ss
	fm["documents"] = b.documents(v, dated)
	return fm
}

// purposePage is the front matter of the page of video purpose pur of
// version v of the scheduled institution cur: the page in force, or v's
// own when dated.
func (h *hugoWriter) purposePage(l string, cur, v *notice.Institution, pur *notice.Purpose, dated bool) map[string]any {
	b := &hView{site: h.c.Site, cat: h.cat, lang: l, path: purposePath(l, cur, v, pur.ID, dated)}
	name := b.text(v.Name)
	pv := b.purpose(pur, "")
	title := pv.Name + " — " + name
	if dated {
		title += " (" + b.date(v.Document.Effective) + ")"
	}
	ps := b.parties(v, pur.DPO)
	full := b.href(noticePath(l, cur, v, dated))
	fm := map[string]any{
		"type": "purpose", "title": title, "institution": name,
		"intro": b.t("purpose.intro", name), "purpose": pv, "parties": ps,
		"rights": b.otherRights(pur.Rights()), "objection": b.objection([]*notice.Purpose{pur}, false),
		"facts": b.keyFacts(v, pur, pv, ps), "sites": b.cameraSites(v, pv.Summary),
		"notice":     hLink{Text: b.t("purpose.full-notice"), Href: full},
		"breadcrumb": []hLink{{Text: b.t("page.all")}, {Text: name, Href: full}},
		"noindex":    dated,
	}
	inForce := b.href(urls.Notice(l, cur.ID))
	for _, cp := range cur.VideoPurposes() {
		if cp.ID == pur.ID {
			inForce = b.href(urls.Purpose(l, cur.ID, pur.ID))
		}
	}
	switch cur.StatusOf(v) {
	case notice.Earlier:
		fm["superseded"], fm["current"] = b.t("purpose.superseded.text", b.date(v.Document.Effective)), inForce
	case notice.Upcoming:
		fm["takeseffect"], fm["current"] = b.t("version.upcoming.text", b.date(v.Document.Effective)), inForce
	}
	return fm
}
