#!/usr/bin/env bash
# Adds Debian packages to a signed apt repository made with reprepro, the folder an administrator
# publishes on any web server: dists/ and pool/, signed (InRelease, Release.gpg) with KEY, and
# the key's public part as allo-industrie.gpg for the PCs' signed-by. Run again with newer
# packages to publish an upgrade: reprepro's database in STATE_DIR keeps the repository's history.
# The -dbgsym package goes in the "debug" component (reprepro 5.3 takes no .ddeb: it is a .deb
# under another name), so PCs get it only when they ask for it. See docs/release.md.
# Usage: make-apt-repo.sh KEY STATE_DIR PUBLIC_DIR PACKAGE.deb|PACKAGE.ddeb...
set -euo pipefail
key=$1
state=$2
public=$3
shift 3
[ $# -gt 0 ] || { echo "make-apt-repo.sh: no package given" >&2; exit 2; }
for tool in reprepro gpg; do
    command -v $tool >/dev/null || {
        echo "make-apt-repo.sh: $tool is missing: install it (apt-get install $tool)" >&2
        exit 2
    }
done
fingerprint=$(gpg --batch --with-colons --list-secret-keys "$key" 2>/dev/null |
    awk -F: '$1 == "fpr" { print $10; exit }')
[ -n "$fingerprint" ] || {
    echo "make-apt-repo.sh: no secret key \"$key\" in ${GNUPGHOME:-~/.gnupg}: the repository is" \
        "signed with the release key (docs/release.md says how to make it)" >&2
    exit 2
}

mkdir -p "$state/conf" "$public"
state=$(realpath "$state")
public=$(realpath "$public")
cat >"$state/conf/distributions" <<CONF
Origin: Allo Industrie
Label: Allo Industrie
Codename: bookworm
Suite: stable
Architectures: amd64
Components: main debug
Description: Allo Industrie publishing console for Debian 12
SignWith: $fingerprint
CONF
cat >"$state/conf/options" <<CONF
dbdir $state/db
outdir $public
CONF
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
for package in "$@"; do
    case "$package" in
    *.ddeb)
        cp "$package" "$staging/$(basename "${package%.ddeb}").deb"
        reprepro --confdir "$state/conf" -C debug includedeb bookworm \
            "$staging/$(basename "${package%.ddeb}").deb"
        ;;
    *.deb) reprepro --confdir "$state/conf" -C main includedeb bookworm "$package" ;;
    *) echo "make-apt-repo.sh: $package is not a .deb or .ddeb" >&2; exit 2 ;;
    esac
done
gpg --batch --yes --export "$fingerprint" >"$public/allo-industrie.gpg"
gpg --batch --yes --armor --export "$fingerprint" >"$public/allo-industrie.asc"
echo "Signed with $fingerprint; publish $public"
