package notice

// Catalogs is what the loader needs to know of the catalog of standard
// texts (package i18n), given to it as data so that the model does not
// depend on the presentation: which keys site.yaml's catalog: may set,
// and which languages have a built-in catalog. A site may declare a
// language with a built-in catalog, or any other language for which its
// catalog: gives a text for every one of Keys.
type Catalogs struct {
	Keys     []string // keys every site language needs a text for
	Optional []string // further keys catalog: may set (plural forms only some languages have)
	Builtin  []string // languages with a complete built-in catalog
}

// missing returns the keys of c that have no text in lang, neither built
// in nor among the site's overrides.
func (c Catalogs) missing(lang string, over map[string]Text) []string {
	if contains(c.Builtin, lang) {
		return nil
	}
	var out []string
	for _, k := range c.Keys {
		if over[k][lang] == "" {
			out = append(out, k)
		}
	}
	return out
}
