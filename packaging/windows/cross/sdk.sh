#!/usr/bin/env bash
# Cross-builds the Windows SDK the programs link (Qt 6.4.2 modules, OpenSSL, SQLite, QtKeychain)
# from Debian's own source packages with MinGW-w64, into a cache folder keyed by the source
# versions and the flags. Every stage leaves a stamp when done, so an interrupted run resumes at
# the stage it was in, and a second run with the same key does nothing.
#   packaging/windows/cross/sdk.sh          build (or reuse) the SDK; prints its folder last
#   packaging/windows/cross/sdk.sh --path   print the SDK folder for this key only
# Environment: ALLO_WINDOWS_CACHE (default ~/.cache/allo-windows), JOBS (default 2).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${ALLO_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/allo-windows}
JOBS=${JOBS:-2}
MINGW=x86_64-w64-mingw32
TOOLCHAIN=$HERE/toolchain-mingw.cmake

# The Debian 12 source packages, pinned: the cache key follows them. qt6-* must match the host
# Qt (Debian's qt6-base-dev), whose moc/rcc/uic serve as the host tools.
SOURCES=(
    sqlite3=3.40.1-2+deb12u2
    openssl=3.0.20-1~deb12u2
    qt6-base=6.4.2+dfsg-10
    qt6-svg=6.4.2-2
    qt6-websockets=6.4.2-1
    qt6-httpserver=6.4.2-1
    qt6-speech=6.4.2-3
    qtkeychain=0.13.2-5
)

# SQLite as Debian builds it where the programs care: FTS5 for the drafts' full-text search.
SQLITE_DEFINES=(-DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS
    -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_COLUMN_METADATA
    -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_SECURE_DELETE
    -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_DEFAULT_FOREIGN_KEYS=0)
# libcrypto for the sandbox's certificates and the client's pin check, libssl for Qt's OpenSSL
# TLS back-end (loaded at run time; Schannel is the other one).
# The folders compiled into libcrypto (its openssl.cnf, engines and modules) must be ones only an
# administrator can write on Windows: a path such as /root/.cache/… would mean C:\root\.cache\…,
# where any local user could plant a configuration that loads their own code. So they are under
# the install folder (Configure prefixes --openssldir with it, which gives an impossible path:
# no openssl.cnf is read at all); the files are copied by hand, not installed.
OPENSSL_FLAGS=(mingw64 "--cross-compile-prefix=$MINGW-" --libdir=lib shared no-tests
    "--prefix=C:/Program Files/Allo Industrie/Console" "--openssldir=C:/Program Files/Common Files/SSL")
# Only what the programs use: Core Gui Widgets Network Sql (SQLite driver). Everything else is off
# to save build steps. wintab (tablet events) is removed from Debian's +dfsg tarball.
QTBASE_FLAGS=(-xplatform win32-g++ -device-option "CROSS_COMPILE=$MINGW-" -qt-host-path /usr
    -release -shared -nomake tests -nomake examples -no-opengl -qt-zlib -qt-pcre -qt-libpng
    -qt-libjpeg -qt-freetype -qt-harfbuzz -no-feature-tabletevent -no-icu -no-dbus
    -openssl-runtime -system-sqlite -no-feature-sql-odbc -no-feature-sql-psql
    -no-feature-sql-mysql -no-feature-sql-ibase -no-feature-sql-oci -no-feature-sql-db2
    -no-feature-testlib -no-feature-concurrent -no-feature-xml -no-feature-printsupport)

say() { printf '\033[1m==> [windows sdk] %s\033[0m\n' "$*"; }
die() { printf 'windows sdk: %s\n' "$*" >&2; exit 1; }

key() {
    {
        printf '%s\n' "${SOURCES[@]}" "${SQLITE_DEFINES[@]}" "${OPENSSL_FLAGS[@]}" "${QTBASE_FLAGS[@]}"
        $MINGW-g++-posix --version | head -1
        cat "$TOOLCHAIN"
    } | sha256sum | cut -c1-12
}

