//go:build unix

package generator

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
)

// The environment of the killed build, a test binary run again.
const (
	killEnvStep     = "POLICYSITE_TEST_KILL_STEP"
	killEnvContent  = "POLICYSITE_TEST_KILL_CONTENT"
	killEnvOut      = "POLICYSITE_TEST_KILL_OUT"
	killEnvFallback = "POLICYSITE_TEST_KILL_FALLBACK"
	killCompleted   = "build completed without being killed"
)

// TestKilledBuild is the build that TestKillAtEveryStep kills: it runs
// only in the process that test starts, and kills itself with SIGKILL
// before the publishing step it is told.
func TestKilledBuild(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv(killEnvStep))
	if err != nil {
		t.Skip("run by TestKillAtEveryStep")
	}
	var steps atomic.Int64
	opts := Options{
		Content:    os.Getenv(killEnvContent),
		Out:        os.Getenv(killEnvOut),
		noExchange: os.Getenv(killEnvFallback) != "",
		step: func(step string) {
			if steps.Add(1) == int64(n) {
				fmt.Printf("killed before step %d: %s\n", n, step)
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
		},
	}
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	fmt.Println(killCompleted)
}

// TestKillAtEveryStep kills a build before each of its publishing steps
// in turn (links, marker, sync, exchange or renames, removals), from
// scratch and incrementally, with the atomic exchange and with its
// fallback. After each kill the output is the complete previous site or
// the complete new one, and the next build succeeds and leaves nothing
// behind.
func TestKillAtEveryStep(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a few dozen builds")
	}
	if os.Getenv(killEnvStep) != "" {
		t.Skip("in the killed build")
	}
	oldContent := copyDir(t, versionedContent) // dated: changeInstitution gives a new date
	newContent := copyDir(t, versionedContent)
	changeInstitution(t, newContent)
	ref := t.TempDir()
	oldSite, newSite := filepath.Join(ref, "old"), filepath.Join(ref, "new")
	build(t, oldContent, oldSite)
	build(t, newContent, newSite)
	want := map[string]tree{"old": look(t, oldSite), "new": look(t, newSite)}
	if want["old"].equal(want["new"]) {
		t.Fatal("test setup: the old and the new site are the same")
	}

	for _, tc := range []struct {
		name     string
		previous bool // an old site to replace, incrementally
		fallback bool
	}{
		{"first build", false, false},
		{"incremental", true, false},
		{"incremental, fallback switch", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			for n := 1; ; n++ {
				if n > 200 {
					t.Fatal("the build never completed")
				}
				os.RemoveAll(out)
				previous := tree{}
				if tc.previous {
					if err := os.CopyFS(out, os.DirFS(oldSite)); err != nil {
						t.Fatal(err)
					}
					previous = want["old"]
				}
				cmd := exec.Command(os.Args[0], "-test.run=^TestKilledBuild$", "-test.count=1")
				cmd.Env = append(os.Environ(), killEnvStep+"="+strconv.Itoa(n), killEnvContent+"="+newContent, killEnvOut+"="+out)
				if tc.fallback {
					cmd.Env = append(cmd.Env, killEnvFallback+"=1")
				}
				output, err := cmd.CombinedOutput()
				completed := strings.Contains(string(output), killCompleted)
				if err != nil && !strings.Contains(string(output), "killed before step") {
					t.Fatalf("step %d: %v\n%s", n, err, output)
				}
				step := strings.TrimSpace(string(output))
				if i := strings.Index(step, "\n"); i >= 0 {
					step = step[:i]
				}
				after := look(t, out)
				if tc.fallback && !after.exists {
					// Killed between the fallback's two renames: the next
					// build's start puts the previous output back.
					o, err := openOutput(Options{Content: newContent, Out: out})
					if err != nil {
						t.Fatalf("%s: %v", step, err)
					}
					o.Close()
					after = look(t, out)
				}
				if !after.equal(previous) && !after.equal(want["new"]) {
					t.Fatalf("%s: the output is neither the previous site nor the new one", step)
				}
				build(t, newContent, out)
				if !look(t, out).equal(want["new"]) {
					equalTrees(t, look(t, out).files, want["new"].files)
					t.Fatalf("%s: the next build differs from the new site", step)
				}
				if l := leftovers(t, out); len(l) > 0 {
					t.Fatalf("%s: the next build left %v", step, l)
				}
				if completed {
					t.Logf("killed at each of %d steps", n-1)
					break
				}
			}
		})
	}
}
