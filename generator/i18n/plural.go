package i18n

// Plural rules for whole numbers, after the CLDR plural rules
// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
// A rule maps a count to its category: "zero", "one", "two", "few",
// "many" or "other". Only whole numbers are counted here, so the CLDR
// conditions on fractions (v, f, t) drop out.

// pluralRule returns the plural rule named name, or nil when there is
// none. Names are ISO 639 language codes; a built-in catalog file names
// its rule under plural:, and a language a site supplies uses the rule of
// its code or, when there is none here, English's.
func pluralRule(name string) func(n int) string {
	switch name {
	case "lv":
		return latvian
	case "en", "de", "et", "fi", "it", "nl", "sv", "da", "no", "nb", "el", "es", "hu":
		return english
	case "ru", "uk", "be":
		return eastSlavic
	case "lt":
		return lithuanian
	case "pl":
		return polish
	}
	return nil
}

// english: one for 1, other otherwise.
func english(n int) string {
	if n == 1 {
		return "one"
	}
	return "other"
}

// latvian: zero for n%10 = 0 or n%100 = 11..19 (0, 10, 11, 20 dienas);
// one for n%10 = 1 except 11 (1, 21, 101 diena); other otherwise. The
// zero forms of Latvian nouns are spelled as the other forms, so the
// catalogs give only .one and .other.
func latvian(n int) string {
	n = abs(n)
	switch {
	case n%10 == 0 || between(n%100, 11, 19):
		return "zero"
	case n%10 == 1:
		return "one"
	}
	return "other"
}

// eastSlavic (Russian, Ukrainian, Belarusian): one for n%10 = 1 except
// 11 (1, 21 день); few for n%10 = 2..4 except 12..14 (2, 22 дня); many
// otherwise (0, 5, 11, 12 дней). Other is for fractions only.
func eastSlavic(n int) string {
	n = abs(n)
	switch {
	case n%10 == 1 && n%100 != 11:
		return "one"
	case between(n%10, 2, 4) && !between(n%100, 12, 14):
		return "few"
	}
	return "many"
}

// lithuanian: one for n%10 = 1 except 11..19; few for n%10 = 2..9
// except 11..19; other otherwise (0, 10, 11..19). Many is for fractions.
func lithuanian(n int) string {
	n = abs(n)
	switch {
	case between(n%100, 11, 19):
		return "other"
	case n%10 == 1:
		return "one"
	case n%10 >= 2:
		return "few"
	}
	return "other"
}

// polish: one for 1; few for n%10 = 2..4 except 12..14; many otherwise.
func polish(n int) string {
	n = abs(n)
	switch {
	case n == 1:
		return "one"
	case between(n%10, 2, 4) && !between(n%100, 12, 14):
		return "few"
	}
	return "many"
}

func between(n, lo, hi int) bool { return n >= lo && n <= hi }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
