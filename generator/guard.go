package generator

import (
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"policysite/generator/notice"
)

// The guard: a published version of a notice does not change under its
// date. A build records, per institution, the effective date of its file
// and a digest of its model as published (Entry.Model); the next build
// refuses a changed model under the same date, and archive refuses to
// keep, as the version published under a date, text that differs from
// what was published.

// modelDigest returns the digest of in as a model (notice.Digest), so
// that comments, layout and the files the facts are kept in do not count,
// but every published fact does, its controller's and shared purposes'
// included.
func modelDigest(in *notice.Institution, langs []string) string {
	return notice.Digest(in, langs)
}

// comparable reports whether two recorded model digests were made the
// same way. A record of an earlier policysite, made otherwise, cannot be
// compared: the guard lets that one build through, and records the
// digest as it makes it now.
func comparable(a, b string) bool {
	return a != "" && b != "" && strings.HasPrefix(a, notice.DigestPrefix) == strings.HasPrefix(b, notice.DigestPrefix)
}

// guard returns an error at the institution's document.effective when
// its model changed since the previous build published it under the
// same effective date.
func guard(e, old Entry) notice.ErrorList {
	if !comparable(old.Model, e.Model) || !old.Effective.Equal(e.Effective.Time) || old.Model == e.Model {
		return nil
	}
	var errs notice.ErrorList
	if !e.Effective.Dated() {
		errs.Add(fieldPos(e.File, "document"), "document.effective", fmt.Sprintf(
			"the notice changed since it was published, and it has no effective date, so nothing tells its readers that the text they were shown is no longer the one in force; give the changed text the date it takes effect — and to keep the published text as an earlier version, put it back, give it the date it took effect, run `policysite archive -institution %s`, then edit",
			e.ID))
		return errs
	}
	errs.Add(fieldPos(e.File, "document", "effective"), "document.effective", fmt.Sprintf(
		"the notice changed since it was published under this date (%s); put back the published text and run `policysite archive -institution %s` before you edit it, then give the new version a later effective date — or, to replace the published version, give the changed text a later effective date",
		e.Effective, e.ID))
	return errs
}

// noteWarning returns a warning when in's change note repeats, word
// for word, the note of the version before it.
func noteWarning(in *notice.Institution) string {
	if len(in.Versions) == 0 || !notice.SameNote(in.Versions[0].Document.Changes, in.Document.Changes) {
		return ""
	}
	e := &notice.Error{Pos: fieldPos(in.File, "document", "changes"), Field: "document.changes",
		Msg: fmt.Sprintf("repeats word for word the note of the version effective %s; say what changed in this version, or remove the note (the pages list the changes the diff finds, and leave a repeated note out)", in.Versions[0].Document.Effective)}
	return e.Error()
}

// fieldPos returns the position of the value at keys in the content
// file, or the file alone when it cannot be found.
func fieldPos(file string, keys ...string) notice.Pos {
	pos := notice.Pos{File: file}
	data, err := os.ReadFile(file)
	if err != nil {
		return pos
	}
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return pos
	}
	n := doc.Content[0]
	for _, key := range keys {
		n = valueOf(n, key)
		if n == nil {
			return pos
		}
	}
	pos.Line, pos.Col = n.Line, n.Column
	return pos
}

// valueOf returns the value of key in mapping n, or nil.
func valueOf(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
