// Package serve previews a policysite site while it is being written: it
// builds the site into a temporary folder, serves it on a loopback
// address, rebuilds when a file of the content or the templates changes
// (polling their sizes and modification times), and reloads the open page
// with a small script of its own origin that only the preview adds. While
// the content is broken every page is replaced by a page that lists the
// problems with the lines they point at.
package serve

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"policysite/generator"
)

// Options configure a preview server.
type Options struct {
	Content   string        // content directory
	Templates string        // templates directory, as for generator.Options
	Addr      string        // listen address, host:port
	Remote    bool          // allow an address that is not loopback
	Interval  time.Duration // how often to look for changes; 0 means 300 ms
	Log       io.Writer     // build results; nil means none
}

// Server is a running preview. Make one with New, run it with Serve.
type Server struct {
	opts Options
	tmp  string // the temporary folder, removed by Serve
	out  string // the site, inside tmp
	ln   net.Listener
	done chan struct{} // closed when Serve stops

	build   sync.RWMutex // held for writing while the site is rebuilt
	mu      sync.Mutex   // guards the fields below
	gen     int          // builds so far
	failure []byte       // the error page of the last build, nil if it succeeded
	changed chan struct{}
	epoch   string // tells this server's generations from an earlier one's
}

// New checks the address, listens on it, and builds the site once into
// a new temporary folder.
func New(opts Options) (*Server, error) {
	if err := CheckAddr(opts.Addr, opts.Remote); err != nil {
		return nil, err
	}
	if opts.Interval <= 0 {
		opts.Interval = 300 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	tmp, err := os.MkdirTemp("", "policysite-serve-")
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	s := &Server{opts: opts, tmp: tmp, out: filepath.Join(tmp, "site"), ln: ln,
		done: make(chan struct{}), changed: make(chan struct{}),
		epoch: strconv.FormatInt(time.Now().UnixNano(), 36)}
	s.rebuild()
	return s, nil
}

// Addr returns the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve serves the site and rebuilds it on every change until ctx is
// done; then it stops the server and removes the temporary folder.
func (s *Server) Serve(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(s.ln) }()
	watched := make(chan struct{})
	go func() { defer close(watched); s.watch(ctx) }()

	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	cancel()      // stops watching, should the server have failed first
	close(s.done) // ends the event streams, so that Shutdown need not wait
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(sctx)
	<-watched
	if rerr := os.RemoveAll(s.tmp); err == nil {
		err = rerr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// watch rebuilds the site whenever the content or templates change.
func (s *Server) watch(ctx context.Context) {
	last := fingerprint(s.opts.Content, s.opts.Templates)
	t := time.NewTicker(s.opts.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if fp := fingerprint(s.opts.Content, s.opts.Templates); fp != last {
			last = fp
			s.rebuild()
		}
	}
}

// rebuild builds the site, drafts included (a preview shows them marked
// as drafts), and tells the open pages.
func (s *Server) rebuild() {
	s.build.Lock()
	sum, err := generator.Build(generator.Options{Content: s.opts.Content, Templates: s.opts.Templates, Out: s.out, Drafts: true, Preview: true})
	s.build.Unlock()
	var page []byte
	if err != nil {
		page = renderError(err)
		fmt.Fprintf(s.opts.Log, "%s\n", err)
	} else {
		for _, w := range sum.Warnings {
			fmt.Fprintf(s.opts.Log, "warning: %s\n", w)
		}
		fmt.Fprintf(s.opts.Log, "built %d pages in %.2fs\n", sum.Pages, sum.Took.Seconds())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	s.failure = page
	close(s.changed)
	s.changed = make(chan struct{})
}

// generation returns the current build's generation and a channel closed
// when the next build is done.
func (s *Server) generation() (string, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.epoch + "-" + strconv.Itoa(s.gen), s.changed
}

// ServeHTTP serves the preview's events and script, the error page of a
// failed build, or the file of the site at the request's path.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		io.WriteString(w, reloadScript)
		return
	}
	s.mu.Lock()
	failure := s.failure
	s.mu.Unlock()
	if failure != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		w.Write(failure)
		return
	}
	s.build.RLock()
	defer s.build.RUnlock()
	s.file(w, r)
}

// file serves a file of the built site, with the reload script added to
// HTML pages.
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	name := path.Clean("/" + r.URL.Path)
	root := http.Dir(s.out)
	f, err := root.Open(name)
	if err == nil {
		if st, serr := f.Stat(); serr == nil && st.IsDir() {
			f.Close()
			if !strings.HasSuffix(r.URL.Path, "/") {
				http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
				return
			}
			name = path.Join(name, "index.html")
			f, err = root.Open(name)
		}
	}
	if err != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "<!DOCTYPE html><title>Not found</title><p>No page at %s. <a href=\"/\">The site's first page</a>.</p>%s",
			html.EscapeString(name), scriptTag)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if strings.HasSuffix(name, ".html") {
		data, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(inject(data))
		return
	}
	http.ServeContent(w, r, name, st.ModTime(), f)
}
