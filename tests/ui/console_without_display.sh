#!/usr/bin/env bash
# The real allo-console with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM),
# as an inventory script or help2man runs it: --version and --help answer and exit 0; a real start
# says what to do and exits 2.
# Usage: console_without_display.sh ALLO_CONSOLE VERSION
set -uo pipefail
console=$1
version=$2
bare() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
status=0

out=$(bare "$console" --version 2>&1)
code=$?
if [ $code -ne 0 ] || [ "$out" != "allo-console $version" ]; then
    echo "FAIL: --version without a display: exit $code, printed: $out"
    status=1
fi
out=$(bare "$console" --help 2>&1)
code=$?
if [ $code -ne 0 ] || ! grep -q -- '--sandbox' <<<"$out"; then
    echo "FAIL: --help without a display: exit $code, printed: $out"
    status=1
fi
out=$(bare "$console" --profile /nonexistent/never-created 2>&1)
code=$?
if [ $code -ne 2 ] || ! grep -q 'no display found' <<<"$out"; then
    echo "FAIL: a start without a display: exit $code, printed: $out"
    status=1
fi
[ $status -ne 0 ] || echo "allo-console answers --version and --help without a display"
exit $status
