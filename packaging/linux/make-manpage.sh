#!/bin/sh
# Writes PROGRAM's manual page, gzipped as Debian wants it (-9, no name or time stamp), from its
# own --help and --version, so the page never drifts from the program. Run in English with no
# display and an empty configuration, so neither the builder's settings nor their desktop change it.
# Usage: make-manpage.sh PROGRAM "WHAT IT IS" OUT.1.gz
set -eu
program=$1
name=$2
out=$3
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE LC_ALL=C.UTF-8 HOME="$home" \
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    PATH="$(dirname "$program"):/usr/bin:/bin" \
    help2man --no-info --no-discard-stderr --section=1 --source="Allo Industrie" \
    --name="$name" "$(basename "$program")" >"$home/page.1"
gzip -9n <"$home/page.1" >"$out"
