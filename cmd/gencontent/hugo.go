package main

import (
	"encoding/json"

	"os"
	"path/filepath"
	"sort"
	"strings"

	"policysite/generator"
	"policysite/generator/i18n"
	"policysite/generator/notice"
	"policysite/generator/urls"
)

// writeHugo writes t as the content of a Hugo site under dir that builds
// the same HTML pages as policysite builds from t, with the same visible
// text: every notice, archived version, video purpose page, language
// list, the entry page and the accessibility statement, in every
// language. It writes t as a policysite tree to a temporary directory
// and loads it as policysite does, so that both tools start from the
// same resolved model (shared purposes, defaults, archived versions).
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

// institution writes in's notice, its archived versions and its video
// purposes' pages in l.
func (h *hugoWriter) institution(l string, in *notice.Institution, weight int) error {
	fm := h.notice(l, in, in)
	fm["weight"] = weight
	fm["linktitle"] = strings.TrimSpace(in.Name.In(l))
	if err := h.page(l+"/"+in.ID+"/_index.md", fm); err != nil {
		return err
	}
	for _, old := range in.Versions {
		date := old.Document.Effective.String()
		fm := h.notice(l, in, old)
		fm["type"] = "notice"
		if err := h.page(l+"/"+in.ID+"/"+date+".md", fm); err != nil {
			return err
		}
	}
	for _, pur := range in.VideoPurposes() {
		if err := h.page(l+"/"+in.ID+"/"+pur.ID+".md", h.purposePage(l, in, pur)); err != nil {
			return err
		}
	}
	return nil
}

// notice is the front matter of notice v of institution cur in l: the
// current notice when v is cur.
func (h *hugoWriter) notice(l string, cur, v *notice.Institution) map[string]any {
	archived := v != cur
	p := urls.Notice(l, cur.ID)
	if archived {
		p = urls.Version(l, cur.ID, v.Document.Effective.String())
	}
	b := &hView{site: h.c.Site, cat: h.cat, lang: l, path: p}
	doc := b.document(v.Document)
	name := b.text(v.Name)
	title := doc.Title + " — " + name
	crumbs := []hLink{{Text: b.t("page.all")}}
	fm := map[string]any{"type": "notice", "institution": name, "intro": b.t("notice.intro", name),
		"rights": b.rights(v.Rights()), "parties": b.parties(v, nil), "security": b.text(v.Security),
		"cookies": b.text(v.Cookies), "document": doc}
	if archived {
		title += " (" + doc.Effective + ")"
		fm["superseded"] = b.t("notice.superseded.text", doc.Effective)
		fm["current"] = b.href(urls.Notice(l, cur.ID))
		crumbs = append(crumbs, hLink{Text: name})
	}
	fm["title"], fm["breadcrumb"] = title, crumbs
	var ps []hPurpose
	for _, pur := range v.Purposes {
		page := ""
		if !archived && pur.Video != nil {
			page = urls.Purpose(l, cur.ID, pur.ID)
		}
		ps = append(ps, b.purpose(pur, page))
	}
	fm["purposes"] = ps
	var ss []hSection
	for _, s := range v.Sections {
		ss = append(ss, hSection{ID: s.ID, Title: b.text(s.Title), Body: b.text(s.Body)})
	}
	fm["sections"] = ss
	if !archived {
		var hs []hVersion
		for _, old := range v.Versions {
			d := b.document(old.Document)
			hs = append(hs, hVersion{Text: b.t("notice.history.link", d.Effective),
				Href: b.href(urls.Version(l, cur.ID, old.Document.Effective.String())), Version: d.Version, Changes: d.Changes})
		}
		fm["history"] = hs
		fm["documents"] = b.documents(v)
	}
	return fm
}

// purposePage is the front matter of the page of video purpose pur of in.
func (h *hugoWriter) purposePage(l string, in *notice.Institution, pur *notice.Purpose) map[string]any {
	p := urls.Purpose(l, in.ID, pur.ID)
	b := &hView{site: h.c.Site, cat: h.cat, lang: l, path: p}
	name := b.text(in.Name)
	v := b.purpose(pur, "")
	ps := b.parties(in, pur.DPO)
	return map[string]any{
		"type": "purpose", "title": v.Name + " — " + name, "institution": name,
		"intro": b.t("purpose.intro", name), "purpose": v, "parties": ps,
		"facts": b.keyFacts(in, pur, v, ps), "sites": b.cameraSites(in, v.Summary),
		"notice":     hLink{Text: b.t("purpose.full-notice"), Href: b.href(urls.Notice(l, in.ID))},
		"breadcrumb": []hLink{{Text: b.t("page.all")}, {Text: name}},
	}
}
