package generator

// buildMarker is the file at the root of every output directory that
// policysite made. It holds the record of what was built (the manifest)
// and marks the directory as policysite's own: a build replaces only a
// directory that carries it (or an empty or absent one), and pre-filled
// forms are never written into a directory at or under one that does.
const buildMarker = ".policysite-build.json"
