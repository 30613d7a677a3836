#!/usr/bin/env bash
# Builds the Debian package and its -dbgsym package, then holds them to Debian's rules: lintian
# finds no error or warning that the package's override file does not justify with a comment;
# the programs are stripped and their symbols are in the .ddeb under their build id; the manual
# pages, copyright file and changelog are where Debian expects them.
# Usage: deb_lintian.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
ddeb=$(ls "$work"/out/*.ddeb 2>/dev/null || true)
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
[ -n "$ddeb" ] || { echo "FAIL: no -dbgsym package (.ddeb) was made"; exit 1; }
echo "$(basename "$ddeb"): $(du -k "$ddeb" | cut -f1) KiB"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -x "$ddeb" "$work/dbgsym"

# Every override carries its reason: a comment line right above it.
overrides=$work/root/usr/share/lintian/overrides/allo-console
[ -f "$overrides" ] || fail "no lintian override file in the package"
previous=""
while IFS= read -r line; do
    case "$line" in
    '' | '#'*) ;;
    *) case "$previous" in '#'*) ;; *) fail "override without a comment above it: $line" ;; esac ;;
    esac
    previous=$line
done <"$overrides"

for program in allo-console allo-cli allo-sandbox; do
    binary=$work/root/usr/bin/$program
    file -b "$binary" | grep -q ', stripped' || fail "$program is not stripped: $(file -b "$binary")"
    id=$(readelf -n "$binary" | sed -n 's/.*Build ID: \([0-9a-f]*\)/\1/p')
    debug=$work/dbgsym/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
    readelf -S "$debug" 2>/dev/null | grep -q '\.debug_info' ||
        fail "$program: no debug symbols for build id $id in the dbgsym package"
    page=$work/root/usr/share/man/man1/$program.1.gz
    zcat "$page" 2>/dev/null | grep -q "^$program \\\\- " || fail "$program: no manual page made from --help"
done
[ "$(dpkg-deb -f "$ddeb" Package)" = allo-console-dbgsym ] || fail "the .ddeb is not allo-console-dbgsym"
head -1 "$work/root/usr/share/doc/allo-console/copyright" |
    grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "the copyright file is not machine-readable (DEP-5)"
zcat "$work/root/usr/share/doc/allo-console/changelog.Debian.gz" | head -1 |
    grep -q "^allo-console ($(dpkg-deb -f "$deb" Version)) " ||
    fail "changelog.Debian.gz does not start with this version"

# Lintian on the package as Debian's archive would check it; pedantic tags are shown, not fatal.
start=$SECONDS
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" || fail "lintian"
echo "lintian took $((SECONDS - start)) s"
exit $status
