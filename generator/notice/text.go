package notice

import (
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// langName names a language for messages.
func langName(code string) string {
	switch code {
	case "lv":
		return "Latvian (lv)"
	case "en":
		return "English (en)"
	}
	return "(" + code + ")"
}

// text decodes readable text: a mapping with a non-empty entry for every
// site language.
func (d *decoder) text(f *fields, key string) Text {
	n := f.vals[key]
	if n == nil {
		return nil
	}
	return d.textNode(n, join(f.path, key))
}

func (d *decoder) textNode(n *yaml.Node, path string) Text {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		d.errorf(n, path, "expected text in every language, such as {%s}, found a plain value", langExample(d.langs))
		return nil
	}
	known := d.langs
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind == yaml.ScalarNode && !contains(known, k.Value) {
				d.errorf(k, join(path, k.Value), "unknown language %q; the site languages are %s", k.Value, strings.Join(d.langs, ", "))
				known = append(known[:len(known):len(known)], k.Value)
			}
		}
	}
	f := d.mapping(n, path, known...)
	if f == nil {
		return nil
	}
	t := Text{}
	for _, lang := range d.langs {
		v := f.vals[lang]
		if v == nil {
			d.errorf(f.node, path, "missing %s text", langName(lang))
			continue
		}
		s, ok := d.scalar(v, join(path, lang))
		if !ok {
			continue
		}
		s = strings.TrimSpace(s)
		if s == "" {
			d.errorf(v, path, "missing %s text", langName(lang))
			continue
		}
		d.checkText(resolve(v), join(path, lang), s)
		t[lang] = s
	}
	d.checkSameText(f.node, path, t)
	return t
}

func langExample(langs []string) string {
	var parts []string
	for _, l := range langs {
		parts = append(parts, l+": ...")
	}
	return strings.Join(parts, ", ")
}

var (
	placeholderRE = regexp.MustCompile(`\{[^{}]*\}|\b(TODO|XXX|TBD|FIXME)\b|…|\.\.\.`)
	repealedRE    = regexp.MustCompile(`(?i)fizisko\s+personu\s+datu\s+aizsardzības\s+likum|personal\s+data\s+protection\s+law`)
)

// checkText reports characters a text must not hold (see checkChars),
// placeholders left from a template and citations of the repealed
// Personal Data Protection Law.
func (d *decoder) checkText(n *yaml.Node, path, s string) {
	d.checkChars(n, path, s)
	d.checkTextDomains(n, path, s)
	// Cheap scans first: the regular expressions run only on text that
	// may match, which is almost none of it.
	if mayHavePlaceholder(s) {
		if m := placeholderRE.FindString(s); m != "" {
			d.errorf(n, path, "placeholder %q left in text", m)
		}
	}
	if mayCiteRepealed(s) && repealedRE.MatchString(s) {
		if d.archived() {
			d.warnf(n, path, "cites the Personal Data Protection Law (Fizisko personu datu aizsardzības likums), cited as it was; the law was repealed in 2018, so a current version cites the Personal Data Processing Law (Fizisko personu datu apstrādes likums)")
			return
		}
		d.errorf(n, path, "cites the Personal Data Protection Law (Fizisko personu datu aizsardzības likums), repealed in 2018; cite the Personal Data Processing Law (Fizisko personu datu apstrādes likums)")
	}
}

func mayHavePlaceholder(s string) bool {
	return strings.ContainsAny(s, "{}…") || strings.Contains(s, "...") || strings.Contains(s, "TODO") ||
		strings.Contains(s, "XXX") || strings.Contains(s, "TBD") || strings.Contains(s, "FIXME")
}

func mayCiteRepealed(s string) bool {
	return strings.Contains(s, "izsardzības") || strings.Contains(s, "IZSARDZĪBAS") ||
		strings.Contains(s, "rotection") || strings.Contains(s, "ROTECTION")
}
