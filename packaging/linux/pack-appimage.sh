#!/usr/bin/env bash
# Packs an AppDir into an AppImage: mksquashfs (zstd) appended to the runtime. With an update
# URL, writes the update information ("zsync|URL") into .upd_info and a .zsync file beside the
# AppImage (zsyncmake). With a gpg key, signs it as the AppImage specification describes — the
# sha256 (hex) of the file with .sha256_sig and .sig_key zeroed, signed detached and armored into
# .sha256_sig, the public key into .sig_key — and writes OUTPUT.asc (a detached signature of the
# whole file) and SHA256SUMS beside it. The update information is written first, so the
# signatures cover it. gpg uses GNUPGHOME (or ~/.gnupg) and asks for the key's passphrase through
# its agent. make-appimage.sh calls it; the tests call it on small AppDirs. See docs/appimage.md.
# Usage: [ZSTD_LEVEL=1..22] [APPIMAGE_UPDATE_URL=http://…/NAME.zsync] pack-appimage.sh APPDIR
#        RUNTIME OUTPUT [GPG_KEY]
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
appdir=$1
runtime=$2
output=$3
key=${4:-}
update_url=${APPIMAGE_UPDATE_URL:-}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=packaging/linux/appimage/elf-sections.sh
. "$here/appimage/elf-sections.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The URL of the .zsync file the AppImage will look for its updates at: http(s), no space and no
# "|" (the field separator of the update information).
if [ -n "$update_url" ] && ! [[ $update_url =~ ^https?://[^[:space:]|]+/[^/[:space:]|]+\.zsync$ ]]; then
    echo "APPIMAGE_UPDATE_URL=$update_url is not an http(s) URL of a .zsync file, such as" \
        "http://downloads.example.com/allo/Allo_Industrie_Console-latest-x86_64.AppImage.zsync" >&2
    exit 2
fi

# Same time stamps and owners on every build (mksquashfs honours SOURCE_DATE_EPOCH). zstd level
# 15 (mksquashfs's default) takes about a minute here; ZSTD_LEVEL=3 ten times less, 15 % larger.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-0} mksquashfs "$appdir" "$work/image.squashfs" \
    -comp zstd -Xcompression-level "${ZSTD_LEVEL:-15}" -root-owned -noappend -no-progress \
    -quiet >/dev/null

# The runtime without its debug information; strip rewrites the ELF header, so the AppImage
# magic (bytes 8-10: "AI", 2) is written again.
strip -o "$work/runtime" "$runtime"
printf 'AI\002' | dd of="$work/runtime" bs=1 seek=8 count=3 conv=notrunc status=none
mkdir -p "$(dirname "$output")"
cat "$work/runtime" "$work/image.squashfs" >"$output.part"
chmod 755 "$output.part"

# Writes file $2 into section $1 of the file being made, failing when it does not fit.
embed() {
    local offset size length
    read -r offset size < <(elf_section "$output.part" "$1")
    length=$(stat -c %s "$2")
    [ "$length" -lt "$size" ] || {
        echo "$3 ($length bytes) does not fit in the $1 section ($size bytes)" >&2
        exit 1
    }
    dd if="$2" of="$output.part" oflag=seek_bytes seek="$offset" conv=notrunc status=none
}

if [ -n "$update_url" ]; then
    printf 'zsync|%s' "$update_url" >"$work/update-information"
    embed .upd_info "$work/update-information" "The update information"
fi
if [ -n "$key" ]; then
    gpg_sign() { gpg --yes --local-user "$key" --armor --detach-sign "$@"; }
    gpg --armor --export-options export-minimal --export "$key" >"$work/key.asc"
    [ -s "$work/key.asc" ] || { echo "gpg has no public key for $key" >&2; exit 1; }
    printf '%s' "$(appimage_digest "$output.part")" >"$work/digest"
    gpg_sign --output "$work/digest.asc" "$work/digest"
    embed .sha256_sig "$work/digest.asc" "The signature"
    embed .sig_key "$work/key.asc" "The public key (export-minimal)"
fi
mv "$output.part" "$output"

if [ -n "$update_url" ]; then
    # Named as the URL says, so the folder is published as is; it points at the AppImage by a
    # URL relative to itself, so both go in the same folder of the web server.
    zsync=$(dirname "$output")/$(basename "$update_url")
    zsyncmake -u "$(basename "$output")" -o "$zsync" "$output" >/dev/null
    echo "Update information: zsync|$update_url ($(basename "$zsync") written beside the AppImage)"
fi
if [ -z "$key" ]; then
    echo "AppImage (not signed: no gpg key given): $output"
    exit 0
fi
gpg --yes --local-user "$key" --armor --detach-sign --output "$output.asc" "$output"
(cd "$(dirname "$output")" && sha256sum "$(basename "$output")" >SHA256SUMS)
echo "AppImage signed with $key: $output (+ .asc, SHA256SUMS)"
