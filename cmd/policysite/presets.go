package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"policysite/generator/presets"
)

// runPresets is the presets command: it lists the built-in presets with
// their names, legal bases and laws, and the fields a use must state. It
// returns the exit code.
//
//	policysite presets
func runPresets(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "policysite presets: unexpected argument %q\nusage: policysite presets\n", args[0])
		return 2
	}
	list, err := presets.List()
	if err != nil {
		fmt.Fprintf(stderr, "policysite presets: %v\n", err)
		return 1
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tNAME\tLEGAL BASES\tRETENTION")
	for _, p := range list {
		var bases []string
		for _, b := range p.Bases {
			var laws []string
			for _, l := range b.Laws {
				laws = append(laws, l.In("lv"))
			}
			if len(laws) > 0 {
				bases = append(bases, b.Code+" ("+strings.Join(laws, ", ")+")")
			} else {
				bases = append(bases, b.Code)
			}
		}
		if len(bases) == 0 {
			bases = []string{"(yours to state)"}
		}
		retention := p.Retention
		if retention == "" {
			retention = "(yours to state)"
		}
		fmt.Fprintf(w, "%s\t%s / %s\t%s\t%s\n", "preset/"+p.ID, p.Name.In("lv"), p.Name.In("en"), strings.Join(bases, "; "), retention)
	}
	w.Flush()
	fmt.Fprintln(stdout, "\nUse one in an institution's purposes as `- use: preset/ID` with the fields that differ;")
	fmt.Fprintln(stdout, "`policysite new purpose ID -institution INST -preset ID` adds one with what it needs:")
	for _, p := range list {
		fmt.Fprintf(stdout, "  %-12s needs %s\n", p.ID, strings.Join(p.Needed, ", "))
	}
	return 0
}
