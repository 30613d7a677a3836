#!/usr/bin/env bash
# Builds the Windows installer from packaging/windows/Product.wxs with wixl over a staged payload,
# checks its tables, signs it with a code-signing certificate from a test CA made here, verifies
# the signature and checks that one changed byte makes verification fail.
# Usage: msi_check.sh SOURCE_DIR VERSION TOOLCHAIN [STAGE]
#   TOOLCHAIN: msvc (build.ps1) or mingw (./dev.sh windows): the payload is payload.txt plus
#   payload-TOOLCHAIN.txt. STAGE: a real staged folder (./dev.sh windows leaves one in
#   build-windows/stage), whose programs and DLLs must then be PE32+ files; without it,
#   placeholders named as the Windows files are staged.
set -euo pipefail
src=$1
version=$2
toolchain=$3
real=${4:-}
windows=$src/packaging/windows
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL ($toolchain): $*"; exit 1; }
[ -f "$windows/payload-$toolchain.txt" ] || fail "no payload list packaging/windows/payload-$toolchain.txt"

# The UpgradeCode of the first release: changing it would install a second copy beside the first.
upgrade_code='{61644F27-75EE-4B36-9647-117D39EFC6B2}'
policy_key='SOFTWARE\Policies\Allo Industrie\Console'

# The payload: every file the tool chain's build requires, each with its own content.
stage=$work/stage
mapfile -t files < <(cat "$windows/payload.txt" "$windows/payload-$toolchain.txt" | grep -v '^#' |
    grep -v '^$')
if [ -n "$real" ]; then
    cp -r "$real" "$stage"
    for f in "${files[@]}"; do
        [ -f "$stage/$f" ] || fail "$f is missing from $real"
        case $f in
        *.exe | *.dll)
            file -b "$stage/$f" | grep -q '^PE32+ executable' || fail "$f is not a PE32+ file" ;;
        esac
    done
    # A MinGW payload carries no MSVC runtime, and an MSVC payload no MinGW runtime.
    other=$([ "$toolchain" = mingw ] && echo msvc || echo mingw)
    while read -r f; do
        case $f in *.dll) [ ! -e "$stage/$f" ] || fail "$f belongs to the $other payload" ;; esac
    done < <(grep -v '^#' "$windows/payload-$other.txt" | grep -E 'msvcp|vcruntime|libstdc|libgcc|winpthread')
else
    for f in "${files[@]}"; do
        mkdir -p "$(dirname "$stage/$f")"
        echo "placeholder for $f" >"$stage/$f"
    done
fi
mapfile -t staged < <(cd "$stage" && find . -type f | sed 's|^\./||' | sort)
(cd "$work" && find stage -type f | sort |
    wixl-heat -p stage/ --var var.SourceDir --component-group Payload --directory-ref INSTALLDIR \
        --win64) >"$work/Payload.wxs"
(cd "$work" && wixl -a x64 -D Version="$version" -D SourceDir=stage -D Win64=yes \
    -o console.msi "$windows/Product.wxs" Payload.wxs 2> >(grep -v "no property named 'Secure'" >&2))
msi=$work/console.msi
table() { msiinfo export "$msi" "$1" | tr -d '\r' | tail -n +4; }
row() { # TABLE COLUMN=VALUE… : the rows whose columns hold exactly these values
    local t=$1
    shift
    # The conditions go through ARGV, which awk takes without escape processing (keys have "\").
    msiinfo export "$msi" "$t" | tr -d '\r' | awk -F'\t' '
        BEGIN { for (i = 1; i < ARGC; i++) { eq = index(ARGV[i], "="); want[substr(ARGV[i], 1, eq - 1)] = substr(ARGV[i], eq + 1); delete ARGV[i] } }
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        NR < 4 { next }
        { ok = 1; for (c in want) if ($col[c] != want[c]) ok = 0 }
        ok { print }' "$@"
}

# Identity and scope.
table Property | grep -qxF "UpgradeCode	$upgrade_code" || fail "the UpgradeCode is not $upgrade_code"
table Property | grep -qxF "ProductVersion	$version" || fail "ProductVersion is not $version"
table Property | grep -qxF "ALLUSERS	1" || fail "not a per-machine install (ALLUSERS is not 1)"
msiinfo suminfo "$msi" | grep -qx 'Template: x64;1033' || fail "not an x64 package"
# MajorUpgrade: older versions are found and removed, newer ones block a downgrade.
[ -n "$(row Upgrade UpgradeCode="$upgrade_code" VersionMax="$version" ActionProperty=WIX_UPGRADE_DETECTED)" ] ||
    fail "no Upgrade row for older versions"
[ -n "$(row Upgrade UpgradeCode="$upgrade_code" VersionMin="$version" ActionProperty=WIX_DOWNGRADE_DETECTED)" ] ||
    fail "no Upgrade row blocking a downgrade"
[ -n "$(row InstallExecuteSequence Action=RemoveExistingProducts)" ] || fail "RemoveExistingProducts is not scheduled"

sequence() { row InstallExecuteSequence Action="$1" | cut -f3; }

