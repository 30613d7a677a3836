#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a throw-away root and runs the programs from there.
# Every shared object they load at run time (plugins included, seen through LD_DEBUG) must belong
# to a package named in Depends or to one of those packages' own dependencies.
# Usage: deb_check.sh BUILD_DIR SAMPLE_NOTICE
set -euo pipefail
build=$1
sample=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dpkg-deb -x "$deb" "$work/root"

version=$("$work/root/usr/bin/allo-cli" --version)
echo "$version" | grep -Eq '^allo-cli [0-9]+\.[0-9]+\.[0-9]+$' || {
    echo "FAIL: allo-cli --version from the package printed: $version"
    exit 1
}
"$work/root/usr/bin/allo-cli" validate "$sample" >/dev/null

# Shared objects the installed programs load, with their real paths.
loaded() { LD_DEBUG=files "$@" 2>&1 >/dev/null | sed -n 's/.*calling init: \(.*\)$/\1/p'; }
{
    loaded "$work/root/usr/bin/allo-cli" validate "$sample"
    loaded "$work/root/usr/bin/allo-cli" drafts list --profile "$work/profile"
    QT_QPA_PLATFORM=offscreen loaded "$work/root/usr/bin/allo-console" --profile "$work/profile" \
        --screenshot "$work/shot.png"
    QT_QPA_PLATFORM=xcb loaded xvfb-run -a "$work/root/usr/bin/allo-console" \
        --profile "$work/profile" --screenshot "$work/shot.png"
} | sort -u >"$work/libs"
grep -q 'platforms/libqoffscreen.so' "$work/libs" || { echo "FAIL: the offscreen plugin was not seen"; exit 1; }
grep -q 'platforms/libqxcb.so' "$work/libs" || { echo "FAIL: the xcb plugin was not seen"; exit 1; }
grep -q 'sqldrivers/libqsqlite.so' "$work/libs" || { echo "FAIL: the SQLite driver was not seen"; exit 1; }

# Packages reachable from Depends.
declare -A allowed=()
queue=()
add() { local p=${1%%:*}; [ -n "$p" ] && [ -z "${allowed[$p]:-}" ] && { allowed[$p]=1; queue+=("$p"); }; return 0; }
names() { tr ',|' '\n\n' | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$' || true; }
while read -r p; do add "$p"; done < <(echo "$depends" | names)
i=0
while [ $i -lt ${#queue[@]} ]; do
    p=${queue[$i]}
    i=$((i + 1))
    deps=$(dpkg-query -W -f='${Depends},${Pre-Depends}' "$p" 2>/dev/null || true)
    while read -r d; do add "$d"; done < <(echo "$deps" | names)
done

status=0
count=0
while read -r lib; do
    [ -e "$lib" ] || continue
    case "$lib" in "$work"/*) continue ;; esac
    count=$((count + 1))
    owner=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1) ||
        owner=$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1) || true
    if [ -z "$owner" ]; then
        echo "FAIL: $lib belongs to no package"
        status=1
    elif [ -z "${allowed[$owner]:-}" ]; then
        echo "FAIL: $lib comes from $owner, which Depends does not bring"
        status=1
    fi
done <"$work/libs"
echo "$count shared objects checked against ${#allowed[@]} packages reachable from Depends"
exit $status
