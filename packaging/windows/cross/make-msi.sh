#!/usr/bin/env bash
# Cross-builds allo-console.exe and allo-cli.exe (and allo-sandbox.exe when the SDK has Qt HTTP
# Server) against the SDK of sdk.sh, stages them with the DLLs, plugins and translations they
# load, builds the MSI from packaging/windows/Product.wxs over that real payload, and signs every
# .exe/.dll of ours and the MSI with osslsigncode.
# Usage: make-msi.sh SDK_DIR BUILD_DIR [PFX]   (the PFX's password in SIGNING_PFX_PASSWORD)
# Without a PFX a throw-away test CA and code-signing certificate are made in BUILD_DIR/signing
# (verify with: osslsigncode verify -CAfile BUILD_DIR/signing/ca.pem -in FILE).
# Result: BUILD_DIR/Allo_Industrie_Console-VERSION-x64.msi; BUILD_DIR/stage holds the payload.
set -euo pipefail
src=$(cd "$(dirname "$0")/../../.." && pwd)
sdk=$1/prefix
build=$2
pfx=${3:-}
windows=$src/packaging/windows
mingw=x86_64-w64-mingw32
say() { printf '\033[1m==> [windows] %s\033[0m\n' "$*"; }
die() { printf 'windows: %s\n' "$*" >&2; exit 1; }
[ -f "$sdk/bin/Qt6Core.dll" ] || die "$sdk holds no cross-built Qt: run packaging/windows/cross/sdk.sh first"

say "Configuring the cross build in $build"
export ALLO_WINDOWS_SDK=$sdk
# pkg-config must answer from the SDK only: otherwise it hands over the host's .pc files
# (libsamplerate "found" in /usr, then its header missing). Not in the tool chain file, whose
# text keys the SDK's cache.
export PKG_CONFIG_LIBDIR=$sdk/lib/pkgconfig PKG_CONFIG_PATH=
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    "-DCMAKE_TOOLCHAIN_FILE=$windows/cross/toolchain-mingw.cmake" "-DALLO_WINDOWS_SDK=$sdk" \
    "-DCMAKE_PREFIX_PATH=$sdk" "-DOPENSSL_ROOT_DIR=$sdk" -DQT_HOST_PATH=/usr \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake >"$build.configure.log" ||
    { tail -30 "$build.configure.log"; die "configuring failed: $build.configure.log"; }
grep -E '^-- (Left out|QtKeychain)' "$build.configure.log" || true
targets=(allo-console allo-cli)
ninja -C "$build" -t targets all 2>/dev/null | grep -q '^allo-sandbox:' && targets+=(allo-sandbox)
say "Building ${targets[*]}"
cmake --build "$build" --target "${targets[@]}"

say "Staging the payload in $build/stage"
stage=$build/stage
rm -rf "$stage"
mkdir -p "$stage"/{platforms,styles,sqldrivers,tls,imageformats,translations}
for t in "${targets[@]}"; do cp "$build/bin/$t.exe" "$stage/"; done
for m in Core Gui Widgets Network Sql Svg Multimedia HttpServer WebSockets; do
    [ -f "$sdk/bin/Qt6$m.dll" ] && cp "$sdk/bin/Qt6$m.dll" "$stage/"
