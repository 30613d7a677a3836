#!/usr/bin/env bash
# The AppImage's menu integration, through its real entry point (AppRun, as the runtime starts it
# with APPDIR and APPIMAGE set): menu-install writes a valid .desktop entry starting this AppImage
# by its absolute path (quoted, spaces included) and the icon; menu-remove deletes both; neither
# touches an entry it did not write; a path that Exec cannot carry safely is refused.
# Usage: appimage_menu_check.sh SOURCE_DIR
set -uo pipefail
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

app_id=com.allo_industrie.Console
appdir=$work/AppDir
mkdir -p "$appdir"
cp "$source_dir/packaging/linux/appimage/AppRun" "$appdir/AppRun"
cp "$source_dir/packaging/linux/$app_id.desktop" "$appdir/"
cp "$source_dir/resources/icons/app/$app_id.svg" "$appdir/"
export XDG_DATA_HOME=$work/data HOME=$work/home
entry=$XDG_DATA_HOME/applications/$app_id.desktop
icon=$XDG_DATA_HOME/icons/hicolor/scalable/apps/$app_id.svg
image="$work/Mes applis/Allo Industrie.AppImage"
run() { APPDIR=$appdir APPIMAGE=$1 sh "$appdir/AppRun" "${@:2}"; }

run "$image" menu-install >/dev/null || fail "menu-install failed"
[ -f "$entry" ] || fail "no entry written at $entry"
[ -f "$icon" ] || fail "no icon written at $icon"
desktop-file-validate "$entry" || fail "the written entry is not valid"
grep -qx "Exec=\"$image\"" "$entry" || fail "Exec is not the quoted AppImage path: $(grep '^Exec=' "$entry")"
[ "$(grep -c '^Exec=' "$entry")" = 1 ] || fail "more than one Exec line"
run "$image" menu-install >/dev/null || fail "menu-install again (after moving the file) failed"

run "$image" menu-remove >/dev/null || fail "menu-remove failed"
[ ! -e "$entry" ] && [ ! -e "$icon" ] || fail "menu-remove left the entry or the icon"

# An entry this AppImage did not write (the user's own) is left alone by both.
mkdir -p "$(dirname "$entry")"
cp "$appdir/$app_id.desktop" "$entry"
run "$image" menu-install >/dev/null 2>&1 && fail "menu-install overwrote an entry it did not write"
run "$image" menu-remove >/dev/null 2>&1 && fail "menu-remove deleted an entry it did not write"
cmp -s "$entry" "$appdir/$app_id.desktop" || fail "the user's own entry was changed"
rm "$entry"

for bad in "$work/a\$(touch $work/owned).AppImage" "$work/a\"b.AppImage" "relative.AppImage"; do
    run "$bad" menu-install >/dev/null 2>&1 && fail "menu-install accepted the path $bad"
    [ ! -e "$entry" ] || { fail "an entry was written for $bad"; rm -f "$entry"; }
done
[ ! -e "$work/owned" ] || fail "a command in the path was run"
[ $status -ne 0 ] || echo "menu entry and icon written, valid, removed; foreign entries and unsafe paths refused"
exit $status
