package notice

import (
	"reflect"

	"go.yaml.in/yaml/v3"
)

// controller decodes a controller record at path.
func (d *decoder) controller(n *yaml.Node, path string) *Controller {
	c := &Controller{File: d.file, Digest: d.digest}
	if d.object(n, path, controllerFields(), reflect.ValueOf(c).Elem()) == nil {
		return nil
	}
	if path == "" {
		c.path = d.path
	}
	return c
}

// regNo decodes a registration number: digits, at least 6.
func (d *decoder) regNo(f *fields, key string) string {
	s := d.str(f, key)
	if s == "" {
		return ""
	}
	ok := len(s) >= 6 && len(s) <= 20
	for _, r := range s {
		if r < '0' || r > '9' {
			ok = false
		}
	}
	if !ok {
		d.errorf(f.vals[key], join(f.path, key), "%q is not a registration number: write its digits, such as 90000028870", s)
	}
	return s
}