done
[ -f "$sdk/bin/libqt6keychain.dll" ] && cp "$sdk/bin/libqt6keychain.dll" "$stage/qt6keychain.dll"
cp "$sdk"/bin/libcrypto-3-x64.dll "$sdk"/bin/libssl-3-x64.dll "$stage/"
cp "$sdk/plugins/platforms/qwindows.dll" "$stage/platforms/"
cp "$sdk/plugins/styles/qwindowsvistastyle.dll" "$stage/styles/"
cp "$sdk/plugins/sqldrivers/qsqlite.dll" "$stage/sqldrivers/"
cp "$sdk"/plugins/tls/*.dll "$stage/tls/"
cp "$sdk"/plugins/imageformats/*.dll "$stage/imageformats/"
for d in iconengines; do
    [ -d "$sdk/plugins/$d" ] && mkdir -p "$stage/$d" && cp "$sdk/plugins/$d"/*.dll "$stage/$d/"
done
# The MinGW runtime the compiler links against (POSIX threads variant).
for dll in libstdc++-6.dll libgcc_s_seh-1.dll; do
    cp "$($mingw-g++-posix -print-file-name=$dll)" "$stage/"
done
cp /usr/$mingw/lib/libwinpthread-1.dll "$stage/"
# Qt's catalogues are text, the same for every platform: Debian's (qt6-translations-l10n).
cp /usr/share/qt6/translations/qtbase_fr.qm /usr/share/qt6/translations/qtbase_en.qm "$stage/translations/"

missing=()
while read -r f; do
    [ -e "$stage/$f" ] || missing+=("$f")
done < <(cat "$windows/payload.txt" "$windows/payload-mingw.txt" | grep -v '^#' | grep -v '^$')
[ ${#missing[@]} -eq 0 ] || die "the staged folder lacks: ${missing[*]}"

# Signing: the given PFX, or a test CA and a code-signing certificate made here.
sign_dir=$build/signing
if [ -n "$pfx" ]; then
    [ -n "${SIGNING_PFX_PASSWORD:-}" ] || die "give the PFX's password in SIGNING_PFX_PASSWORD"
elif [ ! -f "$sign_dir/sign.pem" ]; then
    say "Making a test CA and code-signing certificate in $sign_dir (not for release)"
    mkdir -p "$sign_dir"
    cat >"$sign_dir/ext.cnf" <<'CNF'
[leaf]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=codeSigning
authorityKeyIdentifier=keyid
CNF
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$sign_dir/ca.key" -out "$sign_dir/ca.pem" \
        -days 30 -subj "/CN=Allo Industrie test CA" -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout "$sign_dir/sign.key" -out "$sign_dir/sign.csr" \
        -subj "/CN=Allo Industrie test code signing" 2>/dev/null
    openssl x509 -req -in "$sign_dir/sign.csr" -CA "$sign_dir/ca.pem" -CAkey "$sign_dir/ca.key" \
        -CAcreateserial -out "$sign_dir/sign.pem" -days 30 -extfile "$sign_dir/ext.cnf" \
        -extensions leaf 2>/dev/null
    chmod 600 "$sign_dir"/*.key
fi
# No timestamp server is reachable here: the signatures last as long as the certificate.
sign_file() {
    if [ -n "$pfx" ]; then
        osslsigncode sign -pkcs12 "$pfx" -readpass <(printf '%s' "$SIGNING_PFX_PASSWORD") \
            -h sha256 -n "Allo Industrie Console" -in "$1" -out "$1.signed" >/dev/null
    else
        osslsigncode sign -certs "$sign_dir/sign.pem" -key "$sign_dir/sign.key" \
            -h sha256 -n "Allo Industrie Console" -in "$1" -out "$1.signed" >/dev/null
    fi
    mv "$1.signed" "$1"
}
say "Signing our programs and DLLs"
signed=0
while IFS= read -r -d '' f; do
    sign_file "$f"
    signed=$((signed + 1))
done < <(find "$stage" -type f \( -name '*.exe' -o -name '*.dll' \) -print0)
echo "    $signed files signed"

version=$(sed -n 's/^project(AlloConsole VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
version=${ALLO_MSI_VERSION:-$version}
msi=$build/Allo_Industrie_Console-$version-x64.msi
say "Building $msi"
(cd "$build" && find stage -type f | sort |
    wixl-heat -p stage/ --var var.SourceDir --component-group Payload --directory-ref INSTALLDIR \
        --win64) >"$build/Payload.wxs"
(cd "$build" && wixl -a x64 -D Version="$version" -D SourceDir=stage -D Win64=yes \
    -o "$msi.unsigned" "$windows/Product.wxs" Payload.wxs 2> >(grep -v "no property named 'Secure'" >&2))
sign_file "$msi.unsigned"
mv "$msi.unsigned" "$msi"
say "Done: $msi ($(du -h "$msi" | cut -f1), $(find "$stage" -type f | wc -l) files)"
