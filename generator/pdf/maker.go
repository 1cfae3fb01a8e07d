package pdf

import (
	"compress/zlib"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"policysite/generator/i18n"
	"policysite/generator/markdown"
	"policysite/generator/notice"
)

// Maker makes the PDFs of a build. It is made once per build, parses the
// fonts once, and is safe for concurrent use by many goroutines.
type Maker struct {
	site  *notice.Site
	cat   *i18n.Catalog
	langs []string // the site's languages, the default first
	fonts fonts
	// zpool holds zlib writers for font subsets: a new writer allocates
	// about 600 KiB.
	zpool sync.Pool

	mu      sync.Mutex
	subsets map[string]subsetFont // by style and character pages
	// qrs holds the QR codes of the last signs made, by URL: the A4 and
	// A3 signs of an institution share theirs. It is emptied when it
	// reaches maxCachedQR, so that memory stays flat however many signs
	// a build makes.
	qrs map[string]*qrCode
	// signs holds the layouts of the last warning signs made: the six
	// variants of an institution's sign share two (one per set of
	// languages). Emptied at maxCachedSigns, as qrs is.
	signs map[layKey]*laidSign
	// md parses Markdown fields for plain: the pages' configuration.
	md goldmark.Markdown
}

// maxCachedQR bounds Maker.qrs.
const maxCachedQR = 64

// maxCachedSigns bounds Maker.signs.
const maxCachedSigns = 32

// qr returns the QR code of link, made once for consecutive signs.
func (m *Maker) qr(link string) (*qrCode, error) {
	m.mu.Lock()
	q := m.qrs[link]
	m.mu.Unlock()
	if q != nil {
		return q, nil
	}
	q, err := newQR(link)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if len(m.qrs) >= maxCachedQR {
		clear(m.qrs)
	}
	m.qrs[link] = q
	m.mu.Unlock()
	return q, nil
}

// Person is a member of staff a form is pre-filled for.
type Person struct{ Name, Position string }

// New returns a Maker for the site's PDFs, with texts from cat.
func New(site *notice.Site, cat *i18n.Catalog) (*Maker, error) {
	if site == nil || cat == nil {
		return nil, errors.New("pdf: no site or catalog")
	}
	m := &Maker{site: site, cat: cat, subsets: map[string]subsetFont{}, qrs: map[string]*qrCode{}, signs: map[layKey]*laidSign{}, md: markdown.New()}
	def := site.DefaultLanguage
	if def == "" && len(site.Languages) > 0 {
		def = site.Languages[0]
	}
	if def == "" {
		return nil, errors.New("pdf: the site has no languages")
	}
	m.langs = []string{def}
	for _, l := range site.Languages {
		if l != def {
			m.langs = append(m.langs, l)
		}
	}
	for st, src := range [numStyles]struct {
		name string
		ttf  []byte
	}{{"GoRegular", goregular.TTF}, {"GoBold", gobold.TTF}, {"GoItalic", goitalic.TTF}} {
		f, err := parseFace(src.name, src.ttf)
		if err != nil {
			return nil, fmt.Errorf("pdf: %w", err)
		}
		m.fonts[st] = f
	}
	m.zpool.New = func() any {
		zw, _ := zlib.NewWriterLevel(nil, zlib.BestCompression)
		return zw
	}
	return m, nil
}

// lt is a text in one language.
type lt struct{ lang, s string }

// texts returns t in the site's languages, the default first, leaving out
// empty texts and texts the same as in an earlier language (a name that
// is not translated is printed once).
func (m *Maker) texts(t notice.Text) []lt {
	var out []lt
	for _, l := range m.langs {
		s := strings.TrimSpace(t.In(l))
		if s == "" || seen(out, s) {
			continue
		}
		out = append(out, lt{l, s})
	}
	return out
}

// each returns fn(lang) for every language, as texts does.
func (m *Maker) each(fn func(lang string) string) []lt {
	t := notice.Text{}
	for _, l := range m.langs {
		t[l] = fn(l)
	}
	return m.texts(t)
}

// tr returns the catalog text of key in every language.
func (m *Maker) tr(key string, args ...any) []lt {
	return m.each(func(l string) string { return m.cat.T(l, key, args...) })
}

// joinLangs joins per-language texts with " / ", for short labels.
func joinLangs(ts []lt) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.s)
	}
	return strings.Join(s, " / ")
}

func seen(ts []lt, s string) bool {
	for _, t := range ts {
		if t.s == s {
			return true
		}
	}
	return false
}

// langStyle is the style of text in the i-th language: the default
// language upright, the others in italics, so that a reader finds their
// language without colour.
func langStyle(i int, upright style) style {
	if i == 0 {
		return upright
	}
	return italic
}

// paras returns one paragraph per language.
func paras(ts []lt, upright style, size, before float64) []para {
	var out []para
	for i, t := range ts {
		p := para{spans: []span{{t.s, langStyle(i, upright)}}, size: size}
		if i > 0 {
			p.before = before
		}
		out = append(out, p)
	}
	return out
}

// controllerOf returns the institution's controller; an institution
// without a separate controller is its own.
func controllerOf(in *notice.Institution) *notice.Controller {
	if in.Controller != nil {
		return in.Controller
	}
	return &notice.Controller{ID: in.ID, Name: in.Name, RegNo: in.RegNo, Address: in.Address,
		Phone: in.Phone, Email: in.Email, Web: in.Web}
}

// webHost returns a URL without its scheme and trailing slash, as people
// type it.
func webHost(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}

// watermark returns the watermark of the documents of in: "draft" in the
// site's languages when its notice is a draft (issue 11), else "". A
// superseded version was published as it is: its documents, as its
// pages, are never marked as a draft.
func (m *Maker) watermark(in *notice.Institution) string {
	if in == nil || in.Superseded || !in.Draft() {
		return ""
	}
	return joinLangs(m.tr("draft.watermark"))
}
