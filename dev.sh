#!/usr/bin/env bash
# The project's one entry point for developers and CI. See README.md.
#   ./dev.sh run [ARGS]    install what is missing, build, start the console (default: --sandbox)
#   ./dev.sh test          install, build (warnings as errors), run the whole suite headless
#   ./dev.sh build         install and build only
#   ./dev.sh translations  refresh translations/*.ts from the sources (lupdate)
#   ./dev.sh screenshots   save the console's main states into docs/screenshots/ (README)
#   ./dev.sh lint          clang-format check and clang-tidy over the sources
#   ./dev.sh bench         build, then run every benchmark and print its figures
#   ./dev.sh check ARGS    run ctest headless on an existing build (e.g. check -R outbox)
#   ./dev.sh appimage [KEY] build the AppImage into build/AppImage/, signed with gpg key KEY
#                          (APPIMAGE_UPDATE_URL=http://…/NAME.zsync: its update channel)
#   ./dev.sh apt-repo KEY  add the Debian package to the signed apt repository build/apt-repo/public
#   ./dev.sh apt-chroot    a clean Debian 12 chroot installs and upgrades it from that repository
#   ./dev.sh windows [PFX] cross-build the Windows programs and the signed MSI into build-windows/
#                          (first run: hours for the SDK, cached in ~/.cache/allo-windows)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}

