# shellcheck shell=bash
# lib.sh: helpers shared by the .ci scripts; source it, do not run it.
#
# Tools that are not Debian packages (the Nu HTML checker, axe-core,
# playwright-core) are installed with npm into $POLICYSITE_CI_TOOLS
# (default /tmp/policysite-ci), outside the repository, so nothing of them
# is committed and a developer's work tree stays clean.

POLICYSITE_CI_TOOLS=${POLICYSITE_CI_TOOLS:-/tmp/policysite-ci}
export POLICYSITE_CI_TOOLS
export LC_ALL=C.UTF-8

# Pinned versions of the npm tools.
VNU_JAR_VERSION=26.9.27
AXE_CORE_VERSION=4.14.1
PLAYWRIGHT_CORE_VERSION=1.65.1
AJV_VERSION=8.20.0
AJV_FORMATS_VERSION=3.0.1

log() { printf '==> %s\n' "$*"; }
die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

# as_root runs a command as root: directly when we are root, else with sudo.
as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		die "need root to run: $*"
	fi
}

# need_apt CMD:PACKAGE...: installs each Debian PACKAGE whose CMD is not on
# PATH. apt-get update runs once, and only when something is missing.
need_apt() {
	local pair missing=()
	for pair in "$@"; do
		command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	log "apt-get install ${missing[*]}"
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	for pair in "$@"; do
		command -v "${pair%%:*}" >/dev/null 2>&1 || die "${pair%%:*} still missing after installing ${pair#*:}"
	done
}

# need_node_modules: installs vnu-jar, axe-core, playwright-core, ajv and
# ajv-formats at their pinned versions into $POLICYSITE_CI_TOOLS unless
# they are there already. ajv checks the JSON Schema of the content
# (generator/notice, TestJSONSchemaAjv), which finds it there.
# Install scripts are not run: vnu-jar's would fetch a Java of its own, and
# Debian's Java is used instead; playwright-core drives Debian's chromium.
need_node_modules() {
	need_apt node:nodejs npm:npm
	local m=$POLICYSITE_CI_TOOLS/node_modules
	if [ "$(_pkg_version "$m/vnu-jar")" = "$VNU_JAR_VERSION" ] &&
		[ "$(_pkg_version "$m/axe-core")" = "$AXE_CORE_VERSION" ] &&
		[ "$(_pkg_version "$m/playwright-core")" = "$PLAYWRIGHT_CORE_VERSION" ] &&
		[ "$(_pkg_version "$m/ajv")" = "$AJV_VERSION" ] &&
		[ "$(_pkg_version "$m/ajv-formats")" = "$AJV_FORMATS_VERSION" ]; then
		return 0
	fi
	log "npm install vnu-jar@$VNU_JAR_VERSION axe-core@$AXE_CORE_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION ajv@$AJV_VERSION ajv-formats@$AJV_FORMATS_VERSION into $POLICYSITE_CI_TOOLS"
	mkdir -p "$POLICYSITE_CI_TOOLS"
	npm install --prefix "$POLICYSITE_CI_TOOLS" --no-audit --no-fund --ignore-scripts --loglevel=error \
		"vnu-jar@$VNU_JAR_VERSION" "axe-core@$AXE_CORE_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION" \
		"ajv@$AJV_VERSION" "ajv-formats@$AJV_FORMATS_VERSION"
}

_pkg_version() {
	[ -f "$1/package.json" ] && node -p "require('$1/package.json').version" 2>/dev/null || true
}

# need_public_dir DIR: checks that DIR is a built site.
need_public_dir() {
	[ -n "${1:-}" ] || die "usage: $(basename "$0") PUBLIC_DIR"
	[ -d "$1" ] || die "$1: no such directory (build the site first: go run ./cmd/policysite build -out $1)"
	[ -f "$1/index.html" ] || die "$1 has no index.html: is it a built site?"
}
