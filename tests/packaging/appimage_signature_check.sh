#!/usr/bin/env bash
# The runtime's signature check, with the real runtime (a test build whose trusted-key path is
# in the build tree) on small AppImages packed and signed by pack-appimage.sh. With the release
# key installed there: a good image runs, mounts and extracts; one whose squashfs had a byte
# flipped, one whose payload an attacker replaced (keeping the signed runtime part), one signed
# by another key and an unsigned one are refused on every path (FUSE, --appimage-extract-and-run,
# APPIMAGE_EXTRACT_AND_RUN=1, --appimage-extract, --appimage-mount) with their message, and
# nothing of theirs runs or is left behind; the file swapped for the attacker's during the check
# still runs what was checked; gpgv missing from PATH refuses even the good image;
# an armored key is refused with the command that installs it right. Without the key, every
# image runs as before, the attacker's too, which shows the check is what stops it.
# Usage: appimage_signature_check.sh TEST_RUNTIME TRUSTED_KEY_PATH
set -euo pipefail
runtime=$1
trusted=$2
packaging=$(cd "$(dirname "$0")/../../packaging/linux" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -f "$trusted"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export TMPDIR=$work/tmp GNUPGHOME=$work/gnupg LC_ALL=C
mkdir -p "$TMPDIR" "$(dirname "$trusted")"
mkdir -m 700 "$GNUPGHOME"
rm -f "$trusted"
start=$SECONDS

for who in release foreign; do
    gpg --batch --quiet --passphrase '' --quick-gen-key "Allo $who <$who@example.invalid>" \
        ed25519 sign 1d 2>/dev/null
done
fuse=false
if [ -r /dev/fuse ] && [ -w /dev/fuse ] && command -v fusermount3 >/dev/null; then fuse=true; fi

# AppDirs whose AppRun says who made it; ZSTD_LEVEL=1: the check is about signatures, not size.
appdir() {
    mkdir -p "$work/$1"
    printf '#!/bin/sh\necho "%s AppRun ran"\n' "$2" >"$work/$1/AppRun"
    chmod 755 "$work/$1/AppRun"
}
appdir AppDir release
appdir EvilDir PWNED
pack() { ZSTD_LEVEL=1 "$packaging/pack-appimage.sh" "$work/AppDir" "$runtime" "$work/$1.AppImage" "${@:2}" >/dev/null; }
pack good release@example.invalid
pack foreign foreign@example.invalid
pack unsigned
good=$work/good.AppImage
offset=$("$good" --appimage-offset)

# One flipped byte in the middle of the squashfs.
cp "$good" "$work/flipped.AppImage"
at=$((offset + ($(stat -c %s "$good") - offset) / 2))
byte=$(od -An -t u1 -j "$at" -N 1 "$good" | tr -d ' ')
# shellcheck disable=SC2059 # the format is the octal escape of the flipped byte
printf "$(printf '\\%03o' $((byte ^ 255)))" | dd of="$work/flipped.AppImage" bs=1 seek="$at" conv=notrunc status=none
cmp -s "$good" "$work/flipped.AppImage" && fail "the byte was not flipped"
# The attacker's move: the signed runtime part (its signature sections included) with their own
# squashfs behind it.
mksquashfs "$work/EvilDir" "$work/evil.squashfs" -root-owned -noappend -no-progress -quiet >/dev/null
{ head -c "$offset" "$good" && cat "$work/evil.squashfs"; } >"$work/payload.AppImage"
chmod 755 "$work/flipped.AppImage" "$work/payload.AppImage"

left() { find "$TMPDIR" -mindepth 1 -maxdepth 1; }
nothing_left() {
    local _
    for _ in $(seq 100); do
        [ -z "$(left)" ] && return 0
        sleep 0.1
    done
    fail "left behind in TMPDIR after $1: $(left)"
}

# Runs image $1 on path $2, prints its output (stdout and stderr) and fails on a non-zero exit.
run() {
    local app=$work/$1.AppImage dir
    case $2 in
    fuse) "$app" ;;
    extract-and-run) "$app" --appimage-extract-and-run ;;
    env) APPIMAGE_EXTRACT_AND_RUN=1 "$app" ;;
    extract)
        # A copy that ran is removed; one a refusal left is found by refused().
        dir=$(mktemp -d "$work/extract.XXXXXX")
        (cd "$dir" && "$app" --appimage-extract >/dev/null && sh squashfs-root/AppRun) &&
            rm -rf "$dir"
        ;;
    mount)
        # Mounted, it prints the folder and waits: run its AppRun from there, then stop it. A
        # refused one prints why and ends at once. Not a coproc: bash unsets a coproc's PID
        # variable when it has already ended, which a fast refusal did (set -u then failed).
        local pid mounted status=1 out=$work/mount.out
        : >"$out"
        "$app" --appimage-mount >"$out" 2>&1 &
        pid=$!
        while [ "$(wc -l <"$out")" -eq 0 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
        mounted=$(head -n 1 "$out")
        if [ -d "$mounted" ]; then sh "$mounted/AppRun" && status=0; else cat "$out"; fi
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        rm -f "$out"
        return $status
        ;;
    esac 2>&1
}
paths=(extract-and-run env extract mount)
$fuse && paths+=(fuse)

