package serve

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// get fetches a path of the preview and returns the status and body.
func get(t *testing.T, base, p string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(base + p)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// await fetches p until its status is code and its body holds every one
// of want, for at most 10 seconds.
func await(t *testing.T, base, p string, code int, want ...string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, body := get(t, base, p)
		ok := got == code
		for _, w := range want {
			ok = ok && strings.Contains(body, w)
		}
		if ok {
			return body
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s: after 10 s still %d, want %d with %q; body:\n%.2000s", p, got, code, want, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// nextEvent reads the data of the next Server-Sent Event.
func nextEvent(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading the events: %v", err)
		}
		if data, ok := strings.CutPrefix(line, "data: "); ok {
			return strings.TrimSpace(data)
		}
	}
}

func TestServe(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	if err := os.CopyFS(content, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(content, "institutions", "saimite.yaml")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	s, err := New(Options{Content: content, Templates: filepath.Join(dir, "templates"), Addr: "127.0.0.1:0", Interval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx) }()
	stopped := false
	t.Cleanup(func() { // after a failure too: stop, and remove the temporary folder
		cancel()
		if !stopped {
			<-served
		}
	})
	base := "http://" + s.Addr()
	if !strings.HasPrefix(s.Addr(), "127.0.0.1:") {
		t.Fatalf("listening on %s", s.Addr())
	}

	// The page, with the reload script; the built file has none.
	page := await(t, base, "/lv/saimite/", 200, "Rīgas iela 7,", scriptTag)
	if strings.Count(page, scriptTag) != 1 {
		t.Errorf("the reload script is on the page %d times", strings.Count(page, scriptTag))
	}
	built, err := os.ReadFile(filepath.Join(s.out, "lv", "saimite", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(built), "_policysite") {
		t.Error("the built page holds the preview's script")
	}
	if code, _ := get(t, base, "/lv/saimite"); code != 200 {
		t.Errorf("/lv/saimite (redirected): %d", code)
	}
	if code, body := get(t, base, "/no/such/page/"); code != 404 || !strings.Contains(body, scriptTag) {
		t.Errorf("missing page: %d %q", code, body)
	}
	if code, body := get(t, base, scriptPath); code != 200 || !strings.Contains(body, eventsPath) {
		t.Errorf("%s: %d %q", scriptPath, code, body)
	}

	// The open page hears of each rebuild.
	req, _ := http.NewRequestWithContext(ctx, "GET", base+eventsPath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := bufio.NewReader(resp.Body)
	first := nextEvent(t, events)

	// A change is rebuilt.
	write(strings.Replace(string(orig), "Rīgas iela 7,", "Rīgas iela 77,", 1))
	await(t, base, "/lv/saimite/", 200, "Rīgas iela 77,")
	if next := nextEvent(t, events); next == first {
		t.Errorf("event %q after a rebuild, the same as before", next)
	}

	// Broken content shows the error page, on every path.
	broken := strings.Replace(string(orig), "\nphone: \"67914602\"\n", "\nphone: \"67914602\"\nfax: 67914435\n", 1)
	if broken == string(orig) {
		t.Fatal("the test's edit did not apply")
	}
	write(broken)
	body := await(t, base, "/lv/saimite/", 500, "saimite.yaml:12:1</code>: <code>fax</code>: unknown field", "   12 | fax: 67914435\n      | ^</pre>", scriptTag)
	if !strings.Contains(body, "1 problem in the content") {
		t.Errorf("error page without its title:\n%s", body)
	}
	await(t, base, "/en/", 500, "saimite.yaml:12:1")

	// Fixed, the site is back.
	write(string(orig))
	await(t, base, "/lv/saimite/", 200, "Rīgas iela 7,")

	cancel()
	select {
	case err := <-served:
		stopped = true
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not stop within 10 s")
	}
	if _, err := os.Stat(s.tmp); !os.IsNotExist(err) {
		t.Errorf("the temporary folder %s is still there (%v)", s.tmp, err)
	}
}

func TestCheckAddr(t *testing.T) {
	for _, c := range []struct {
		addr   string
		remote bool
		ok     bool
	}{
		{"127.0.0.1:1313", false, true},
		{"127.0.0.1:0", false, true},
		{"[::1]:1313", false, true},
		{"localhost:1313", false, true},
		{"0.0.0.0:1313", false, false},
		{":1313", false, false},
		{"192.168.1.10:1313", false, false},
		{"example.lv:80", false, false},
		{"0.0.0.0:1313", true, true},
		{":1313", true, true},
		{"127.0.0.1", false, false}, // no port
	} {
		err := CheckAddr(c.addr, c.remote)
		if (err == nil) != c.ok {
			t.Errorf("CheckAddr(%q, %v) = %v, want ok %v", c.addr, c.remote, err, c.ok)
		}
		if err != nil && c.ok == false && !c.remote && strings.Contains(err.Error(), "network") && !strings.Contains(err.Error(), "-bind") {
			t.Errorf("CheckAddr(%q): %v does not say how to allow it", c.addr, err)
		}
	}
}

func TestNewRefusesRemote(t *testing.T) {
	s, err := New(Options{Content: "../../content", Addr: "0.0.0.0:0"})
	if err == nil {
		t.Fatalf("listening on %s without Remote", s.Addr())
	}
	if !strings.Contains(err.Error(), "-bind") {
		t.Errorf("error %q does not name -bind", err)
	}
}

func TestErrorPageCaret(t *testing.T) {
	for _, c := range []struct {
		line string
		col  int
		want string
	}{
		{"fax: 1", 1, "^"},
		{"  āb: x", 5, "    ^"},
		{"\tx: 1", 2, "\t^"},
	} {
		if got := caret(c.line, c.col); got != c.want {
			t.Errorf("caret(%q, %d) = %q, want %q", c.line, c.col, got, c.want)
		}
	}
}

func TestInject(t *testing.T) {
	for in, want := range map[string]string{
		"<p>x</p></body></html>": "<p>x</p>" + scriptTag + "</body></html>",
		"<p>x</p>":               "<p>x</p>" + scriptTag,
		"<p>x</p></BODY>":        "<p>x</p>" + scriptTag + "</BODY>",
	} {
		if got := string(inject([]byte(in))); got != want {
			t.Errorf("inject(%q) = %q, want %q", in, got, want)
		}
	}
}
