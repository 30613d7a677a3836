#!/usr/bin/env bash
# The AppImage's update channel, as a PC would use it: two releases packed and signed by
# pack-appimage.sh with the same update URL, differing by one small file (a version string) and
# carrying a program from the build tree, so there is something worth not downloading again. The
# new one and its .zsync are served on loopback (range_http_server.py); zsync, seeded with the
# old image, rebuilds the new one from the URL the old one embeds: byte-identical, its signature
# good, fetching less than the whole file (zsync's own count). The update information is covered
# by the embedded signature: changed, the signature fails.
# Usage: appimage_update_check.sh RUNTIME PROGRAM
set -euo pipefail
runtime=$1
program=$2
packaging=$(cd "$(dirname "$0")/../../packaging/linux" && pwd)
# shellcheck source=packaging/linux/appimage/elf-sections.sh
. "$packaging/appimage/elf-sections.sh"
work=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill "$server"; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export GNUPGHOME=$work/gnupg LC_ALL=C
mkdir -m 700 "$GNUPGHOME"
mkdir -p "$work/www/allo" "$work/old" "$work/client"
start=$SECONDS

gpg --batch --quiet --passphrase '' --quick-gen-key 'Allo release <release@example.invalid>' \
    ed25519 sign 1d 2>/dev/null
fpr=$(gpg --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')

# The web server first: the update URL holds its port (any free one, which it prints).
: >"$work/server.log" # before the server: the loop below may read it before the server starts
"$(dirname "$0")/range_http_server.py" "$work/www" >"$work/server.log" 2>&1 &
server=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/^port \([0-9]*\)$/\1/p' "$work/server.log")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || fail "the HTTP server did not start: $(cat "$work/server.log")"
url=http://127.0.0.1:$port/allo/Allo_Industrie_Console-latest-x86_64.AppImage.zsync

release() { # $1: version; the AppImage goes to $2
    local dir=$work/AppDir-$1
    mkdir -p "$dir/usr/bin" "$dir/usr/share"
    cp "$program" "$dir/usr/bin/"
    echo "$1" >"$dir/usr/share/version"
    # shellcheck disable=SC2016 # $APPDIR is AppRun's
    printf '#!/bin/sh\ncat "$APPDIR/usr/share/version"\n' >"$dir/AppRun"
    chmod 755 "$dir/AppRun"
    APPIMAGE_UPDATE_URL=$url ZSTD_LEVEL=3 "$packaging/pack-appimage.sh" "$dir" "$runtime" "$2" "$fpr" >/dev/null
}
old=$work/old/Allo_Industrie_Console-0.1.0-x86_64.AppImage
new=$work/www/allo/Allo_Industrie_Console-0.1.1-x86_64.AppImage
release 0.1.0 "$old"
release 0.1.1 "$new"
[ -s "$work/www/allo/Allo_Industrie_Console-latest-x86_64.AppImage.zsync" ] ||
    fail "no .zsync named as the update URL says beside the new AppImage: $(ls "$work/www/allo")"
grep -qx "URL: Allo_Industrie_Console-0.1.1-x86_64.AppImage" "$work/www/allo/"*.zsync ||
    fail "the .zsync does not point at the new AppImage beside it"
echo "Two releases packed and signed in $((SECONDS - start)) s ($(stat -c %s "$new") bytes each)"

# The update information, as the old image reports it, and under its signature.
[ "$("$old" --appimage-updateinformation)" = "zsync|$url" ] ||
    fail "--appimage-updateinformation printed: $("$old" --appimage-updateinformation)"
"$packaging/verify-appimage.sh" --fingerprint "$fpr" "$old" >/dev/null || fail "the old image's signature"
read -r at _ < <(elf_section "$old" .upd_info)
cp "$old" "$work/redirected.AppImage"
printf 'zsync|http://evil' | dd of="$work/redirected.AppImage" bs=1 seek="$at" conv=notrunc status=none
"$packaging/verify-appimage.sh" --fingerprint "$fpr" "$work/redirected.AppImage" >/dev/null &&
    fail "the signature still verifies with the update information changed"

# The update: the URL the old image embeds, the old image as the seed.
update_url=$("$old" --appimage-updateinformation | cut -d '|' -f 2)
updated=$work/client/updated.AppImage
(cd "$work/client" && zsync -i "$old" -o "$updated" "$update_url") >"$work/zsync.log" 2>&1 ||
    fail "zsync failed: $(cat "$work/zsync.log")"
cmp -s "$updated" "$new" || fail "the updated file differs from the new release"
# zsync ends with "used N local, fetched M".
read -r used fetched < <(sed -n 's/.*used \([0-9]*\) local, fetched \([0-9]*\).*/\1 \2/p' "$work/zsync.log")
[ -n "${fetched:-}" ] || fail "zsync did not say what it fetched: $(cat "$work/zsync.log")"
size=$(stat -c %s "$new")
[ "$fetched" -lt "$size" ] || fail "zsync fetched $fetched bytes of a $size-byte file"
chmod 755 "$updated"
[ "$("$updated" --appimage-extract-and-run)" = 0.1.1 ] || fail "the updated AppImage is not 0.1.1"
"$packaging/verify-appimage.sh" --fingerprint "$fpr" "$updated" >/dev/null || fail "the updated image's signature"
echo "Updated 0.1.0 to 0.1.1 with zsync: byte-identical, fetched $fetched of $size bytes" \
    "($(awk "BEGIN { printf \"%.2f\", $fetched * 100 / $size }") %), $used taken from the old image"
echo "OK in $((SECONDS - start)) s"
