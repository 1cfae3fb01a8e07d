package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"policysite/generator/serve"
)

// defaultAddr is where `policysite serve` listens unless told otherwise.
const defaultAddr = "127.0.0.1:1313"

// runServe previews the site: `policysite serve [-content DIR | DIR]
// [-templates DIR] [-addr ADDR | -bind ADDR]`. It runs until interrupted.
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policysite serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "content `directory`")
	templates := fs.String("templates", "templates", "templates `directory`: files here replace the built-in templates of the same name")
	addr := fs.String("addr", defaultAddr, "loopback `address` to listen on (127.0.0.1:PORT, [::1]:PORT or localhost:PORT); others are refused")
	bind := fs.String("bind", "", "listen on `address` even if it is not loopback, such as 0.0.0.0:1313: others on the network can then see the preview")
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if code := contentArg(fs, true, content, stderr); code != 0 {
		return code
	}
	opts := serve.Options{Content: *content, Templates: *templates, Addr: *addr, Log: stdout}
	if *bind != "" {
		addrSet := false
		fs.Visit(func(f *flag.Flag) { addrSet = addrSet || f.Name == "addr" })
		if addrSet {
			fmt.Fprintln(stderr, "policysite serve: give -addr or -bind, not both")
			return 2
		}
		opts.Addr, opts.Remote = *bind, true
	}
	if err := serve.CheckAddr(opts.Addr, opts.Remote); err != nil {
		fmt.Fprintf(stderr, "policysite serve: %v\n", err)
		return 2
	}
	if code := needSite("serve", *content, true, stderr); code != 0 {
		return code
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := serve.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "policysite serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "serving http://%s/ — rebuilt and reloaded when %s or %s change; press Ctrl+C to stop\n", s.Addr(), *content, *templates)
	if opts.Remote {
		fmt.Fprintf(stdout, "warning: listening on %s: others on the network can see the preview\n", s.Addr())
	}
	if err := s.Serve(ctx); err != nil {
		fmt.Fprintf(stderr, "policysite serve: %v\n", err)
		return 1
	}
	return 0
}
