#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a throw-away root and runs the programs from there:
# allo-cli, the console (offscreen and xcb), the sandbox serving HTTPS and allo-cli signing in to
# it (TLS backend, keychain). Every shared object they load at run time (plugins included, seen
# through LD_DEBUG), and every TLS plugin, must belong to a package named in Depends or
# to one of those packages' own dependencies. Needs a Secret Service (run it under ./dev.sh check).
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

# The hotline's voice is the espeak-ng program, run, not linked (shlibdeps cannot see it; its
# package is checked against Depends below): the installed allo-cli writes the A-law file with it.
"$work/root/usr/bin/allo-cli" render --channel hotline --audio "$work/hotline.wav" "$sample" >/dev/null
[ "$(soxi -e "$work/hotline.wav")" = A-law ] || {
    echo "FAIL: the installed allo-cli did not write an A-law hotline file"
    exit 1
}

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

# TLS on both ends (Qt's OpenSSL backend is a plugin) and the keychain (QtKeychain opens libsecret
# at run time, so ldd never shows it): the installed sandbox serves HTTPS, the installed allo-cli
# signs in to it and keeps the refresh token in the keychain (gnome-keyring under ./dev.sh check).
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
mkfifo "$work/sandbox.out"
LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.sandbox" "$work/root/usr/bin/allo-sandbox" \
    --listen 127.0.0.1:0 --data "$work/sandbox" >"$work/sandbox.out" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT
exec 3<"$work/sandbox.out"
read -r -t 60 first <&3 || { echo "FAIL: the installed allo-sandbox did not start"; exit 1; }
api=${first##* }
echo "$first"
curl -sf --cacert "$work/sandbox/ca.pem" "$api/v1/health" >/dev/null ||
    { echo "FAIL: the installed allo-sandbox does not answer over HTTPS"; exit 1; }
echo training-chimie | LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.login" \
    "$work/root/usr/bin/allo-cli" login --api "$api" --ca "$work/sandbox/ca.pem" \
    --profile "$work/profile" issuer.chimie >/dev/null ||
    { echo "FAIL: allo-cli login from the package could not sign in to the sandbox"; exit 1; }
kill $sandbox
wait $sandbox || true
cat "$work"/ld.* | sed -n 's/.*calling init: \(.*\)$/\1/p' >>"$work/libs"
sort -u -o "$work/libs" "$work/libs"
grep -q 'tls/libqopensslbackend.so' "$work/libs" || { echo "FAIL: the OpenSSL TLS backend was not seen"; exit 1; }
grep -q 'libsecret-1.so' "$work/libs" || { echo "FAIL: libsecret was not seen"; exit 1; }
grep -q 'platforms/libqoffscreen.so' "$work/libs" || { echo "FAIL: the offscreen plugin was not seen"; exit 1; }
grep -q 'platforms/libqxcb.so' "$work/libs" || { echo "FAIL: the xcb plugin was not seen"; exit 1; }
grep -q 'sqldrivers/libqsqlite.so' "$work/libs" || { echo "FAIL: the SQLite driver was not seen"; exit 1; }

# Packages reachable from Depends, one dpkg-query per level of the dependency tree.
declare -A allowed=()
queue=()
add() { local p=${1%%:*}; [ -n "$p" ] && [ -z "${allowed[$p]:-}" ] && { allowed[$p]=1; queue+=("$p"); }; return 0; }
names() { tr ',|' '\n\n' | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$' || true; }
echo "$depends" | names | grep -qx "$(dpkg -S "$(command -v espeak-ng)" | cut -d: -f1)" || {
    echo "FAIL: Depends does not name the package of espeak-ng, which the hotline's voice runs"
    exit 1
}
# Listen plays through Qt Multimedia's audio output (PulseAudio, no media back-end plugin).
echo "$depends" | names | grep -qx libqt6multimedia6 || {
    echo "FAIL: Depends does not name libqt6multimedia6, which Listen plays the hotline audio with"
    exit 1
}
grep -q '/libQt6Multimedia.so.6' "$work/libs" || { echo "FAIL: the console did not load Qt Multimedia"; exit 1; }
while read -r p; do add "$p"; done < <(echo "$depends" | names)
i=0
while [ $i -lt ${#queue[@]} ]; do
    level=("${queue[@]:$i}")
    i=${#queue[@]}
    while read -r d; do add "$d"; done < <(
        dpkg-query -W -f='${Depends},${Pre-Depends},\n' "${level[@]}" 2>/dev/null | names)
done

status=0
# Plugins a program may pick at run time even when this run did not (the other TLS backend):
# their packages must be reachable from Depends too.
plugins=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins
for lib in "$plugins"/tls/*.so; do
    [ -e "$lib" ] || { echo "FAIL: no $lib on this machine"; status=1; continue; }
    echo "$lib" >>"$work/libs"
done
sort -u -o "$work/libs" "$work/libs"
# The owners of every library, in one dpkg -S call (one per library takes minutes): under its
# path as loaded and its real path (with merged /usr, dpkg knows some files by one of them only).
declare -A owners=()
mapfile -t libs < <(while read -r lib; do
    [ -e "$lib" ] || continue
    case "$lib" in "$work"/*) continue ;; esac
    echo "$lib"
done <"$work/libs")
while IFS=$'\t' read -r path pkg; do owners[$path]=$pkg; done < <(
    for lib in "${libs[@]}"; do echo "$lib"; readlink -f "$lib"; done | sort -u |
        xargs dpkg -S 2>/dev/null | grep -v '^diversion' |
        sed -n 's/^\([^,:]*\)[^ ]*: \(\/.*\)$/\2\t\1/p')
count=${#libs[@]}
for lib in "${libs[@]}"; do
    owner=${owners[$(readlink -f "$lib")]:-${owners[$lib]:-}}
    if [ -z "$owner" ]; then
        echo "FAIL: $lib belongs to no package"
        status=1
    elif [ -z "${allowed[$owner]:-}" ]; then
        echo "FAIL: $lib comes from $owner, which Depends does not bring"
        status=1
    fi
done
echo "$count shared objects checked against ${#allowed[@]} packages reachable from Depends"
exit $status