# Debian 12 / Ubuntu packages the build, the tests and the programs need.
PACKAGES=(
    cmake ninja-build g++ pkg-config tzdata
    qt6-base-dev libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-translations-l10n qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-multimedia-dev qtkeychain-qt6-dev
    libsqlite3-dev libssl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core imagemagick
    libxml2-utils clang clang-format clang-tidy libclang-rt-14-dev
    desktop-file-utils appstream openssl curl
    msitools wixl osslsigncode
    squashfs-tools libfuse3-dev libsquashfuse-dev libzstd-dev zlib1g-dev liblzma-dev liblz4-dev
    liblzo2-dev fuse3 gnupg gpgv zsync
    help2man lintian reprepro
    espeak-ng libsamplerate0-dev sox
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#PACKAGES[@]} packages are present"
        return
    fi
    if ! command -v apt-get >/dev/null; then
        echo "Missing packages: ${missing[*]}" >&2
        echo "This script installs them with apt-get (Debian 12 or Ubuntu); install them by hand elsewhere." >&2
        exit 1
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# twitter-text 3.1.0 (npm) is the reference the X counter is tested and benchmarked against.
install_node_reference() {
    if ! command -v npm >/dev/null; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        say "Installing Node.js and npm (Debian packages) for the twitter-text reference"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    if [ ! -d tools/twitter-text/node_modules/twitter-text ]; then
        say "Installing the twitter-text reference into tools/twitter-text/node_modules"
        npm ci --prefix tools/twitter-text --no-audit --no-fund --loglevel=error
    fi
}

build() {
    install_packages
    install_node_reference
    say "Configuring and building into $BUILD_DIR/"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON "$@" >/dev/null
    cmake --build "$BUILD_DIR"
}

# Runs "$@" headless: offscreen Qt, a private D-Bus session and an unlocked throw-away
# gnome-keyring in a temporary HOME, so no test ever touches a real user's files or keyring.
headless() {
    local home status=0
    home=$(mktemp -d)
    mkdir -m700 -p "$home/run"
    HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- sh -c \
        'echo -n testpw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' \
        sh "$@" || status=$?
    rm -rf "$home"
    return $status
}

cmd_test() {
    build -DALLO_WARNINGS_AS_ERRORS=ON
    say "Running the test suite (headless)"
    local start=$SECONDS status=0
    headless ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 || status=$?
    say "Fuzzing the sandbox's request parsing (ASan + UBSan, ${FUZZ_SECONDS:-15} s per target)"
    FUZZ_SECONDS=${FUZZ_SECONDS:-15} tests/fuzz/run.sh || status=$?
    say "Test suite took $((SECONDS - start)) s"
    return $status
}

cmd_run() {
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display: DISPLAY and WAYLAND_DISPLAY are unset, so the console has nowhere to show." >&2
        echo "Run it under a virtual display instead:" >&2
        echo "  xvfb-run -a -s '-screen 0 1280x1024x24' ./dev.sh run" >&2
        exit 2
    fi
    # Without arguments, the training sandbox: a first start needs no platform and publishes nothing.
    [ $# -gt 0 ] || set -- --sandbox
    say "Starting the console: allo-console $*"
    exec "$BUILD_DIR/bin/allo-console" "$@"
}

cmd_translations() {
    install_packages
    /usr/lib/qt6/bin/lupdate -locations none -no-obsolete app ui -ts translations/allo_fr.ts
    /usr/lib/qt6/bin/lupdate -locations none -no-obsolete -pluralonly app ui -ts translations/allo_en.ts
}

cmd_screenshots() {
    build
    headless env ALLO_SCREENSHOT_DIR="$PWD/docs/screenshots" "$BUILD_DIR/tests/tst_screenshots" >/dev/null
    # The composer, the history, the review queue and the send confirmation on a small screen
    # and a laptop's (the offscreen platform's screen from the files CMake writes).
    local size
    for size in 1024x768 1280x800; do
        headless env ALLO_SCREENSHOT_DIR="$PWD/docs/screenshots" \
            QT_QPA_PLATFORM="offscreen:configfile=$BUILD_DIR/tests/ui/screen-$size.json" \
            "$BUILD_DIR/tests/tst_screensizes" everyWindow_showsItsWholeText:fr >/dev/null
    done
    say "Saved: $(ls docs/screenshots/*.png | tr '\n' ' ')"
}

cmd_lint() {
    build
    local files
    files=$(git ls-files '*.cpp' '*.h')
    # shellcheck disable=SC2086
    clang-format --dry-run -Werror $files
    # shellcheck disable=SC2086
    clang-tidy -p "$BUILD_DIR" --quiet $(git ls-files 'app/*.cpp' 'ui/*.cpp')
}

cmd_bench() {
    build
    local b
    for b in "$BUILD_DIR"/bench/bench_*; do
        [ -f "$b" ] && [ -x "$b" ] || continue # not the *_autogen folders
        say "$(basename "$b")"
        headless "$PWD/$b"
    done
}

# The signed AppImage: build/AppImage/Allo_Industrie_Console-VERSION-x86_64.AppImage, its .asc and
# SHA256SUMS. The gpg key is APPIMAGE_KEY or the first argument (an id, fingerprint or e-mail of
# a secret key in GNUPGHOME or ~/.gnupg); without one the AppImage is not signed. With
# APPIMAGE_UPDATE_URL (the URL its .zsync file will be published at), it carries that update
# information and the .zsync is written beside it. See docs/appimage.md and docs/release.md.
cmd_appimage() {
    local key=${1:-${APPIMAGE_KEY:-}} version
    install_packages
    say "Configuring and building the programs and the AppImage runtime into $BUILD_DIR/"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD_DIR" --target allo-console allo-cli allo-sandbox appimage-runtime
    version=$("$BUILD_DIR/bin/allo-cli" --version | cut -d ' ' -f 2)
    packaging/linux/make-appimage.sh "$BUILD_DIR" "$BUILD_DIR/packaging/linux/runtime/appimage-runtime" \
        "$BUILD_DIR/AppImage/Allo_Industrie_Console-$version-x86_64.AppImage" ${key:+"$key"}
}

# The signed apt repository an administrator publishes: build/apt-repo/public (dists/, pool/ and
# the key's public part). Each run adds this build's package, an upgrade for the PCs; reprepro's
# database stays in build/apt-repo/state. KEY as for appimage. See docs/release.md.
cmd_apt_repo() {
    local key=${1:-${APT_REPO_KEY:-}}
    [ -n "$key" ] || { echo "Usage: ./dev.sh apt-repo KEY (a secret gpg key: docs/release.md)" >&2; exit 2; }
    install_packages
    say "Configuring and building the programs into $BUILD_DIR/"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD_DIR" --target allo-console allo-cli allo-sandbox debian-docs
    rm -rf "$BUILD_DIR/packages"
    (cd "$BUILD_DIR" && cpack -G DEB -B "$PWD/packages" >/dev/null)
    packaging/linux/make-apt-repo.sh "$key" "$BUILD_DIR/apt-repo/state" "$BUILD_DIR/apt-repo/public" \
        "$BUILD_DIR"/packages/*.deb "$BUILD_DIR"/packages/*.ddeb
}

# Opt-in, not in ./dev.sh test (minutes, root): a clean Debian 12 root, made once by mmdebstrap and
# cached in ~/.cache/allo-industrie/debian12-root, installs the package from the signed repository
# on loopback, upgrades, and refuses foreign-signed and unsigned repositories.
cmd_apt_chroot() {
    install_packages
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    command -v mmdebstrap >/dev/null ||
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends mmdebstrap
    build
    $sudo tests/packaging/apt_chroot_check.sh "$PWD" "$BUILD_DIR" \
        "${XDG_CACHE_HOME:-$HOME/.cache}/allo-industrie/debian12-root"
}

# Only ./dev.sh windows needs these (not ./dev.sh test): the MinGW-w64 cross compilers (POSIX
# threads, which Qt needs), the MSI tools, osslsigncode, Wine to run the result, and what
# apt-get source needs to unpack Debian's source packages.
WINDOWS_PACKAGES=(
    g++-mingw-w64-x86-64-posix mingw-w64-tools wine64 fonts-wine wixl msitools osslsigncode dpkg-dev tcl
    xvfb xauth imagemagick qt6-base-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    cmake ninja-build ccache
)

# Debian's source packages need a deb-src entry: a file of its own beside the binary sources (an
# update against a replacement list would drop the binary package lists).
add_debian_sources() {
    local file=/etc/apt/sources.list.d/allo-deb-src.sources
    if grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return
    fi
    [ -f /etc/apt/sources.list.d/debian.sources ] || {
        echo "Add a deb-src entry for Debian 12 to your apt sources, then run this again." >&2
        exit 1
    }
    say "Adding the deb-src entries beside the binary ones ($file)"
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
        $SUDO tee "$file" >/dev/null
    # apt-key writes its temporary files as _apt: a private /tmp would stop the update.
    TMPDIR=/var/tmp $SUDO apt-get update -qq
}

# The signed MSI of the cross build; the PFX's password in SIGNING_PFX_PASSWORD (without a PFX, a
# test certificate is made). See docs/msi.md.
cmd_windows() {
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    PACKAGES=("${WINDOWS_PACKAGES[@]}")
    install_packages
    add_debian_sources
    local sdk start
    start=$(date +%s)
    say "The Windows SDK (first run: hours on two cores; progress below, log per stage)"
    sdk=$(nice -n 5 packaging/windows/cross/sdk.sh | tee /dev/stderr | tail -1)
    nice -n 5 packaging/windows/cross/make-msi.sh "$sdk" "$PWD/build-windows" "$@"
    say "Windows build done in $(($(date +%s) - start)) s"
}

case "${1:-}" in
check) shift; headless ctest --test-dir "$BUILD_DIR" --output-on-failure "$@" ;;
run) shift; cmd_run "$@" ;;
test) cmd_test ;;
build) build ;;
translations) cmd_translations ;;
screenshots) cmd_screenshots ;;
lint) cmd_lint ;;
bench) cmd_bench ;;
appimage) shift; cmd_appimage "$@" ;;
apt-repo) shift; cmd_apt_repo "$@" ;;
apt-chroot) cmd_apt_chroot ;;
windows) shift; cmd_windows "$@" ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
