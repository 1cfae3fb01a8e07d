package notice

import (
	"reflect"

	"go.yaml.in/yaml/v3"
)

// This file is "not stated" (issue 11): a fact the content does not give.
// A field whose table entry has Unknown set may be written
// {unknown: "what to ask and whom"} instead of its value; the decoder
// leaves the model's field at its zero value and records a Gap in the
// record's Unknown list, so that no renderer prints the zero value as a
// fact. A Mandatory field that is absent is a Gap with no question.

// Gap is a fact the content does not state.
type Gap struct {
	Key     string // the YAML key, e.g. "transfers"
	Path    string // the field path, e.g. "purposes[cctv].transfers"
	Article string // the GDPR article that requires the fact, if any
	Pos     Pos    // where it is written, or the mapping it is missing from
	Ask     string // what to ask and whom; "" when the field is absent
	// AskText is the question in every site language, when the content
	// writes it so ({unknown: {lv: …, en: …}}); Ask is then its text in
	// the first site language. Nil for a question in one language.
	AskText Text `json:",omitempty"`
	// Mandatory reports whether the fact blocks publication (Tier
	// Mandatory); a Recommended fact not stated only warns.
	Mandatory bool
}

// Status returns "not stated" for a fact written {unknown: ...}, or
// "missing" for one left out.
func (g Gap) Status() string {
	if g.Ask != "" {
		return "not stated"
	}
	return "missing"
}

// String returns the gap as the check report prints it:
// "file:line:col: field: missing|not stated (Art X): what to ask".
func (g Gap) String() string {
	e := Error{Pos: g.Pos, Field: g.Path, Msg: g.Status()}
	if g.Article != "" {
		e.Msg += " (" + g.Article + ")"
	}
	if g.Ask != "" {
		e.Msg += ": " + g.Ask
	}
	return e.Error()
}

// AskIn returns what to ask in lang: the question's text in lang when
// it is written in every language, else the one question.
func (g Gap) AskIn(lang string) string {
	if t := g.AskText.In(lang); t != "" {
		return t
	}
	return g.Ask
}

// Unknowns are the facts of one record that the content does not state.
type Unknowns []Gap

// Of returns the gap of the field key, or nil when the fact is stated.
func (u Unknowns) Of(key string) *Gap {
	for i := range u {
		if u[i].Key == key {
			return &u[i]
		}
	}
	return nil
}

// Has reports whether the field key is not stated.
func (u Unknowns) Has(key string) bool { return u.Of(key) != nil }

// without returns u without the gap of key, in a new slice.
func (u Unknowns) without(key string) Unknowns {
	var out Unknowns
	for _, g := range u {
		if g.Key != key {
			out = append(out, g)
		}
	}
	return out
}

// isUnknown reports whether n is a mapping {unknown: ...}.
func isUnknown(n *yaml.Node) bool {
	n = resolve(n)
	return n != nil && n.Kind == yaml.MappingNode && len(n.Content) == 2 && resolve(n.Content[0]).Value == "unknown"
}

// unknown decodes {unknown: question} at path: the question is a
// non-empty string, or text in every site language ({lv: …, en: …}), so
// that a draft's page asks in its own language.
func (d *decoder) unknown(n *yaml.Node, path string) question {
	v := resolve(resolve(n).Content[1])
	if v.Kind == yaml.MappingNode {
		t := d.textNode(v, join(path, "unknown"))
		if t == nil || len(d.langs) == 0 {
			return question{}
		}
		return question{ask: t.In(d.langs[0]), text: t}
	}
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || v.Value == "" {
		d.errorf(v, join(path, "unknown"), "write what to ask and whom, e.g. unknown: \"ask the head of the school whether data go abroad\", or the same in every site language")
		return question{}
	}
	return question{ask: v.Value}
}

// question is what to ask about a fact not stated: in one language, or
// (text set) in every site language.
type question struct {
	ask  string
	text Text
}

// gap records in dst (a model struct with an Unknown field) that the
// field fl at path is not stated (ask set) or missing (ask ""), with the
// position of n. A Recommended fact warns instead of blocking
// publication.
func (d *decoder) gap(dst reflect.Value, fl Field, path string, n *yaml.Node, q question) {
	ask := q.ask
	g := Gap{Key: fl.Key, Path: path, Article: fl.Article, Pos: d.pos(resolve(n)), Ask: ask, AskText: q.text, Mandatory: fl.Tier <= Mandatory}
	if u := dst.FieldByName("Unknown"); u.IsValid() {
		u.Set(reflect.Append(u, reflect.ValueOf(g)))
	} else {
		panic("notice: field " + fl.Key + " accepts unknown but its record has no Unknown list")
	}
	if !g.Mandatory && !d.archived() { // an archived version is kept as it was
		msg := "recommended: " + g.Status()
		if ask != "" {
			msg += ": " + ask
		}
		d.warnf(n, path, "%s", msg)
	}
}

// under returns a copy of u with each gap's path under path
// (purposes[cctv] and requirement give purposes[cctv].requirement).
func (u Unknowns) under(path string) Unknowns {
	if u == nil {
		return nil
	}
	out := make(Unknowns, len(u))
	for i, g := range u {
		g.Path = join(path, g.Path)
		out[i] = g
	}
	return out
}

// gapAt records a gap for key of the purpose draft pd (a conditional
// requirement checked by checkPurpose).
func (pd *purposeDraft) gapAt(key, article string) {
	pd.p.Unknown = append(pd.p.Unknown, Gap{Key: key, Path: join(pd.path, key), Article: article, Pos: pd.d.pos(pd.node), Mandatory: true})
}

// Gaps returns every Mandatory fact the institution's current notice does
// not state: its own, its controller's, its document's, its purposes' and
// their legal bases'. An institution with gaps is a draft.
func (in *Institution) Gaps() []Gap {
	var out []Gap
	seen := map[string]bool{} // a gap of the defaults is every purpose's
	add := func(u Unknowns) {
		for _, g := range u {
			if k := g.Pos.String() + " " + g.Path; g.Mandatory && !seen[k] {
				seen[k] = true
				out = append(out, g)
			}
		}
	}
	if in.Controller != nil {
		add(in.Controller.Unknown)
	}
	add(in.Unknown)
	for _, p := range in.Purposes {
		add(p.Unknown)
		for _, b := range p.Bases {
			add(b.Unknown)
		}
	}
	return out
}

// Draft reports whether the notice has gaps: it may be rendered only
// marked as a draft, never published as complete.
func (in *Institution) Draft() bool { return len(in.Gaps()) > 0 }
