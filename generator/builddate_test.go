package generator

import (
	"strings"
	"testing"
	"time"
)

func TestBuildDate(t *testing.T) {
	now := time.Date(2026, 12, 2, 23, 30, 0, 0, time.FixedZone("EET", 2*3600)) // 21:30 UTC
	for _, tc := range []struct {
		flag, epoch string
		want, err   string
	}{
		{"", "", "2026-12-02", ""},
		{"2027-06-01", "", "2027-06-01", ""},
		{"2027-06-01", "1700000000", "2027-06-01", ""}, // the flag wins
		{"", "1700000000", "2023-11-14", ""},           // 22:13:20 UTC
		{"", "0", "1970-01-01", ""},
		{"1.6.2027", "", "", `-date "1.6.2027" is not a date: write YYYY-MM-DD`},
		{"", "soon", "", `SOURCE_DATE_EPOCH "soon" is not a number`},
	} {
		env := func(k string) string {
			if k == "SOURCE_DATE_EPOCH" {
				return tc.epoch
			}
			return ""
		}
		got, err := BuildDate(tc.flag, env, now)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q, %q: error %v, want %q", tc.flag, tc.epoch, err, tc.err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("%q, %q: %v, %v; want %s", tc.flag, tc.epoch, got, err, tc.want)
		}
	}
}
