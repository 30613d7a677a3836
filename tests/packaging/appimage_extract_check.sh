#!/usr/bin/env bash
# --appimage-extract against a local attacker and hostile images, with the real runtime on a
# tiny AppImage (mksquashfs of a small AppDir appended to it): links planted in an existing
# squashfs-root (to a victim's file, to a folder) are refused, the victim's files untouched; an
# image whose entry names were patched byte by byte into "..", "../evil" or a duplicate of a
# link's name is refused before anything is written anywhere; setuid, setgid and sticky bits are
# dropped and the umask applies; links in the image are written as links; a pattern and
# --appimage-extract-and-run still work.
# Usage: appimage_extract_check.sh RUNTIME
set -euo pipefail
runtime=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
umask 022
export LC_ALL=C
export TMPDIR=$work/tmp
mkdir "$TMPDIR" "$work/elsewhere" "$work/victim"
start=$SECONDS

# The victim's file, which another local user tries to make the extraction overwrite.
victim=$work/victim/.bashrc
echo 'alias ls="ls --color"' >"$victim"
chmod 644 "$victim"
cp -p "$victim" "$work/victim.orig"
victim_intact() {
    cmp -s "$victim" "$work/victim.orig" || fail "$1: the victim's file was overwritten"
    [ "$(stat -c %a "$victim")" = 644 ] || fail "$1: the victim's file is now mode $(stat -c %a "$victim")"
}
elsewhere_empty() {
    [ -z "$(ls -A "$work/elsewhere")" ] || fail "$1: files were written through a link: $(ls -A "$work/elsewhere")"
}

# The AppDir. QQ, SLASHED, LNL and FLL are the names patched below; LNK and FLK are links to
# outside, which an extraction writes as links and never follows.
app_dir=$work/AppDir
mkdir -p "$app_dir/usr/bin" "$app_dir/shared" "$app_dir/QQ" "$app_dir/LNL"
# shellcheck disable=SC2016 # $APPDIR is AppRun's, expanded when it runs
printf '#!/bin/sh\necho "AppRun ran in $APPDIR"\n' >"$app_dir/AppRun"
echo tool >"$app_dir/usr/bin/tool"
echo notes >"$app_dir/shared/notes"
echo escaped >"$app_dir/QQ/escaped"
echo evil >"$app_dir/SLASHED"
echo pwned >"$app_dir/LNL/pwned"
printf '#!/bin/sh\necho pwned\n' >"$app_dir/FLL"
ln -s ../../AppRun "$app_dir/usr/bin/apprun"
ln -s "$work/elsewhere" "$app_dir/LNK"
ln -s "$victim" "$app_dir/FLK"
chmod 755 "$app_dir/AppRun" "$app_dir/FLL"
chmod 4755 "$app_dir/usr/bin/tool"
chmod 3777 "$app_dir/shared"
chmod 666 "$app_dir/shared/notes"
# Uncompressed tables and data, so the names can be found and patched in the bytes.
mksquashfs "$app_dir" "$work/good.squashfs" -all-root -noI -noD -noF -noX -no-xattrs -noappend \
    -no-progress -quiet >/dev/null
make_appimage() { cat "$runtime" "$2" >"$1" && chmod 755 "$1"; }
make_appimage "$work/good.AppImage" "$work/good.squashfs"

# A copy of the good image with the entry name $2 replaced by $3 (same length).
patched() {
    local at
    at=$(grep -obUa -- "$2" "$work/good.squashfs" | cut -d: -f1)
    [ "$(echo "$at" | wc -w)" = 1 ] || fail "the name $2 is not in the image exactly once: $at"
    cp "$work/good.squashfs" "$work/$1.squashfs"
    printf '%s' "$3" | dd of="$work/$1.squashfs" bs=1 seek="$at" conv=notrunc status=none
    make_appimage "$work/$1.AppImage" "$work/$1.squashfs"
}
patched dotdot QQ ..             # a folder named "..": its file would land beside squashfs-root
patched slash SLASHED ../evil    # a file whose name climbs out
patched dirlink LNL LNK          # a folder with the name of the link before it, to elsewhere
patched filelink FLL FLK         # a file with the name of the link before it, to the victim

# Runs `APPIMAGE --appimage-extract [PATTERN]` in a new folder $1, output in $1.out.
extract() {
    local dir=$work/$1 app=$2
    shift 2
    mkdir -p "$dir"
    (cd "$dir" && "$app" --appimage-extract "$@") >"$dir.out" 2>&1
}

