// Package urls is the one place that knows where each output lives in the
// published site. Paths are relative to the site root and use forward
// slashes; page paths end in "/" and are served from their index.html.
package urls

import "strings"

// Index is the entry page listing every institution in every language.
func Index() string { return "" }

// Lang is the list of institutions in lang.
func Lang(lang string) string { return lang + "/" }

// Notice is the current privacy notice of an institution in lang.
func Notice(lang, institution string) string { return lang + "/" + institution + "/" }

// Version is one version of an institution's notice (earlier, current
// or upcoming), kept at a permanent URL named by its effective date
// (YYYY-MM-DD).
func Version(lang, institution, date string) string {
	return lang + "/" + institution + "/" + date + "/"
}

// Versions is the index of every version of an institution's notice in
// lang. "versions" cannot be the id of a video-surveillance purpose.
func Versions(lang, institution string) string {
	return lang + "/" + institution + "/versions/"
}

// VersionPurpose is the page of a video-surveillance purpose as one
// version of the notice states it, at a permanent URL: the page the QR
// code of a sign printed under that version points to.
func VersionPurpose(lang, institution, date, purpose string) string {
	return Version(lang, institution, date) + purpose + "/"
}

// At returns the path of p, a file of institution (Sign, Sheet,
// CameraRegister, Form), as published for the version effective on date:
// <institution>/<date>/<name>. The version in force is also published at
// p itself.
func At(p, institution, date string) string {
	return institution + "/" + date + "/" + strings.TrimPrefix(p, institution+"/")
}

// Purpose is the page of one video-surveillance purpose in the version
// of the notice in force: the second layer of the CCTV sign, whose printed
// address names it (its QR code names VersionPurpose).
func Purpose(lang, institution, purpose string) string {
	return lang + "/" + institution + "/" + purpose + "/"
}

// Accessibility is the accessibility statement in lang.
func Accessibility(lang string) string { return lang + "/accessibility/" }

// Sign is a CCTV warning sign of an institution: size "a5", "a4" or
// "a3", colour "colour" or "bw", and its languages, e.g.
// "saimite/cctv-sign-a4-colour-lv-en.pdf". A sign for one entrance has
// the entrance's id after "cctv-sign-"; entrance "" is the general sign.
func Sign(institution, entrance, size, colour string, langs []string) string {
	name := "cctv-sign-"
	if entrance != "" {
		name += entrance + "-"
	}
	return institution + "/" + name + size + "-" + colour + "-" + strings.Join(langs, "-") + ".pdf"
}

// Sheet is the second-layer CCTV information sheet of an institution.
func Sheet(institution string) string { return institution + "/cctv-information.pdf" }

// CameraRegister is the printable camera register of an institution.
func CameraRegister(institution string) string { return institution + "/camera-register.pdf" }

// Form is the blank employee attestation form of an institution.
func Form(institution string) string { return institution + "/attestation.pdf" }

// Register is the path of an institution's part of the record of
// processing activities, when the site publishes it.
func Register(institution string) string { return institution + "/register.csv" }

// JSONLD is the machine-readable (JSON-LD) current notice of an
// institution, one file for every language.
func JSONLD(institution string) string { return institution + "/notice.jsonld" }

// VersionJSONLD is the machine-readable notice of an earlier version,
// named by its effective date (YYYY-MM-DD) like the version's pages.
func VersionJSONLD(institution, date string) string {
	return institution + "/" + date + "/notice.jsonld"
}

// Stylesheet is the site's one stylesheet.
func Stylesheet() string { return "style.css" }

// Sitemap is the sitemap.
func Sitemap() string { return "sitemap.xml" }

// File returns the file that serves path p: p itself for a file, or
// p + "index.html" for a page.
func File(p string) string {
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return p
}

// Absolute joins the site's base URL (ending in "/") and path p.
func Absolute(base, p string) string { return base + p }

// Relative returns a link from page from to target, both site paths, so
// that the site works from any directory and from the file system.
func Relative(from, target string) string {
	depth := strings.Count(from, "/")
	return strings.Repeat("../", depth) + target
}

// Feed is the Atom feed of the versions of an institution's notice in
// lang: current, earlier and upcoming.
func Feed(lang, institution string) string { return lang + "/" + institution + "/feed.xml" }

// InstitutionDirs are the directories that hold every output of an
// institution, and nothing else: its pages in each of langs, under
// <lang>/<institution>/, and its other files under <institution>/.
func InstitutionDirs(langs []string, institution string) []string {
	dirs := []string{institution}
	for _, l := range langs {
		dirs = append(dirs, l+"/"+institution)
	}
	return dirs
}

// In reports whether site path p lies in one of dirs.
func In(p string, dirs []string) bool {
	for _, d := range dirs {
		if strings.HasPrefix(p, d+"/") {
			return true
		}
	}
	return false
}
