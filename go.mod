module policysite

go 1.26.0

require (
	github.com/boombuler/barcode v1.1.0 // indirect
	github.com/go-pdf/fpdf v0.9.0 // indirect
	github.com/tdewolff/minify/v2 v2.24.25 // indirect
	github.com/tdewolff/parse/v2 v2.8.20 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/image v0.47.0 // indirect
)
