#!/usr/bin/env bash
# Fills an AppDir with allo-console, allo-cli and allo-sandbox and everything they load at run
# time. The project's install rules put the programs (stripped, without their build RPATH), the
# desktop entry, the AppStream metainfo and the icons under usr/; this adds the libraries they
# link (readelf + the ld.so cache), the Qt plugins they load (not linked, so named here),
# QtKeychain and libsecret (opened with dlopen), Qt's French translation, AppRun and qt.conf.
# See docs/appimage.md.
# Usage: make-appdir.sh BUILD_DIR APPDIR
set -euo pipefail
build=$(cd "$1" && pwd)
appdir=$2
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
app_id=com.allo_industrie.Console
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)
multiarch_lib=/usr/lib/$(gcc -dumpmachine)

# Plugin folder -> the plugins taken (all of a folder when empty).
declare -A plugins=(
    [platforms]="libqxcb.so libqoffscreen.so libqminimal.so"
    [xcbglintegrations]=""
    [platforminputcontexts]=""
    [sqldrivers]="libqsqlite.so"
    [tls]="libqopensslbackend.so libqcertonlybackend.so"
    [imageformats]="libqsvg.so libqgif.so libqico.so libqjpeg.so"
    [iconengines]="libqsvgicon.so"
    [networkinformation]=""
)
# No NEEDED entry names these: QtKeychain opens libsecret with dlopen, the xcb plugin libXcursor,
# the TLS plugin libssl and libcrypto.
extra_libraries=(libsecret-1.so.0 libXcursor.so.1 libssl.so.3)
# The TLS plugin tries the unversioned names first: these links keep it on the bundled OpenSSL
# (otherwise a host with libssl-dev gets a second libcrypto in the process).
unversioned_links=(libssl.so.3 libcrypto.so.3)

for program in allo-console allo-cli allo-sandbox; do
    [ -x "$build/bin/$program" ] || { echo "$build/bin/$program is missing: build it first" >&2; exit 1; }
done
rm -rf "$appdir"
mkdir -p "$appdir"/usr/{lib,plugins,translations}
cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null
rm -rf "$appdir/usr/share/lintian" # the Debian package's, meaningless in an AppImage
for dir in "${!plugins[@]}"; do
    mkdir -p "$appdir/usr/plugins/$dir"
    names=${plugins[$dir]}
    [ -n "$names" ] || names=$(cd "$qt_plugins/$dir" && ls -- *.so)
    for name in $names; do
        cp "$qt_plugins/$dir/$name" "$appdir/usr/plugins/$dir/"
    done
done
for name in "${extra_libraries[@]}"; do
    cp -L "$multiarch_lib/$name" "$appdir/usr/lib/$name"
done

# Libraries: follow the NEEDED entries from the programs and plugins, stopping at the ones the
# host provides (excluded-libraries). The ld.so cache says where each name is on this machine.
mapfile -t excluded < <(grep -v '^#' "$here/appimage/excluded-libraries" | grep -v '^$')
is_excluded() {
    local pattern
    for pattern in "${excluded[@]}"; do
        # shellcheck disable=SC2053
        [[ $1 == $pattern ]] && return 0
    done
    return 1
}
declare -A location=() taken=()
while read -r name path; do
    [ -n "${location[$name]:-}" ] || location[$name]=$path
done < <(ldconfig -p | sed -n 's/^[[:space:]]*\([^ ]*\) (libc6,x86-64.*) => \(.*\)$/\1 \2/p')
queue=("$appdir"/usr/bin/allo-* "$appdir"/usr/plugins/*/*.so "$appdir"/usr/lib/*.so*)
i=0
while [ $i -lt ${#queue[@]} ]; do
    elf=${queue[$i]}
    i=$((i + 1))
    for name in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        if is_excluded "$name" || [ -n "${taken[$name]:-}" ] || [ -e "$appdir/usr/lib/$name" ]; then
            continue
        fi
        path=${location[$name]:-}
        # Not in the cache: found through the needing library's RUNPATH (libpulsecommon).
        [ -n "$path" ] || path=$(ldd "$elf" | sed -n "s/^[[:space:]]*$name => \(\/[^ ]*\) .*/\1/p")
        [ -n "$path" ] || { echo "$name (needed by $elf) is not found on this machine" >&2; exit 1; }
        cp -L "$path" "$appdir/usr/lib/$name"
        taken[$name]=1
        queue+=("$appdir/usr/lib/$name")
    done
done

for name in "${unversioned_links[@]}"; do
    ln -s "$name" "$appdir/usr/lib/${name%.so.*}.so"
done

# Qt's own strings (dialog buttons, ...) in French; the project's catalogues are inside the
# programs (:/i18n).
cp "$qt_translations/qtbase_fr.qm" "$appdir/usr/translations/"

cp "$here/appimage/AppRun" "$appdir/AppRun"
cp "$here/appimage/qt.conf" "$appdir/usr/bin/qt.conf"
# The specification wants the desktop entry and its icon at the top as well.
cp "$here/$app_id.desktop" "$appdir/$app_id.desktop"
cp "$source_dir/resources/icons/app/$app_id.svg" "$appdir/$app_id.svg"
cp "$source_dir/resources/icons/app/$app_id-256.png" "$appdir/.DirIcon"
echo "AppDir: $(find "$appdir/usr/lib" -name '*.so*' | wc -l) libraries," \
    "$(find "$appdir/usr/plugins" -name '*.so' | wc -l) plugins, $(du -sh "$appdir" | cut -f1)"
