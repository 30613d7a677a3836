#!/usr/bin/env bash
# The Windows build of ./dev.sh windows, run under Wine (Debian's wine64, a prefix of its own,
# headless on Xvfb), against the Linux build of the same tree:
#   allo-cli.exe --version, validate and render of every sample on every channel in both
#   languages: the same bytes and exit codes as the Linux allo-cli;
#   a sandbox answering HTTPS (allo-sandbox.exe when built, else the Linux one); allo-cli.exe
#   login, queue add + flush, whoami reading the refresh token back from the Credential Manager,
#   the token absent from console.conf;
#   osslsigncode verify of the MSI and every .exe/.dll against the test CA, failing after one
#   changed byte; the MSI's programs are PE32+ files;
#   msiexec /i with PLATFORM_URL (landing in the policy key), the installed console's window
#   (screenshot), an upgrade to a higher version, msiexec /x.
# (The notice sent is exercise-status.json: Chimie de la Vallée, issuer.chimie's company.)
# Usage: wine_check.sh WINDOWS_BUILD LINUX_BIN_DIR SAMPLES_DIR [SCREENSHOT.png]
# Exits 77 (skipped) when WINDOWS_BUILD holds no Windows build.
set -euo pipefail
win=$1
linux=$2
samples=$3
screenshot=${4:-}
wine=/usr/lib/wine/wine64
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$win/stage/allo-cli.exe" ]; then
    echo "SKIPPED: no Windows build in '$win' (run ./dev.sh windows, then configure the tests with -DALLO_WINDOWS_BUILD=SOURCE_DIR/build-windows)"
    exit 77
