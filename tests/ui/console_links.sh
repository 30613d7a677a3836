#!/usr/bin/env bash
# allo-console is proprietary: a GPL-3 library (Qt HTTP Server, and Qt WebSockets, which it
# needs) may only run in a separate program (allo-sandbox, started by --sandbox). Fails if the
# console, or any library it loads at start, links one again.
# Usage: console_links.sh ALLO_CONSOLE
set -uo pipefail
console=$1
if ! libraries=$(ldd "$console"); then
    echo "FAIL: ldd cannot read $console"
    exit 1
fi
if ! grep -q 'libQt6Widgets' <<<"$libraries"; then
    echo "FAIL: ldd did not list Qt Widgets for $console: $libraries"
    exit 1
fi
if gpl=$(grep -E 'libQt6(HttpServer|WebSockets)' <<<"$libraries"); then
    echo "FAIL: allo-console links a GPL-3 Qt library; keep it in allo-sandbox:"
    echo "$gpl"
    exit 1
fi
echo "allo-console links neither Qt HTTP Server nor Qt WebSockets"
