package notice

import (
	"sort"
	"strings"
	"unicode/utf8"
)

func contains(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

// nearest returns the member of set closest to s by edit distance, if it
// is close enough to be a likely typo, or "".
func nearest(s string, set []string) string {
	best, bestDist := "", 0
	sorted := append([]string(nil), set...)
	sort.Strings(sorted)
	for _, c := range sorted {
		dist := editDistance(strings.ToLower(s), c)
		if best == "" || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	limit := 2
	switch n := utf8.RuneCountInString(s); {
	case n <= 3:
		limit = 1
	case n > 8:
		limit = n / 3
	}
	if best == "" || bestDist > limit {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
