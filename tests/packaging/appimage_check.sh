#!/usr/bin/env bash
# Builds the AppImage from the build tree, signed with a throw-away gpg key, and checks it: the
# runtime's offset, its update information and .zsync, allo-cli and the console (offscreen, and
# on a virtual X display) through FUSE (when /dev/fuse is usable) and with
# --appimage-extract-and-run, that every library the programs load comes from the AppImage or is
# one the host must provide, that no mount or copy is left behind, that the embedded signature,
# the .asc and SHA256SUMS verify, and that one flipped byte makes them fail.
# Usage: appimage_check.sh BUILD_DIR RUNTIME SAMPLE_NOTICE
set -euo pipefail
build=$(cd "$1" && pwd)
runtime=$2
sample=$3
packaging=$(cd "$(dirname "$0")/../../packaging/linux" && pwd)
# shellcheck source=packaging/linux/appimage/elf-sections.sh
. "$packaging/appimage/elf-sections.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export TMPDIR=$work/tmp GNUPGHOME=$work/gnupg
mkdir -p "$TMPDIR"
mkdir -m 700 "$GNUPGHOME"
start=$SECONDS

gpg --batch --quiet --passphrase '' --quick-gen-key 'Allo AppImage test <appimage-test@example.invalid>' \
    ed25519 sign 1d 2>/dev/null
fpr=$(gpg --with-colons --list-secret-keys | awk -F: '$1 == "fpr" { print $10; exit }')
app=$work/out/Allo_Industrie_Console-test-x86_64.AppImage
# Compression level 3: the test checks the packing, not the smallest size. The update channel's
# transfer is appimage_update's; here, that the release build carries it under its signature.
update_url=http://downloads.example.invalid/allo/Allo_Industrie_Console-latest-x86_64.AppImage.zsync
APPIMAGE_UPDATE_URL=$update_url ZSTD_LEVEL=3 "$packaging/make-appimage.sh" "$build" "$runtime" "$app" "$fpr"
echo "Built and signed in $((SECONDS - start)) s: $(stat -c %s "$app") bytes"

# The offset: the end of the ELF section headers, where the squashfs magic "hsqs" starts.
offset=$("$app" --appimage-offset)
elf_end=$(($(elf_uint "$app" 40 8) + $(elf_uint "$app" 58 2) * $(elf_uint "$app" 60 2)))
[ "$offset" = "$elf_end" ] || fail "--appimage-offset printed $offset, the ELF ends at $elf_end"
[ "$(dd if="$app" iflag=skip_bytes,count_bytes skip="$offset" count=4 status=none)" = hsqs ] ||
    fail "no squashfs at offset $offset"
tail -c +$((offset + 1)) "$app" >"$work/image.squashfs"
unsquashfs -l "$work/image.squashfs" | grep -x 'squashfs-root/AppRun' >/dev/null || fail "unsquashfs finds no AppRun"
# Listen plays through Qt Multimedia's audio output: the library and the PulseAudio client it
# links are carried (no media back-end plugin is used). The hotline's voice is the host's
# espeak-ng program (GPL-3+, run, never carried: docs/appimage.md).
unsquashfs -l "$work/image.squashfs" >"$work/image.list"
for lib in libQt6Multimedia.so.6 libpulse.so.0; do
    grep -qx "squashfs-root/usr/lib/$lib" "$work/image.list" || fail "the AppImage does not carry $lib"
done
grep -qi espeak "$work/image.list" && fail "the AppImage carries eSpeak NG; it uses the host's espeak-ng"
[ "$(dd if="$app" bs=1 skip=8 count=3 status=none | od -An -c | tr -d ' ')" = 'AI002' ] ||
    fail "the AppImage type-2 magic is missing"
signature=$(elf_section_text "$app" .sha256_sig)
[ "$("$app" --appimage-signature)" = "$signature" ] ||
    fail "--appimage-signature does not print the embedded signature"
echo "$signature" | grep -x -- '-----BEGIN PGP SIGNATURE-----' >/dev/null || fail "no armored signature in .sha256_sig"
[ "$("$app" --appimage-updateinformation)" = "zsync|$update_url" ] ||
    fail "--appimage-updateinformation printed: $("$app" --appimage-updateinformation)"
