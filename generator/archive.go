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
//
// out is the output directory of the last build ("" for none): when its
// build record says that a different text was published under the same
// effective date, Archive refuses, so that the archive keeps what people
// were shown and not an edit made since.
func Archive(content, id, out string) (string, error) {
	c, err := loadOptions().Load(content)
	if err != nil {
		return "", err
	}
	for _, in := range c.Institutions {
		if in.ID != id {
			continue
		}
		if !in.Document.Effective.Dated() {
			return "", fmt.Errorf("archive: %s: document.effective: the version has no effective date, and an archived version is named by it: write the date it took effect (ask whoever approved it) and run archive again", in.File)
		}
		if err := archivable(in, c.Site.Languages, out); err != nil {
			return "", err
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

// archivable returns an error when the build record in out says that in
// was published under its effective date with another text.
func archivable(in *notice.Institution, langs []string, out string) error {
	if out == "" {
		return nil
	}
	for _, e := range readManifest(out).Institutions {
		if e.ID != in.ID || !e.Effective.Equal(in.Document.Effective.Time) {
			continue
		}
		if now := modelDigest(in, langs); comparable(e.Model, now) && e.Model != now {
			return fmt.Errorf("archive: %s has changed since the last build in %s published it under %s: archiving it now would keep the new text as the version people were shown. Put back the published text (from your version control or a copy), run archive again, and then make your edit with a later effective date; or keep the edit, give it a later effective date and build: the published version is then replaced without an archived copy",
				in.File, out, in.Document.Effective)
		}
	}
	return nil
}
