#!/usr/bin/env bash
# ctest's site_browser: builds the sample blog with postwright-cli and checks the site in
# Debian's Chromium with check-site.mjs (console errors, failed requests, axe-core, screenshots).
#
#   run.sh POSTWRIGHT_CLI SAMPLE_BLOG WORK_DIR
#
# WORK_DIR (in the build folder) holds the npm packages, reinstalled only when package.json or
# package-lock.json change, and WORK_DIR/screenshots. Nothing is written to the source tree.
# A missing tool fails the test instead of skipping it: CI installs them (scripts/dev deps).
set -euo pipefail

fail() {
    echo "site_browser: $*" >&2
    exit 1
}

[ $# -eq 3 ] || fail "usage: run.sh POSTWRIGHT_CLI SAMPLE_BLOG WORK_DIR"
cli=$1
sample=$2
work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
chromium=${POSTWRIGHT_CHROMIUM:-/usr/bin/chromium}

[ -x "$cli" ] || fail "no postwright-cli at $cli (build the postwright-cli target first)"
[ -f "$sample/blog.yaml" ] || fail "no blog at $sample"
command -v node >/dev/null || fail "node is not installed: install Debian's nodejs and npm (scripts/dev deps)"
command -v npm >/dev/null || fail "npm is not installed: install Debian's npm (scripts/dev deps)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || fail "node $(node --version) is too old: playwright-core needs 18 or newer"
[ -x "$chromium" ] || fail "no Chromium at $chromium: install Debian's chromium (scripts/dev deps)"

mkdir -p "$work"
if ! cmp -s "$here/package.json" "$work/package.json" \
    || ! cmp -s "$here/package-lock.json" "$work/package-lock.json" \
    || [ ! -d "$work/node_modules/playwright-core" ] || [ ! -d "$work/node_modules/axe-core" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$work/"
    echo "site_browser: npm ci in $work"
    (cd "$work" && npm ci --no-audit --no-fund) \
        || { rm -f "$work/package-lock.json"; fail "npm ci failed (is the npm registry reachable?)"; }
fi
# Node resolves packages next to the script, so the script runs from the work folder.
cp "$here/check-site.mjs" "$work/"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/postwright-site.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The builder writes BLOG/.postwright/, so it builds a copy, never the sample itself.
cp -R "$sample" "$tmp/blog"
rm -rf "$tmp/blog/.postwright" "$tmp/blog/public"
"$cli" build "$tmp/blog" --out "$tmp/site" --strict || fail "postwright-cli could not build the sample blog"

rm -rf "$work/screenshots"
node "$work/check-site.mjs" "$tmp/site" "$work/screenshots"
