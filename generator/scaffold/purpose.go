package scaffold

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"policysite/generator/presets"
)

// neededSnippet returns the lines that a use of a preset adds for the
// field it needs (as presets.Info.Needed names it), in an item of a
// purposes list.
func neededSnippet(field string) string {
	return map[string]string{
		"legal_basis": `    # LV: Tiesiskais pamats (consent, contract, legal-obligation, public-task, …) ar likumu.
    # EN: The legal basis (consent, contract, legal-obligation, public-task, …) with its law.
    legal_basis:
      - basis: TODO
        laws:
          - lv: TODO
            en: TODO
`,
		"retention": `    # LV: Glabāšanas termiņš: period ar unit (days, weeks, months, years) vai criteria.
    # EN: Retention: a period with its unit (days, weeks, months, years), or criteria.
    retention:
      period: TODO
      unit: TODO
`,
		"requirement": `    # LV: Vai datu sniegšana ir obligāta (statutory, contractual, voluntary, …) un sekas.
    # EN: Whether giving the data is required (statutory, contractual, voluntary, …) and the consequence.
    requirement:
      kind: TODO
      consequence:
        lv: TODO
        en: TODO
`,
		"video.areas": `    # LV: Novērotās vietas, kā tās nosauktas brīdinājuma zīmē.
    # EN: The monitored areas, as the warning sign names them.
    video:
      areas:
        - lv: TODO
          en: TODO
`,
		"transfers": `    # LV: Nodošana ārpus ES/EEZ: none vai saraksts, ja iestādes defaults to nenorāda.
    # EN: Transfers outside the EU/EEA: none or the list, unless the institution's defaults give them.
`,
	}[field]
}

// PresetPurpose returns a use of the preset as an item of an
// institution's purposes list indented by two spaces, with id when it
// differs from the preset's and Mark in the fields the preset leaves to
// the institution.
func PresetPurpose(id, preset string) ([]byte, error) {
	info, err := presetInfo(preset)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  # LV: Gatavs nolūks „%s” (policysite presets); aizpildiet TODO.\n", info.Name.In("lv"))
	fmt.Fprintf(&b, "  # EN: The preset purpose \"%s\" (policysite presets); fill in each TODO.\n", info.Name.In("en"))
	fmt.Fprintf(&b, "  - use: %s%s\n", "preset/", info.ID)
	if id != info.ID {
		fmt.Fprintf(&b, "    id: %s\n", id)
	}
	for _, k := range info.Needed {
		b.WriteString(neededSnippet(k))
	}
	return []byte(b.String()), nil
}

// presetInfo returns the built-in preset id.
func presetInfo(id string) (presets.Info, error) {
	list, err := presets.List()
	if err != nil {
		return presets.Info{}, err
	}
	var ids []string
	for _, in := range list {
		if in.ID == id {
			return in, nil
		}
		ids = append(ids, in.ID)
	}
	return presets.Info{}, fmt.Errorf("no preset %q; the presets are %s", id, strings.Join(ids, ", "))
}

// SharedPurpose returns a file of purposes/ for the shared purpose id:
// blank, or a copy of the preset to edit (a shared purpose cannot use a
// preset, but may start as one).
func SharedPurpose(id, preset string) ([]byte, error) {
	head := fmt.Sprintf("# yaml-language-server: $schema=../%s\n", SchemaFile("purpose"))
	if preset == "" {
		p, err := Purpose(id)
		if err != nil {
			return nil, err
		}
		return append([]byte(head+"\n"), outdent(p)...), nil
	}
	info, err := presetInfo(preset)
	if err != nil {
		return nil, err
	}
	src, err := fs.ReadFile(presets.FS(), preset+".yaml")
	if err != nil {
		return nil, err
	}
	lines := strings.SplitAfter(string(src), "\n")
	for i, l := range lines {
		if l == "id: "+preset+"\n" {
			lines[i] = "id: " + id + "\n"
		}
	}
	head += fmt.Sprintf("#\n# LV: Kopija no gatavā nolūka preset/%[1]s: labojiet to brīvi.\n# EN: A copy of the preset preset/%[1]s: edit it freely.\n#\n", preset)
	// What the preset leaves out, but transfers, which a shared purpose
	// may leave to the institutions' defaults.
	var needed strings.Builder
	for _, k := range info.Needed {
		if k != "transfers" {
			needed.WriteString(neededSnippet(k))
		}
	}
	return []byte(head + strings.Join(lines, "") + string(outdent([]byte(needed.String())))), nil
}

// outdent turns an item of a purposes list into a top-level mapping.
func outdent(item []byte) []byte {
	var b bytes.Buffer
	for _, l := range strings.SplitAfter(string(item), "\n") {
		switch {
		case strings.HasPrefix(l, "  - "), strings.HasPrefix(l, "    "):
			l = l[4:]
		case strings.HasPrefix(l, "  "):
			l = l[2:]
		}
		b.WriteString(l)
	}
	return b.Bytes()
}
