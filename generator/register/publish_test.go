package register

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// TestFiles: an institution's rows of the record are published only when
// the site asks (publish_register), at <id>/register.csv, as the record
// of its controller restricted to it.
func TestFiles(t *testing.T) {
	c := loadExample(t)
	in := c.Institutions[0]
	files, err := Files(c.Site, in)
	if err != nil || len(files) != 0 {
		t.Fatalf("published without publish_register: %v, %v", files, err)
	}
	site := *c.Site
	site.PublishRegister = true
	files, err = Files(&site, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Path != in.ID+"/register.csv" {
		t.Fatalf("files = %v, want %s/register.csv", files, in.ID)
	}
	want, err := CSV(in.Controller, c.Institutions[:1], c.Site.DefaultLanguage)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files[0].Data, want) {
		t.Error("the published record is not the controller's record of this institution alone")
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(want, []byte(bom))))
	cr.Comma = Separator
	rows, err := cr.ReadAll()
	if err != nil || len(rows) != len(in.Purposes)+1 {
		t.Errorf("%d rows (%v), want the headings and %d purposes", len(rows), err, len(in.Purposes))
	}
}
