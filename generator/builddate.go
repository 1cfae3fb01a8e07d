package generator

import (
	"fmt"
	"strconv"
	"time"

	"policysite/generator/notice"
)

// BuildDate returns the date a build publishes for: flag (YYYY-MM-DD)
// when given; else the date of SOURCE_DATE_EPOCH (seconds since 1970, in
// UTC; see reproducible-builds.org) when getenv has it; else the date of
// now in UTC.
func BuildDate(flag string, getenv func(string) string, now time.Time) (notice.Date, error) {
	if flag != "" {
		t, err := time.Parse("2006-01-02", flag)
		if err != nil {
			return notice.Date{}, fmt.Errorf("-date %q is not a date: write YYYY-MM-DD", flag)
		}
		return notice.Date{Time: t}, nil
	}
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return notice.Date{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds since 1970-01-01; unset it or use -date YYYY-MM-DD", s)
		}
		return notice.Today(time.Unix(sec, 0)), nil
	}
	return notice.Today(now), nil
}
