package serve

import (
	"fmt"
	"net"
)

// CheckAddr refuses a listen address that others on the network could
// reach, unless remote is true: a preview shows drafts, and it is meant
// for the person editing them. The host must be a loopback address
// (127.0.0.1, ::1) or localhost; an empty host (":1313") means every
// interface and is refused too.
func CheckAddr(addr string, remote bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %v; write it as host:port, such as 127.0.0.1:1313", addr, err)
	}
	if remote {
		return nil
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	what := "is not a loopback address"
	if host == "" {
		what = "listens on every network interface"
	}
	return fmt.Errorf("address %q %s: the preview would be reachable by others on the network; use 127.0.0.1:PORT, or -bind %s if that is what you want", addr, what, addr)
}
