#!/usr/bin/env bash
# A clean Debian 12 installs allo-console from the signed apt repository served on loopback, then
# upgrades to a 0.1.1 repacked with dpkg-deb; the same repository signed by another key, or not
# signed, is refused. The Debian 12 root is made once with mmdebstrap, with the package's
# dependencies already inside, and cached in CACHE_DIR (keyed by Depends): the run itself reaches
# only 127.0.0.1 (the root's Debian sources are removed). Needs root for chroot: skipped (77)
# with the reason otherwise. Opt-in, ./dev.sh apt-chroot: about 6 min with the root cached and 18 min
# to make it once (2 cores shared with other builds), too long for ./dev.sh test.
# Usage: apt_chroot_check.sh SOURCE_DIR BUILD_DIR CACHE_DIR
set -euo pipefail
source_dir=$1
build=$2
cache=$3
skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "chroot needs root here (mmdebstrap --mode=unshare makes the root, but installing into it as another user is not done)"
command -v mmdebstrap >/dev/null || skip "mmdebstrap is not installed (apt-get install mmdebstrap)"
work=$(mktemp -d)
server=""
cleanup() {
    [ -z "$server" ] || kill $server 2>/dev/null || true
    umount "$work/root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
version=$(dpkg-deb -f "$deb" Version)

# The cached Debian 12 root with the dependencies (first of each alternative) already installed.
includes=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/[[:space:]]//g' |
    grep -v '^$' | sort -u | paste -sd, -)
tarball=$cache/bookworm-$(echo "$includes" | sha256sum | cut -c1-16).tar
if [ ! -f "$tarball" ]; then
    mkdir -p "$cache"
    start=$SECONDS
    mmdebstrap --quiet --variant=apt --mode=auto --include="$includes" bookworm "$tarball.part" \
        http://deb.debian.org/debian >/dev/null 2>"$work/mmdebstrap.log" ||
        skip "mmdebstrap could not make a Debian 12 root (no Debian mirror?): $(tail -3 "$work/mmdebstrap.log")"
    mv "$tarball.part" "$tarball"
    echo "made the cached Debian 12 root in $((SECONDS - start)) s: $tarball"
fi
mkdir "$work/root"
tar -C "$work/root" -xf "$tarball"
rm -f "$work/root/etc/apt/sources.list" "$work/root"/etc/apt/sources.list.d/*
mount -t proc proc "$work/root/proc"
in_root() { chroot "$work/root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C "$@"; }

export GNUPGHOME=$work/gnupg
mkdir -m700 "$GNUPGHOME"
for who in release attacker; do
    gpg --batch --quiet --passphrase '' --quick-gen-key "$who@test.invalid" ed25519 sign never
done
repo() { "$source_dir/packaging/linux/make-apt-repo.sh" "$@" >/dev/null; }
repo release@test.invalid "$work/state" "$work/www/good" "$deb"
python3 -m http.server --bind 127.0.0.1 --directory "$work/www" 0 >"$work/http.log" 2>&1 &
server=$!
for _ in $(seq 50); do
    port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/http.log" | head -1)
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || { echo "FAIL: the loopback HTTP server did not start"; exit 1; }

# What an administrator does on a PC: the README's two lines (the key, the sources entry).
sources() {
    cat >"$work/root/etc/apt/sources.list.d/allo-industrie.sources" <<SRC
Types: deb
URIs: http://127.0.0.1:$port/$1
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/allo-industrie.gpg
SRC
}
cp "$work/www/good/allo-industrie.gpg" "$work/root/usr/share/keyrings/allo-industrie.gpg"
sources good
in_root apt-get update -q >"$work/log" 2>&1 || fail "apt-get update: $(cat "$work/log")"
in_root apt-get install -y -q allo-console >"$work/log" 2>&1 || fail "apt-get install: $(cat "$work/log")"
installed=$(in_root dpkg-query -W -f='${Version}' allo-console 2>/dev/null || true)
[ "$installed" = "$version" ] || fail "installed allo-console is '$installed', expected $version"
in_root allo-cli --version | grep -q "^allo-cli ${version%-*}$" || fail "the installed allo-cli does not run"
in_root allo-console --version | grep -q "^allo-console ${version%-*}$" ||
    fail "the installed allo-console --version does not answer without a display"

newer=${version/0.1.0/0.1.1}
dpkg-deb -R "$deb" "$work/repack"
sed -i "s/^Version: .*/Version: $newer/" "$work/repack/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/repack" "$work/allo-console_${newer}_amd64.deb" >/dev/null
repo release@test.invalid "$work/state" "$work/www/good" "$work/allo-console_${newer}_amd64.deb"
in_root apt-get update -q >"$work/log" 2>&1 || fail "apt-get update after $newer: $(cat "$work/log")"
in_root apt-get upgrade -y -q >"$work/log" 2>&1 || fail "apt-get upgrade: $(cat "$work/log")"
installed=$(in_root dpkg-query -W -f='${Version}' allo-console)
[ "$installed" = "$newer" ] || fail "after the upgrade allo-console is $installed, expected $newer"

# An attacker's mirror: the same files, signed by another key, or not signed at all.
cp -r "$work/www/good" "$work/www/foreign"
cp -r "$work/www/good" "$work/www/unsigned"
rm -f "$work"/www/{foreign,unsigned}/dists/bookworm/{InRelease,Release.gpg}
gpg --batch --quiet --local-user attacker@test.invalid --clearsign \
    -o "$work/www/foreign/dists/bookworm/InRelease" "$work/www/foreign/dists/bookworm/Release"
for bad in foreign unsigned; do
    sources "$bad"
    rm -rf "$work/root/var/lib/apt/lists"/*
    if in_root apt-get update -q >"$work/log" 2>&1; then
        fail "apt-get update accepted the $bad repository: $(cat "$work/log")"
    fi
    grep -Eq "NO_PUBKEY|is not signed|signatures couldn't be verified" "$work/log" ||
        fail "the $bad repository was refused for another reason: $(cat "$work/log")"
done
[ $status -ne 0 ] || echo "Debian 12 root: $version installed from the signed repository, upgraded to $newer; foreign-signed and unsigned refused"
exit $status