# $1 image runs on every path and prints $2.
runs() {
    local path output
    for path in "${paths[@]}"; do
        output=$(run "$1" "$path") || fail "$3: $1 on $path did not run: $output"
        [ "$output" = "$2 AppRun ran" ] || fail "$3: $1 on $path printed: $output"
        nothing_left "$1 on $path"
    done
}
# $1 image is refused on every path with a message matching $2, and nothing of it runs.
refused() {
    local path output
    for path in "${paths[@]}"; do
        output=$(run "$1" "$path") && fail "$1 on $path was not refused: $output"
        [[ $output == *"AppRun ran"* ]] && fail "$1 on $path ran: $output"
        local action=run
        case $path in extract | mount) action=$path ;; esac
        [[ $output == "Refusing to $action $work/$1.AppImage: "$2* ]] ||
            fail "$1 on $path: not the expected message: $output"
        nothing_left "$1 refused on $path"
    done
    [ -z "$(find "$work" -maxdepth 2 -name squashfs-root)" ] || fail "$1: something was extracted"
}

# No key installed: everything runs as before, the attacker's payload too.
runs good release "no key"
runs unsigned release "no key"
runs foreign release "no key"
runs payload PWNED "no key (this is what the check stops)"
output=$(PATH=$work/nowhere run good extract-and-run) || fail "no key, no gpgv: the good image did not run: $output"
echo "No key: signed, unsigned, foreign-signed and tampered images run as before, gpgv not needed"

gpg --export release@example.invalid >"$trusted"
runs good release "release key installed"
refused flipped "its signature does not match its contents: it was changed or damaged after it was signed."
refused payload "its signature does not match its contents"
refused foreign "it is signed by the key $(gpg --with-colons --list-keys foreign@example.invalid 2>/dev/null |
    awk -F: '$1 == "pub" { print $5; exit }'), not by the release key this computer trusts ($trusted)."
refused unsigned "it is not signed, and this computer only runs AppImages signed by the release key in $trusted."
# The swap: the file at the AppImage's path is replaced by the attacker's while the runtime checks
# it. To hit that moment every time, the gpgv first in PATH does the swap, then runs the real one.
# What runs must be what was checked (read from the file already open), not what is now there.
mkdir "$work/swapper"
printf '#!/bin/sh\nmv -f "%s" "%s"\nexec %s "$@"\n' "$work/swap-evil.AppImage" "$work/swap.AppImage" \
    "$(command -v gpgv)" >"$work/swapper/gpgv"
chmod 755 "$work/swapper/gpgv"
for path in "${paths[@]}"; do
    cp "$good" "$work/swap.AppImage"
    cp "$work/payload.AppImage" "$work/swap-evil.AppImage"
    output=$(PATH=$work/swapper:$PATH run swap "$path") || fail "swap on $path: $output"
    cmp -s "$work/swap.AppImage" "$work/payload.AppImage" || fail "swap on $path: the file was not swapped"
    [ "$output" = "release AppRun ran" ] || fail "swap on $path: what ran is not what was checked: $output"
    nothing_left "swap on $path"
done

mkdir "$work/nowhere"
output=$(PATH=$work/nowhere run good extract-and-run) && fail "gpgv missing: the good image ran: $output"
[[ $output == *"but gpgv, which checks the signatures, cannot be started (No such file or directory). Install it (Debian package gpgv)"* ]] ||
    fail "gpgv missing: $output"
output=$(PATH=$work/nowhere "$good" 2>&1) && fail "gpgv missing: the good image ran on the default path: $output"
nothing_left "gpgv missing"
gpg --armor --export release@example.invalid >"$trusted"
output=$(run good env) && fail "an armored key was used: $output"
[[ $output == *"is in text (armored) form, which gpgv cannot read. Ask your administrator to install it in binary form: gpg --export FINGERPRINT > $trusted" ]] ||
    fail "armored key: $output"
echo "Release key installed: the good image ran on ${#paths[*]} paths (${paths[*]}); flipped byte," \
    "replaced payload, foreign key and no signature refused on each; a file swapped during the" \
    "check ran what was checked; gpgv missing and an armored key refused"
$fuse || echo "SKIPPED the FUSE path: /dev/fuse is not readable and writable here, or fusermount3 (package fuse3) is missing"
echo "OK in $((SECONDS - start)) s"
