package notice_test

import (
	"policysite/generator"
	"policysite/generator/notice"
)

// render is every output a build makes of c, by path, as the build
// makes them (generator.Render walks the build's list of outputs).
func render(c *notice.Content) (map[string][]byte, error) {
	files, err := generator.Render(c)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, f := range files {
		out[f.Path] = f.Data
	}
	return out, nil
}
