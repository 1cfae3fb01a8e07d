package notice

import (
	"reflect"

	"go.yaml.in/yaml/v3"
)

// controller decodes a controller record at path.
func (d *decoder) controller(n *yaml.Node, path string) *Controller {
	c := &Controller{File: d.file, Digest: d.digest}
	if d.object(n, path, d.tab.controller, reflect.ValueOf(c).Elem()) == nil {
		return nil
	}
	d.checkRenamed(n, path, c.Name)
	if path == "" {
		c.path = d.path
	}
	return c
}
