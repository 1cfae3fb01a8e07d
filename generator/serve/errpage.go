package serve

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"os"
	"strings"

	"policysite/generator/notice"
)

// problem is one error as the error page shows it.
type problem struct {
	Where, Field, Msg string
	Line              int    // 0: no source line
	Source, Caret     string // the source line and a caret under the column
}

// errorPage is shown instead of every page while the content is broken.
var errorPage = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} – policysite serve</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem;color:#a00}li{margin:0 0 1.2rem}code,pre{font:14px/1.4 ui-monospace,monospace}
pre{background:#f4f4f4;padding:.5rem .75rem;overflow-x:auto;tab-size:8}.where{font-weight:bold}
</style></head>
<body><main>
<h1>{{.Title}}</h1>
<p>The site was not rebuilt. Fix the content and save: this page reloads by itself.</p>
{{if .Problems}}<ol>{{range .Problems}}
<li><code class="where">{{.Where}}</code>: {{if .Field}}<code>{{.Field}}</code>: {{end}}{{.Msg}}
{{- if .Line}}<pre>{{printf "%5d" .Line}} | {{.Source}}
      | {{.Caret}}</pre>{{end}}</li>{{end}}
</ol>{{else}}<pre>{{.Text}}</pre>{{end}}
</main>` + scriptTag + `</body></html>
`))

// renderError renders the error page for a failed build: each content
// error with its file:line:col, field and message, and the line of the
// file it points at with a caret under the column.
func renderError(err error) []byte {
	data := struct {
		Title, Text string
		Problems    []problem
	}{Title: "The build failed", Text: err.Error()}
	var list notice.ErrorList
	if errors.As(err, &list) {
		data.Title = fmt.Sprintf("%d problems in the content", len(list))
		if len(list) == 1 {
			data.Title = "1 problem in the content"
		}
		files := map[string][]string{}
		for _, e := range list {
			p := problem{Where: e.Pos.String(), Field: e.Field, Msg: e.Msg}
			if e.Pos.Line > 0 {
				lines, ok := files[e.Pos.File]
				if !ok {
					lines = readLines(e.Pos.File)
					files[e.Pos.File] = lines
				}
				if e.Pos.Line <= len(lines) {
					p.Line, p.Source = e.Pos.Line, lines[e.Pos.Line-1]
					p.Caret = caret(p.Source, e.Pos.Col)
				}
			}
			data.Problems = append(data.Problems, p)
		}
	}
	var b bytes.Buffer
	if err := errorPage.Execute(&b, data); err != nil {
		return []byte("policysite serve: " + err.Error())
	}
	return b.Bytes()
}

// readLines returns the lines of a file, or nil when it cannot be read.
func readLines(file string) []string {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	return strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
}

// caret returns white space as wide as the first col-1 characters of
// line (tabs kept as tabs) followed by "^".
func caret(line string, col int) string {
	var b strings.Builder
	for i, r := range []rune(line) {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('^')
	return b.String()
}