fi
[ -x "$wine" ] || { echo "SKIPPED: $wine is missing (apt-get install wine64)"; exit 77; }
work=$(mktemp -d)
sandbox=""
xvfb=""
cleanup() {
    [ -n "$sandbox" ] && kill "$sandbox" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    WINEPREFIX=$work/prefix /usr/lib/wine/wineserver -k 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" HOME=$work/home
export LANG=C.UTF-8 TZ=Europe/Paris ALLO_KEYCHAIN_SERVICE=allo-wine-check
mkdir -p "$HOME"
# Wine maps / to Z:.
winpath() { echo "Z:$1"; }
cli() { "$wine" "$win/stage/allo-cli.exe" "$@"; }

start=$(date +%s)
"$wine" wineboot --init >/dev/null 2>&1 || true
echo "Wine prefix made in $(($(date +%s) - start)) s"

# 1. The command-line program, byte for byte against Linux.
[ "$(cli --version | tr -d '\r')" = "$("$linux/allo-cli" --version)" ] ||
    fail "allo-cli.exe --version: '$(cli --version)' instead of '$("$linux/allo-cli" --version)'"
echo "allo-cli.exe --version: $(cli --version)"
compared=0
compare() { # DESCRIPTION ARGS… : the same stdout bytes and exit code from both programs
    local what=$1 lrc=0 wrc=0
    shift
    # From the samples' folder with bare names: the messages name the file as it was given.
    (cd "$samples" && "$linux/allo-cli" "$@") >"$work/linux.out" 2>/dev/null || lrc=$?
    (cd "$samples" && cli "$@") >"$work/win.out" 2>/dev/null || wrc=$?
    [ "$lrc" = "$wrc" ] || fail "$what: exit code $wrc under Wine, $lrc on Linux"
    cmp -s "$work/linux.out" "$work/win.out" || {
        diff <(od -c "$work/linux.out") <(od -c "$work/win.out") | head -20
        fail "$what: the output differs from Linux's"
    }
    compared=$((compared + 1))
}
# A fixed clock: CAP's <sent> and the periods' wording follow the time of the run.
now=2026-12-02T10:00:00+01:00
for sample in "$samples"/*.json; do
    name=$(basename "$sample")
    compare "validate $name" validate --now "$now" "$name"
    for channel in x mastodon sms hotline web cap; do
        for lang in fr en; do
            compare "render $name $channel $lang" render --now "$now" --channel "$channel" \
                --lang "$lang" "$name"
        done
    done
done
echo "validate and render: $compared runs, each byte-identical to Linux's (exit codes too)"

# 2. The platform over HTTPS: the Windows sandbox when built, otherwise Linux's.
mkfifo "$work/sandbox.out"
if [ -f "$win/stage/allo-sandbox.exe" ]; then
    "$wine" "$win/stage/allo-sandbox.exe" --listen 127.0.0.1:0 --data "$(winpath "$work/sandbox")" \
        >"$work/sandbox.out" 2>/dev/null &
    which_sandbox="allo-sandbox.exe under Wine"
else
    "$linux/allo-sandbox" --listen 127.0.0.1:0 --data "$work/sandbox" >"$work/sandbox.out" 2>/dev/null &
    which_sandbox="the Linux allo-sandbox (this Windows build has none)"
fi
sandbox=$!
exec 3<"$work/sandbox.out"
read -r -t 120 first <&3 || fail "the sandbox did not start"
api=$(echo "${first##* }" | tr -d '\r')
curl -sf --cacert "$work/sandbox/ca.pem" "$api/v1/health" >/dev/null ||
    fail "$which_sandbox does not answer over HTTPS at $api"
echo "HTTPS answered by $which_sandbox at $api"
profile=$(winpath "$work/profile")
echo training-chimie | cli login --api "$api" --ca "$(winpath "$work/sandbox/ca.pem")" \
    --profile "$profile" issuer.chimie >"$work/login.out" 2>&1 ||
    { cat "$work/login.out"; fail "allo-cli.exe login did not sign in"; }
cli queue add --profile "$profile" "$(winpath "$samples/exercise-status.json")" >/dev/null 2>&1 ||
    fail "allo-cli.exe queue add"
cli queue flush --wait --profile "$profile" >"$work/flush.out" 2>&1 ||
    { cat "$work/flush.out"; fail "allo-cli.exe queue flush --wait did not send the notice"; }
echo "login + queue flush: $(tr -d '\r' <"$work/flush.out" | tail -1)"
# A second process finds the refresh token in the Credential Manager, not in a file.
cli whoami --profile "$profile" >"$work/whoami.out" 2>&1 || { cat "$work/whoami.out"; fail "whoami"; }
grep -q 'issuer.chimie' "$work/whoami.out" || fail "whoami does not name issuer.chimie: $(cat "$work/whoami.out")"
echo "whoami (a second process): $(tr -d '\r' <"$work/whoami.out")"
conf=$(find "$WINEPREFIX/drive_c/users" -name console.conf | head -1)
[ -n "$conf" ] || fail "no console.conf was written"
grep -qi 'token' "$conf" && fail "$conf mentions a token: $(grep -i token "$conf")"
echo "console.conf ($conf) holds no token"

# 3. Signatures: every signed file and the MSI verify against the test CA; one byte breaks them.
msi=$(find "$win" -maxdepth 1 -name 'Allo_Industrie_Console-*-x64.msi' | head -1)
[ -n "$msi" ] || fail "no MSI in $win (./dev.sh windows did not finish)"
ca=$win/signing/ca.pem
verified=0
while IFS= read -r -d '' f; do
    osslsigncode verify -CAfile "$ca" -in "$f" 2>&1 | grep -qx 'Signature verification: ok' ||
        fail "$f does not verify"
    verified=$((verified + 1))
done < <(find "$win/stage" -type f \( -name '*.exe' -o -name '*.dll' \) -print0)
osslsigncode verify -CAfile "$ca" -in "$msi" 2>&1 | grep -qx 'Signature verification: ok' ||
    fail "the MSI does not verify"
for f in "$msi" "$win/stage/allo-cli.exe"; do
    cp "$f" "$work/flipped"
    offset=$(($(stat -c %s "$f") / 3))
    byte=$(od -An -tu1 -j "$offset" -N1 "$f" | tr -d ' ')
    printf "$(printf '\\%03o' $((byte ^ 1)))" | dd of="$work/flipped" bs=1 seek="$offset" count=1 conv=notrunc status=none
    osslsigncode verify -CAfile "$ca" -in "$work/flipped" 2>&1 | grep -q 'Signature verification: ok' &&
        fail "$(basename "$f") still verifies after one changed byte"
done
echo "signatures: the MSI and $verified .exe/.dll verify; one changed byte fails (MSI and allo-cli.exe)"
msiextract -C "$work/extracted" "$msi" >/dev/null
file -b "$work/extracted/Allo Industrie/Console/allo-console.exe" | grep -q '^PE32+ executable' ||
    fail "the MSI's allo-console.exe is not a PE32+ file"
echo "msiextract: allo-console.exe is $(file -b "$work/extracted/Allo Industrie/Console/allo-console.exe")"

# 4. The installer under Wine: install with PLATFORM_URL, the window, upgrade, removal.
installed="$WINEPREFIX/drive_c/Program Files/Allo Industrie/Console"
"$wine" msiexec /i "$(winpath "$msi")" /qn PLATFORM_URL=https://platform.example.test >/dev/null 2>&1 ||
    fail "msiexec /i failed"
[ -f "$installed/allo-console.exe" ] || fail "allo-console.exe is not in Program Files after msiexec /i"
"$wine" reg query 'HKLM\Software\Policies\Allo Industrie\Console\platform' /v url 2>/dev/null |
    tr -d '\r' | grep -q 'https://platform.example.test' || fail "PLATFORM_URL is not in the policy key"
echo "msiexec /i: installed in Program Files, PLATFORM_URL in the policy key"
if [ -n "$screenshot" ] && command -v Xvfb >/dev/null; then
    Xvfb :57 -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 2
    DISPLAY=:57 "$wine" "$installed/allo-console.exe" >/dev/null 2>&1 &
    console=$!
    sleep 25
    DISPLAY=:57 import -window root "$screenshot"
    kill "$console" 2>/dev/null || true
    echo "console window: $screenshot"
fi
# An upgrade: the same payload as version +1 replaces it (MajorUpgrade).
version=$(basename "$msi" | sed 's/Allo_Industrie_Console-\(.*\)-x64.msi/\1/')
next=${version%.*}.$((${version##*.} + 1))
(cd "$win" && wixl -a x64 -D Version="$next" -D SourceDir=stage -D Win64=yes \
    -o "$work/next.msi" "$here/../../packaging/windows/Product.wxs" Payload.wxs 2>/dev/null)
"$wine" msiexec /i "$(winpath "$work/next.msi")" /qn >/dev/null 2>&1 || fail "the upgrade failed"
"$wine" reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' |
    grep -q "DisplayVersion.*$next" || fail "version $next is not the installed one after the upgrade"
"$wine" reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' |
    grep -q "DisplayVersion.*REG_SZ.*$version\$" && fail "version $version is still installed beside $next"
echo "upgrade: $version replaced by $next"
"$wine" msiexec /x "$(winpath "$work/next.msi")" /qn >/dev/null 2>&1 || fail "msiexec /x failed"
[ ! -e "$installed/allo-console.exe" ] || fail "allo-console.exe is still there after msiexec /x"
echo "msiexec /x: removed"
echo "Wine checks passed"