grep -qx "URL: $(basename "$app")" "$(dirname "$app")/$(basename "$update_url")" ||
    fail "no .zsync pointing at the AppImage beside it"

expected=$("$build/bin/allo-cli" --version)
screenshot_ok() { [ -s "$1" ] && [ "$(head -c 4 "$1" | tail -c 3)" = PNG ]; }
# Mounts and extracted copies are removed once the program has ended (the FUSE server unmounts
# when it notices, so this waits for it: at most 30 s, as a loaded 2-core machine once needed
# more than 10 s).
left() { find "$TMPDIR" -mindepth 1 -maxdepth 1 \( -name '.mount_*' -o -name 'appimage_extracted_*' \); }
nothing_left() {
    local _
    for _ in $(seq 300); do
        [ -z "$(left)" ] && return 0
        sleep 0.1
    done
    fail "left behind in TMPDIR after $1: $(left)"
}

if [ -r /dev/fuse ] && [ -w /dev/fuse ] && command -v fusermount3 >/dev/null; then
    [ "$("$app" cli --version)" = "$expected" ] || fail "through FUSE, 'cli --version' did not print $expected"
    ln -s "$app" "$work/allo-cli"
    [ "$("$work/allo-cli" --version)" = "$expected" ] || fail "through a link named allo-cli"
    nothing_left "allo-cli through FUSE"
    QT_QPA_PLATFORM=offscreen "$app" --profile "$work/profile-fuse" --screenshot "$work/fuse.png"
    screenshot_ok "$work/fuse.png" || fail "the console through FUSE saved no screenshot"
    nothing_left "the console through FUSE"
    echo "Through FUSE: allo-cli and the console (offscreen) ran"
else
    echo "SKIPPED the FUSE part: /dev/fuse is not readable and writable here, or fusermount3 (package fuse3) is missing"
fi

[ "$("$app" --appimage-extract-and-run cli --version)" = "$expected" ] ||
    fail "with --appimage-extract-and-run, 'cli --version' did not print $expected"
QT_QPA_PLATFORM=offscreen "$app" --appimage-extract-and-run --profile "$work/profile" \
    --screenshot "$work/extracted.png"
screenshot_ok "$work/extracted.png" || fail "the console (extract-and-run) saved no screenshot"
nothing_left "--appimage-extract-and-run"

# Every shared object loaded comes from the AppImage, or is one the host provides
# (excluded-libraries) or a library only those need.
loaded() { LD_DEBUG=files "$@" 2>&1 >/dev/null | sed -n 's/.*calling init: \(.*\)$/\1/p'; }
{
    loaded "$app" --appimage-extract-and-run cli validate "$sample"
    QT_QPA_PLATFORM=offscreen loaded "$app" --appimage-extract-and-run --profile "$work/profile" \
        --screenshot "$work/extracted.png"
    if command -v xvfb-run >/dev/null; then
        QT_QPA_PLATFORM=xcb xvfb-run -a env LD_DEBUG=files "$app" --appimage-extract-and-run \
            --profile "$work/profile" --screenshot "$work/xcb.png" 2>&1 >/dev/null |
            sed -n 's/.*calling init: \(.*\)$/\1/p'
    fi
} >"$work/loaded.all" || fail "a program run with LD_DEBUG=files failed"
sort -u "$work/loaded.all" >"$work/loaded"
for plugin in platforms/libqoffscreen.so sqldrivers/libqsqlite.so; do
    grep -q "^$TMPDIR/appimage_extracted_[^/]*/squashfs-root/usr/plugins/$plugin\$" "$work/loaded" ||
        fail "$plugin was not loaded from the AppImage"
done
grep -q "^$TMPDIR/appimage_extracted_[^/]*/squashfs-root/usr/lib/libQt6Multimedia.so.6\$" "$work/loaded" ||
    fail "the console did not load Qt Multimedia from the AppImage"
