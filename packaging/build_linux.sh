#!/usr/bin/env bash
# Build Kuzet's one-folder Linux bundle and run the frozen app's self-test.
#
#   bash packaging/build_linux.sh
#
# PyInstaller is installed in a throwaway virtual environment (never in the project's
# .venv, never a runtime dependency): packaging/build/venv, or KUZET_BUILD_VENV.
# Output: packaging/dist/kuzet/ (run packaging/dist/kuzet/kuzet). Prints the bundle's size
# and the build time; exits non-zero if the build or the self-test fails.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build="${KUZET_BUILD_DIR:-$here/build}"
dist="${KUZET_DIST_DIR:-$here/dist}"
venv="${KUZET_BUILD_VENV:-$build/venv}"
python="${PYTHON:-python3}"

started=$(date +%s)
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
# The project's own dependencies, and PyInstaller for this build only.
"$venv/bin/python" -m pip install --quiet "$root" pyinstaller
prepared=$(date +%s)

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$build/work" "$here/kuzet.spec"
built=$(date +%s)

bundle="$dist/kuzet"
echo
echo "Bundle: $bundle"
echo "Size: $(du -sh "$bundle" | cut -f1) ($(du -sb "$bundle" | cut -f1) bytes, $(find "$bundle" -type f | wc -l) files)"
echo "Time: $((prepared - started)) s preparing the build environment, $((built - prepared)) s PyInstaller"
echo
# The self-test runs the frozen program with a throwaway data directory, offscreen.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
KUZET_HOME="$scratch" QT_QPA_PLATFORM=offscreen "$bundle/kuzet" selftest
echo "Self-test passed in $(( $(date +%s) - built )) s"
