#!/usr/bin/env bash
# The signed apt repository, as a PC's apt sees it, served over loopback HTTP, with a throw-away
# apt configuration (its own lists, cache, sources and keys; the machine's apt is never touched):
# the repository made by make-apt-repo.sh with the release key is accepted and offers the
# package; a 0.1.1 repacked with dpkg-deb and published becomes the candidate; the same
# repository re-signed by another key, or left unsigned, is refused by apt-get update.
# Usage: apt_repo_check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build=$2
work=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill $server 2>/dev/null; rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
ddeb=$(ls "$work"/out/*.ddeb)
version=$(dpkg-deb -f "$deb" Version)

# Two throw-away keys: the release key, and an attacker's.
export GNUPGHOME=$work/gnupg
mkdir -m700 "$GNUPGHOME"
for who in release attacker; do
    gpg --batch --quiet --passphrase '' --quick-gen-key "$who@test.invalid" ed25519 sign never
done

repo() { "$source_dir/packaging/linux/make-apt-repo.sh" "$@" >/dev/null; }
repo release@test.invalid "$work/state" "$work/www/good" "$deb" "$ddeb"
cp -r "$work/www/good" "$work/www/foreign"
cp -r "$work/www/good" "$work/www/unsigned"
rm -f "$work/www/unsigned/dists/bookworm/InRelease" "$work/www/unsigned/dists/bookworm/Release.gpg"
# The attacker's copy: the same files, the Release signed with their own key.
for f in InRelease Release.gpg; do rm -f "$work/www/foreign/dists/bookworm/$f"; done
gpg --batch --quiet --local-user attacker@test.invalid --clearsign \
    -o "$work/www/foreign/dists/bookworm/InRelease" "$work/www/foreign/dists/bookworm/Release"

python3 -m http.server --bind 127.0.0.1 --directory "$work/www" 0 >"$work/http.log" 2>&1 &
server=$!
for _ in $(seq 50); do
    port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/http.log" | head -1)
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || { echo "FAIL: the loopback HTTP server did not start"; exit 1; }

# A PC: only the repository's key (signed-by), its own state; the machine's configuration ignored.
pc() {
    local name=$1 dir=$work/pc/$1
    mkdir -p "$dir"/{lists/partial,cache/archives/partial,parts,sources.d,trusted.d}
    : >"$dir/status"
    cat >"$dir/apt.conf" <<CONF
Dir::Etc::Parts "$dir/parts";
Dir::Etc::Main "/dev/null";
Dir::Etc::SourceList "$dir/sources.list";
Dir::Etc::SourceParts "$dir/sources.d";
Dir::Etc::Trusted "$dir/trusted.gpg";
Dir::Etc::TrustedParts "$dir/trusted.d";
Dir::State "$dir";
Dir::State::Lists "$dir/lists";
Dir::State::status "$dir/status";
Dir::Cache "$dir/cache";
Acquire::http::Proxy "DIRECT";
Acquire::Languages "none";
Acquire::Check-Valid-Until "false";
APT::Sandbox::User "$(id -un)";
CONF
    cp "$work/www/good/allo-industrie.gpg" "$dir/allo-industrie.gpg"
    echo "deb [signed-by=$dir/allo-industrie.gpg] http://127.0.0.1:$port/$2 bookworm main" \
        >"$dir/sources.list"
    echo "$dir"
}
apt_for() { APT_CONFIG=$1/apt.conf "${@:2}"; }
candidate() { apt_for "$1" apt-cache policy allo-console | sed -n 's/ *Candidate: //p'; }

good=$(pc good good)
apt_for "$good" apt-get update -q >"$work/update.good" 2>&1 ||
    fail "apt-get update refused the signed repository: $(cat "$work/update.good")"
[ "$(candidate "$good")" = "$version" ] || fail "candidate $(candidate "$good"), expected $version"
(cd "$work" && apt_for "$good" apt-get download -q allo-console >/dev/null 2>&1) ||
    fail "apt-get download allo-console from the signed repository failed"
cmp -s "$work/allo-console_${version}_amd64.deb" "$deb" || fail "the downloaded package differs"

# 0.1.1, repacked with dpkg-deb rather than rebuilt, published: the candidate moves to it.
newer=${version/0.1.0/0.1.1}
dpkg-deb -R "$deb" "$work/repack"
sed -i "s/^Version: .*/Version: $newer/" "$work/repack/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/repack" "$work/allo-console_${newer}_amd64.deb" >/dev/null
repo release@test.invalid "$work/state" "$work/www/good" "$work/allo-console_${newer}_amd64.deb"
apt_for "$good" apt-get update -q >"$work/update.newer" 2>&1 ||
    fail "apt-get update after publishing $newer: $(cat "$work/update.newer")"
[ "$(candidate "$good")" = "$newer" ] || fail "after publishing $newer the candidate is $(candidate "$good")"

for bad in foreign unsigned; do
    dir=$(pc "$bad" "$bad")
    if apt_for "$dir" apt-get update -q >"$work/update.$bad" 2>&1; then
        fail "apt-get update accepted the $bad repository: $(cat "$work/update.$bad")"
    fi
    grep -Eq "NO_PUBKEY|is not signed|signatures couldn't be verified" "$work/update.$bad" ||
        fail "the $bad repository was refused for another reason: $(cat "$work/update.$bad")"
    [ -z "$(candidate "$dir")" ] || [ "$(candidate "$dir")" = "(none)" ] ||
        fail "the $bad repository still offers allo-console $(candidate "$dir")"
done
[ $status -ne 0 ] || echo "signed repository accepted, $version then $newer offered; foreign-signed and unsigned refused"
exit $status
