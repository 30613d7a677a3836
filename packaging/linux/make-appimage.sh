#!/usr/bin/env bash
# Builds the AppImage from a build tree: the AppDir (make-appdir.sh) packed, given its update
# information and signed by pack-appimage.sh (which says what is written and signed how). gpg
# uses GNUPGHOME (or ~/.gnupg) and asks for the key's passphrase through its agent. See
# docs/appimage.md.
# Usage: [ZSTD_LEVEL=1..22] [APPIMAGE_UPDATE_URL=http://…/NAME.zsync] make-appimage.sh BUILD_DIR
#        RUNTIME OUTPUT [GPG_KEY]
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/make-appdir.sh" "$1" "$work/AppDir"
"$here/pack-appimage.sh" "$work/AppDir" "$2" "$3" ${4:+"$4"}
