#!/usr/bin/env bash
# Checks the signature embedded in an AppImage (gpg cannot do it alone): the sha256 (hex) of the
# file with .sha256_sig and .sig_key zeroed must carry a valid signature from the expected key.
#   verify-appimage.sh --key PUBLIC_KEY.asc FILE   against a key you trust (recommended)
#   verify-appimage.sh --fingerprint FPR FILE      against the embedded key, which must be FPR
#   verify-appimage.sh FILE                        against the embedded key: proves the file is
#                                                  intact, not who made it (compare the printed
#                                                  fingerprint with the published one)
# Exits 0 when the signature is good, 1 when it is not, 2 on a usage or read error. Needs bash,
# coreutils, gpg; never runs the AppImage.
set -euo pipefail
usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
key_file='' fingerprint=''
while [ $# -gt 1 ]; do
    case $1 in
    --key) key_file=$2; shift 2 ;;
    --fingerprint) fingerprint=$(echo "$2" | tr -d ' ' | tr a-f A-F); shift 2 ;;
    *) usage ;;
    esac
done
if [ $# -ne 1 ] || [ ! -r "$1" ]; then usage; fi
file=$1
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=packaging/linux/appimage/elf-sections.sh
. "$here/appimage/elf-sections.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GNUPGHOME=$work/gnupg
mkdir -m 700 "$GNUPGHOME"

elf_section_text "$file" .sha256_sig >"$work/digest.asc" || exit 2
[ -s "$work/digest.asc" ] || { echo "FAIL: $file carries no signature (.sha256_sig is empty)"; exit 1; }
if [ -n "$key_file" ]; then
    cp "$key_file" "$work/key.asc"
else
    elf_section_text "$file" .sig_key >"$work/key.asc" || exit 2
    [ -s "$work/key.asc" ] || { echo "FAIL: $file carries no public key (.sig_key is empty)"; exit 1; }
fi
gpg --batch --quiet --import "$work/key.asc" 2>/dev/null || { echo "FAIL: the public key cannot be read"; exit 1; }
printf '%s' "$(appimage_digest "$file")" >"$work/digest"

# VALIDSIG's last field is the primary key's fingerprint.
signer=$(gpg --batch --status-fd 1 --verify "$work/digest.asc" "$work/digest" 2>/dev/null |
    awk '$2 == "VALIDSIG" { print $NF }') || true
if [ -z "$signer" ]; then
    echo "FAIL: the embedded signature does not match $file (changed or damaged after signing)"
    exit 1
fi
if [ -n "$fingerprint" ] && [ "$signer" != "$fingerprint" ]; then
    echo "FAIL: signed by $signer, not by the expected $fingerprint"
    exit 1
fi
echo "OK: $file is signed by $signer"
[ -n "$key_file$fingerprint" ] ||
    echo "Checked against the key inside the file: compare this fingerprint with the published one."