# The good image: extracted, bits masked, links kept as links, nothing followed.
extract good "$work/good.AppImage" >/dev/null || fail "the good image was not extracted: $(cat "$work/good.out")"
root=$work/good/squashfs-root
cmp -s "$root/AppRun" "$app_dir/AppRun" || fail "AppRun differs from the AppDir's"
mode() { stat -c %a "$root/$1"; }
[ "$(mode AppRun)" = 755 ] || fail "AppRun is mode $(mode AppRun), not 755"
[ "$(mode usr/bin/tool)" = 755 ] || fail "setuid 4755 in the image became $(mode usr/bin/tool), not 755"
[ "$(mode shared)" = 755 ] || fail "a 3777 folder (setgid, sticky, writable by all) became $(mode shared), not 755 under umask 022"
[ "$(mode shared/notes)" = 644 ] || fail "a 666 file became $(mode shared/notes), not 644 under umask 022"
[ "$(readlink "$root/usr/bin/apprun")" = ../../AppRun ] || fail "the relative link was not kept"
[ "$(readlink "$root/LNK")" = "$work/elsewhere" ] || fail "the link to a folder outside was not kept as a link"
[ "$(readlink "$root/FLK")" = "$victim" ] || fail "the link to a file outside was not kept as a link"
victim_intact "the good image"
elsewhere_empty "the good image"

# A pattern: the matching files and their parent folders only.
extract pattern "$work/good.AppImage" 'usr/bin/*' >/dev/null || fail "extracting usr/bin/* failed: $(cat "$work/pattern.out")"
[ "$(cd "$work/pattern/squashfs-root" && find . | sort | tr '\n' ' ')" = '. ./usr ./usr/bin ./usr/bin/apprun ./usr/bin/tool ' ] ||
    fail "usr/bin/* extracted: $(cd "$work/pattern/squashfs-root" && find . | sort | tr '\n' ' ')"

# Another local user plants links in squashfs-root in a shared folder before the victim extracts.
refused_existing() {
    extract "$1" "$work/good.AppImage" && fail "$2: the extraction into an existing squashfs-root succeeded"
    grep -q 'squashfs-root already exists. Remove or move it, or extract from another folder' "$work/$1.out" ||
        fail "$2: not the message for an existing folder: $(cat "$work/$1.out")"
    victim_intact "$2"
    elsewhere_empty "$2"
}
mkdir -p "$work/planted-file/squashfs-root"
ln -s "$victim" "$work/planted-file/squashfs-root/AppRun"
refused_existing planted-file "squashfs-root/AppRun -> the victim's file"
mkdir -p "$work/planted-dest"
ln -s "$work/elsewhere" "$work/planted-dest/squashfs-root"
refused_existing planted-dest "squashfs-root -> a folder elsewhere"
mkdir -p "$work/planted-usr/squashfs-root"
ln -s "$work/elsewhere" "$work/planted-usr/squashfs-root/usr"
refused_existing planted-usr "squashfs-root/usr -> a folder elsewhere"

# Hostile images: refused before anything is written, and nothing lands outside.
refused_names() {
    extract "$1" "$work/$1.AppImage" && fail "$1: the hostile image was extracted"
    grep -q "Refusing to extract .*: the entry \"$2\" in its image is not a single file name" "$work/$1.out" ||
        fail "$1: not the message for the entry $2: $(cat "$work/$1.out")"
    # Not even beside squashfs-root, where "../escaped" and "../evil" would land.
    [ -z "$(ls -A "$work/$1")" ] || fail "$1: files were written: $(ls -A "$work/$1")"
}
refused_names dotdot '\.\.'
refused_names slash '\.\./evil'
# Valid names, but the second entry of each pair would go through the link the first one made.
refused_duplicate() {
    extract "$1" "$work/$1.AppImage" && fail "$1: the image was extracted through its own link"
    grep -q "Cannot write squashfs-root/$2: File exists" "$work/$1.out" ||
        fail "$1: not the message for $2: $(cat "$work/$1.out")"
    victim_intact "$1"
    elsewhere_empty "$1"
}
refused_duplicate dirlink LNK
refused_duplicate filelink FLK

# Extract-and-run: a new folder in a private temporary one, removed afterwards; a hostile image
# is refused there too, and writes nothing beside it.
output=$("$work/good.AppImage" --appimage-extract-and-run) || fail "--appimage-extract-and-run failed: $output"
[[ $output == "AppRun ran in $TMPDIR"/appimage_extracted_*/squashfs-root ]] ||
    fail "--appimage-extract-and-run printed: $output"
"$work/dotdot.AppImage" --appimage-extract-and-run >"$work/run.out" 2>&1 &&
    fail "--appimage-extract-and-run ran a hostile image"
grep -q 'Refusing to extract' "$work/run.out" || fail "extract-and-run of a hostile image: $(cat "$work/run.out")"
[ -z "$(ls -A "$TMPDIR")" ] || fail "left in TMPDIR: $(ls -A "$TMPDIR")"
echo "OK in $((SECONDS - start)) s: 3 planted links and 4 hostile images refused, modes masked"