SDK=$CACHE/sdk-$(key)
PREFIX=$SDK/prefix
STAMPS=$SDK/stamps
BUILD=$SDK/build
SRC=$CACHE/src
if [ "${1:-}" = --path ]; then
    echo "$SDK"
    exit 0
fi
mkdir -p "$PREFIX" "$STAMPS" "$BUILD" "$SRC"
export ALLO_WINDOWS_SDK=$PREFIX
export CCACHE_BASEDIR=$CACHE

version_of() { local p; for p in "${SOURCES[@]}"; do [ "${p%%=*}" = "$1" ] && echo "${p#*=}"; done; }
upstream_of() { local v; v=$(version_of "$1"); v=${v#*:}; echo "${v%-*}"; }

# Runs stage NAME (function stage_NAME) unless its stamp exists; times it into the stamp.
stage() {
    local name=$1 start
    if [ -f "$STAMPS/$name.done" ]; then
        say "$name: done earlier ($(cat "$STAMPS/$name.done"))"
        return
    fi
    say "$name: building (log: $SDK/$name.log)"
    start=$(date +%s)
    # Progress: every 50th ninja step, and the errors. (grep finding nothing is no failure.)
    set +e
    "stage_$name" 2>&1 | tee "$SDK/$name.log" | grep --line-buffered -E '^\[[0-9]+/[0-9]+\]|^==>|rror' |
        awk -v n="$name" '/^\[/ { split(substr($1, 2), a, "/"); if (a[1] % 50 == 0 || a[1] == a[2]) { printf "    %s %s  %s\n", n, $1, strftime("%H:%M:%S"); fflush() } next } { print; fflush() }'
    local rc=${PIPESTATUS[0]}
    set -e
    [ "$rc" -eq 0 ] || die "$name failed: see $SDK/$name.log"
    echo "$(($(date +%s) - start)) s on $(date -u +%FT%TZ)" >"$STAMPS/$name.done"
    say "$name: done in $(($(date +%s) - start)) s"
}

# Fetches every source package that the mirror serves into $SRC (Debian patches applied). A
# package it does not serve is recorded in $STAMPS/NAME.unavailable and its stage is skipped.
stage_sources() {
    local p name dir
    cd "$SRC"
    for p in "${SOURCES[@]}"; do
        name=${p%%=*}
        dir=$(ls -d "$name"-"$(upstream_of "$name")"*/ 2>/dev/null | head -1 || true)
        [ -n "$dir" ] && continue
        [ "$name" = qtkeychain ] && dir=$(ls -d qtkeychain-*/ 2>/dev/null | head -1 || true)
        [ -n "$dir" ] && continue
        if ! apt-get source -qq "$p"; then
            echo "==> $p: the package mirror does not serve this source package; skipped"
            touch "$STAMPS/$name.unavailable"
        fi
    done
}

srcdir() {
    local d
    d=$(ls -d "$SRC/$1-$(upstream_of "$1")"*/ 2>/dev/null | head -1)
    [ -n "$d" ] || d=$(ls -d "$SRC/$1"-*/ 2>/dev/null | grep -v '\.orig' | head -1)
    [ -n "$d" ] || die "no source folder for $1 in $SRC"
    echo "${d%/}"
}

# SQLite: the amalgamation is generated on the host (tclsh), then compiled as a static library
# that the Qt SQL driver links, so no extra DLL ships.
stage_sqlite() {
    local src b
    src=$(srcdir sqlite3)
    b=$BUILD/sqlite
    mkdir -p "$b" && cd "$b"
    [ -f Makefile ] || "$src/configure" --disable-tcl >/dev/null
    make sqlite3.c sqlite3.h >/dev/null
    [ -f sqlite3.o ] || $MINGW-gcc-posix -O2 "${SQLITE_DEFINES[@]}" -c sqlite3.c -o sqlite3.o.part
    [ -f sqlite3.o ] || mv sqlite3.o.part sqlite3.o
    $MINGW-ar rcs libsqlite3.a sqlite3.o
    mkdir -p "$PREFIX/include" "$PREFIX/lib"
    cp sqlite3.h "$src/src/sqlite3ext.h" "$PREFIX/include/" 2>/dev/null || cp sqlite3.h "$PREFIX/include/"
    cp libsqlite3.a "$PREFIX/lib/"
}

stage_openssl() {
    local src b
    src=$(srcdir openssl)
    b=$BUILD/openssl
    mkdir -p "$b" && cd "$b"
    [ -f Makefile ] || "$src/Configure" "${OPENSSL_FLAGS[@]}"
    # The DLLs and their import libraries only: build_libs would compile libcrypto twice, once
    # more for a static library nothing here links.
    make build_generated
    make -j"$JOBS" libcrypto-3-x64.dll libssl-3-x64.dll
    mkdir -p "$PREFIX/include/openssl" "$PREFIX/lib" "$PREFIX/bin"
    cp "$src"/include/openssl/*.h include/openssl/*.h "$PREFIX/include/openssl/"
    cp libcrypto.dll.a libssl.dll.a "$PREFIX/lib/"
    cp libcrypto-3-x64.dll libssl-3-x64.dll "$PREFIX/bin/"
}

# A Qt module of the Debian sources, configured with the cross-built qtbase's qt-cmake.
qt_module() {
    local name=$1 src b
    shift
    src=$(srcdir "$name")
    b=$BUILD/$name
    mkdir -p "$b" && cd "$b"
    [ -f build.ninja ] || "$PREFIX/bin/qt-configure-module" "$src" "$@"
    ninja -j"$JOBS"
    ninja install
}

# qtbase is built in the SDK's prefix itself (-prefix = build folder: nothing to install, and
# every Qt library is usable as soon as it is linked). The libraries allo-cli.exe needs come
# first (stage qtbase_cli), so the command-line program can be built and tried while Gui and
# Widgets are still compiling (stage qtbase).
QTBASE_CLI_TARGETS=(Core Network Sql QSQLiteDriverPlugin QSchannelBackendPlugin
    QTlsBackendOpenSSLPlugin QTlsBackendCertOnlyPlugin)
qtbase_configure() {
    local src
    src=$(srcdir qt6-base)
    cd "$PREFIX"
    # configure only once: a resumed run goes straight back to ninja, which continues.
    [ -f build.ninja ] || "$src/configure" -prefix "$PREFIX" "${QTBASE_FLAGS[@]}" -- -G Ninja \
        "-DCMAKE_TOOLCHAIN_FILE=$TOOLCHAIN" "-DALLO_WINDOWS_SDK=$PREFIX" \
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        "-DOPENSSL_ROOT_DIR=$PREFIX" "-DSQLite3_INCLUDE_DIR=$PREFIX/include" \
        "-DSQLite3_LIBRARY=$PREFIX/lib/libsqlite3.a" \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
}

stage_qtbase_cli() {
    qtbase_configure
    ninja -j"$JOBS" "${QTBASE_CLI_TARGETS[@]}"
}

stage_qtbase() {
    qtbase_configure
    ninja -j"$JOBS"
}

stage_qtsvg() { qt_module qt6-svg; }
stage_qtwebsockets() { qt_module qt6-websockets; }
stage_qthttpserver() { qt_module qt6-httpserver; }
stage_qtspeech() { qt_module qt6-speech; }

stage_qtkeychain() {
    local src b
    src=$(srcdir qtkeychain)
    b=$BUILD/qtkeychain
    mkdir -p "$b" && cd "$b"
    [ -f build.ninja ] || "$PREFIX/bin/qt-cmake" -S "$src" -B . -G Ninja \
        -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
        -DCMAKE_BUILD_TYPE=Release "-DCMAKE_INSTALL_PREFIX=$PREFIX"
    ninja -j"$JOBS"
    ninja install
}

say "SDK folder: $SDK"
stage sources
stage sqlite
stage openssl
stage qtbase_cli
stage qtbase
for m in qtsvg:qt6-svg qtwebsockets:qt6-websockets qthttpserver:qt6-httpserver qtspeech:qt6-speech qtkeychain:qtkeychain; do
    if [ -f "$STAMPS/${m#*:}.unavailable" ]; then
        say "${m%%:*}: skipped, its Debian source package could not be fetched"
        continue
    fi
    stage "${m%%:*}"
done
echo "$SDK"