# The properties reach the policy key the console reads, in the 64-bit registry (HKLM = root 2).
for pair in PLATFORM_URL=url PLATFORM_CA=caFile; do
    property=${pair%%=*}
    name=${pair#*=}
    reg=$(row Registry Root=2 "Key=$policy_key\\platform\\" Name="$name" Value="[$property]")
    [ -n "$reg" ] || fail "$property is not written to HKLM\\$policy_key\\platform\\$name"
    component=$(echo "$reg" | cut -f6)
    attributes=$(row Component Component="$component" | cut -f4)
    [ $((attributes & 256)) -ne 0 ] || fail "$property goes to the 32-bit registry view"
    # Carried across upgrades: AppSearch reads the previous value from the same place, 64-bit
    # (type 18 = raw + 64-bit) ...
    signature=$(row AppSearch Property="$property" | cut -f2)
    [ -n "$(row RegLocator Signature_="$signature" Root=2 "Key=$policy_key\\platform" Name="$name" Type=18)" ] ||
        fail "$property is not read back from the registry on upgrade"
    # ... and a value on the command line still wins over it: saved before AppSearch, restored after.
    save=$(row CustomAction Source="CMDLINE_$property" Target="[$property]" | cut -f1)
    restore=$(row CustomAction Source="$property" Target="[CMDLINE_$property]" | cut -f1)
    [ -n "$save" ] && [ -n "$restore" ] || fail "no custom actions keep the command-line $property"
    [ "$(sequence "$save")" -lt "$(sequence AppSearch)" ] &&
        [ "$(sequence "$restore")" -gt "$(sequence AppSearch)" ] ||
        fail "$property: the command-line value is not saved before AppSearch and restored after it"
done
# The console reads the same key (registry keys ignore case).
grep -qiF 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Allo Industrie\\Console' "$src/app/core/Settings.cpp" ||
    fail "app/core/Settings.cpp does not read HKLM\\$policy_key"

# The Start-menu shortcut.
[ -n "$(row Shortcut Directory_=ProgramMenuFolder Name="Allo Industrie Console" Target="[INSTALLDIR]allo-console.exe")" ] ||
    fail "no Start-menu shortcut to allo-console.exe"

# Every staged file is in the package, under Program Files, with its content.
msiextract -C "$work/extracted" "$msi" >/dev/null
for f in "${staged[@]}"; do
    cmp -s "$stage/$f" "$work/extracted/Allo Industrie/Console/$f" ||
        fail "$f is missing from the package or differs"
done
echo "MSI ($toolchain) tables checked: ${#staged[@]} files (${#files[@]} required), UpgradeCode, policy values, shortcut, per-machine"

# A test CA and a code-signing certificate it issues.
cat >"$work/ext.cnf" <<'EOF'
[leaf]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=codeSigning
authorityKeyIdentifier=keyid
EOF
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.pem" -days 2 \
    -subj "/CN=Allo Industrie test CA" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/sign.key" -out "$work/sign.csr" \
    -subj "/CN=Allo Industrie test code signing" 2>/dev/null
openssl x509 -req -in "$work/sign.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
    -out "$work/sign.pem" -days 2 -extfile "$work/ext.cnf" -extensions leaf 2>/dev/null

# No timestamp server is reachable here; build.ps1 timestamps the release signatures.
osslsigncode sign -certs "$work/sign.pem" -key "$work/sign.key" -h sha256 \
    -n "Allo Industrie Console" -in "$msi" -out "$work/signed.msi" >/dev/null
verify() { osslsigncode verify -CAfile "$work/ca.pem" -in "$1" 2>&1 || true; }
out=$(verify "$work/signed.msi")
echo "$out" | grep -qx 'Signature verification: ok' || { echo "$out"; fail "the signed MSI does not verify"; }
echo "$out" | grep -qF 'Subject: /CN=Allo Industrie test code signing' || fail "signed by someone else"
osslsigncode verify -in "$work/signed.msi" >/dev/null 2>&1 &&
    fail "the signature verifies without the test CA: the chain is not checked"
# The signed package still installs the same files.
msiextract -C "$work/extracted-signed" "$work/signed.msi" >/dev/null
cmp -s "$stage/allo-console.exe" "$work/extracted-signed/Allo Industrie/Console/allo-console.exe" ||
    fail "signing changed the payload"
echo "Signed MSI verifies against the test CA"

# One changed byte, in the package description and in the embedded cabinet, breaks the signature.
flip() { # FILE OFFSET -> FILE.flipped with that byte's low bit inverted
    cp "$1" "$1.flipped"
    local byte
    byte=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
    printf "$(printf '\\%03o' $((byte ^ 1)))" |
        dd of="$1.flipped" bs=1 seek="$2" count=1 conv=notrunc status=none
    cmp -s "$1" "$1.flipped" && fail "the byte at $2 was not changed"
    return 0
}
description=$(grep -obUaF 'Allo Industrie publishing console' "$work/signed.msi" | head -1 | cut -d: -f1)
cabinet=$(grep -obUaF 'MSCF' "$work/signed.msi" | head -1 | cut -d: -f1)
[ -n "$description" ] && [ -n "$cabinet" ] || fail "the description or the cabinet was not found"
for offset in "$description" $((cabinet + 100)); do
    flip "$work/signed.msi" "$offset"
    out=$(verify "$work/signed.msi.flipped")
    echo "$out" | grep -q 'Signature verification: ok' &&
        fail "the MSI still verifies after the byte at offset $offset changed"
done
echo "One changed byte makes verification fail"