# The AppImage's allo-cli runs the host's espeak-ng (with AppRun's LD_LIBRARY_PATH inherited) and
# writes the phone line's A-law file.
espeak=$(command -v espeak-ng) || fail "no espeak-ng on this host: the AppImage's hotline voice is the host's"
"$app" --appimage-extract-and-run cli render --channel hotline --audio "$work/hotline.wav" "$sample" \
    >/dev/null || fail "the AppImage's allo-cli could not write the hotline audio with $espeak"
[ "$(soxi -e "$work/hotline.wav")" = A-law ] || fail "the AppImage's allo-cli wrote no A-law file"
echo "The hotline's voice: the host's $espeak (not in the AppImage) wrote $(soxi -D "$work/hotline.wav") s of A-law"
nothing_left "render --audio"
if command -v xvfb-run >/dev/null; then
    screenshot_ok "$work/xcb.png" || fail "the console on a virtual X display saved no screenshot"
    grep -q "/usr/plugins/platforms/libqxcb.so\$" "$work/loaded" || fail "the xcb plugin was not loaded"
fi
mapfile -t excluded < <(grep -v '^#' "$packaging/appimage/excluded-libraries" | grep -v '^$')
declare -A host_ok=()
allow() { # a host library and, recursively, what it needs
    local name path
    [ -z "${host_ok[$1]:-}" ] || return 0
    host_ok[$1]=1
    for name in $(readelf -d "$2" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        path=$(grep "/$name\$" "$work/loaded" | grep -v "^$TMPDIR/" | head -n 1) || true
        [ -z "$path" ] || allow "$name" "$path"
    done
}
while read -r path; do
    case $path in "$TMPDIR"/*) continue ;; esac
    for pattern in "${excluded[@]}"; do
        # shellcheck disable=SC2053
        [[ $(basename "$path") == $pattern ]] && allow "$(basename "$path")" "$path"
    done
done <"$work/loaded"
status=0
count=0
while read -r path; do
    case $path in "$TMPDIR"/*) continue ;; esac
    count=$((count + 1))
    [ -n "${host_ok[$(basename "$path")]:-}" ] || { echo "FAIL: $path was loaded from the host"; status=1; }
done <"$work/loaded"
[ $status -eq 0 ] || exit 1
echo "$(grep -c "^$TMPDIR/" "$work/loaded") shared objects loaded from the AppImage, $count from the host" \
    "(all allowed): $(grep -v "^$TMPDIR/" "$work/loaded" | xargs -n 1 basename | tr '\n' ' ')"

# The signature: good as made, bad after one flipped byte (in the squashfs, past the runtime).
"$packaging/verify-appimage.sh" --fingerprint "$fpr" "$app"
gpg --armor --export "$fpr" >"$work/key.asc"
"$packaging/verify-appimage.sh" --key "$work/key.asc" "$app" >/dev/null || fail "verification with --key"
gpg --batch --quiet --verify "$app.asc" "$app" 2>/dev/null || fail "the detached .asc does not verify"
(cd "$(dirname "$app")" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match"
"$packaging/verify-appimage.sh" --fingerprint 0000000000000000000000000000000000000000 "$app" >/dev/null &&
    fail "a signature by another key was accepted"
flipped=$work/flipped.AppImage
cp "$app" "$flipped"
at=$((offset + ($(stat -c %s "$app") - offset) / 2))
byte=$(od -An -t u1 -j "$at" -N 1 "$app" | tr -d ' ')
# shellcheck disable=SC2059 # the format is the octal escape of the flipped byte
printf "$(printf '\\%03o' $((byte ^ 255)))" | dd of="$flipped" bs=1 seek="$at" conv=notrunc status=none
cmp -s "$app" "$flipped" && fail "the byte was not flipped"
if "$packaging/verify-appimage.sh" --fingerprint "$fpr" "$flipped"; then
    fail "the embedded signature still verifies after a flipped byte at $at"
fi
gpg --batch --quiet --verify "$app.asc" "$flipped" 2>/dev/null && fail "the .asc verifies a changed file"
echo "OK in $((SECONDS - start)) s"
