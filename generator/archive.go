package generator

import (
	"fmt"
	"os"
	"path/filepath"

	"policysite/generator/notice"
)

// Archive writes the current version of institution id into the content
// archive as a self-contained file, so that it stays published at its
// permanent URL after the current content changes. It returns the file
// written and refuses to overwrite one.
func Archive(content, id string) (string, error) {
	c, err := loadOptions().Load(content)
	if err != nil {
		return "", err
	}
	for _, in := range c.Institutions {
		if in.ID != id {
			continue
		}
		data, err := notice.Marshal(in, c.Site.Languages)
		if err != nil {
			return "", err
		}
		dir := filepath.Join(content, "archive", id)
		file := filepath.Join(dir, in.Document.Effective.String()+".yaml")
		if _, err := os.Stat(file); err == nil {
			return "", fmt.Errorf("archive: %s exists: the version effective %s is already archived", file, in.Document.Effective)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		return file, os.WriteFile(file, data, 0o644)
	}
	return "", fmt.Errorf("archive: no institution %q", id)
}
