package serve

import (
	"bytes"
	"fmt"
	"net/http"
)

// Paths of the preview's own resources, outside every site path.
const (
	eventsPath = "/_policysite/events"
	scriptPath = "/_policysite/reload.js"
)

// reloadScript reloads the page when the site has been rebuilt. It is
// served from the preview's own origin and only by the preview: a built
// site has no script at all.
const reloadScript = `(function () {
  var seen = null;
  var es = new EventSource(` + "\"" + eventsPath + "\"" + `);
  es.onmessage = function (e) {
    if (seen !== null && e.data !== seen) { location.reload(); }
    seen = e.data;
  };
})();
`

// scriptTag is what inject adds to every HTML page of the preview.
const scriptTag = `<script src="` + scriptPath + `"></script>`

// inject adds the reload script to an HTML page, before its last </body>
// or at its end.
func inject(page []byte) []byte {
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		return append(page[:len(page):len(page)], scriptTag...)
	}
	out := make([]byte, 0, len(page)+len(scriptTag))
	out = append(out, page[:i]...)
	out = append(out, scriptTag...)
	return append(out, page[i:]...)
}

// events streams the build generation as Server-Sent Events: the current
// one at once, then each new one, until the client leaves or the server
// stops. The page reloads when the generation changes.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	for {
		gen, changed := s.generation()
		if _, err := fmt.Fprintf(w, "data: %s\n\n", gen); err != nil {
			return
		}
		fl.Flush()
		select {
		case <-changed:
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		}
	}
}
