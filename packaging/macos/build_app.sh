#!/usr/bin/env bash
# Build Kuzet.app and Kuzet-<version>.dmg on macOS (run from any folder, on a Mac).
#
#   bash packaging/macos/build_app.sh
#
# Needs Python 3.11+ with the project installed and PyInstaller (a build environment:
# `python3 -m pip install . pyinstaller`). Steps: make kuzet.icns from the committed PNG
# sizes (iconutil), build the .app with packaging/kuzet.spec, run the frozen self-test,
# then pack the .app with a link to /Applications into a compressed .dmg (hdiutil).
# Signing and notarisation need the firm's Apple Developer ID: set KUZET_CODESIGN_ID to
# sign the .app (notarise the .dmg with `xcrun notarytool` afterwards).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
root="$(dirname "$packaging")"
build="$packaging/build"
dist="$packaging/dist"
icons="$root/resources/icons"
version="$(python3 -c "import sys; sys.path.insert(0, '$root/desktop'); import kuzet; print(kuzet.__version__)")"

# 1. The icon: an .iconset of the PNG sizes, then iconutil.
iconset="$build/kuzet.iconset"
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256; do
  cp "$icons/kuzet-$size.png" "$iconset/icon_${size}x${size}.png"
  cp "$icons/kuzet-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
done
cp "$icons/kuzet-512.png" "$iconset/icon_512x512.png"
iconutil -c icns "$iconset" -o "$build/kuzet.icns"

# 2. The app.
KUZET_ICNS="$build/kuzet.icns" pyinstaller --noconfirm --clean \
  --distpath "$dist" --workpath "$build/work" "$packaging/kuzet.spec"
app="$dist/Kuzet.app"
if [ -n "${KUZET_CODESIGN_ID:-}" ]; then
  codesign --deep --force --options runtime --sign "$KUZET_CODESIGN_ID" "$app"
fi

# 3. The frozen self-test, with a throwaway data folder.
scratch="$(mktemp -d)"
KUZET_HOME="$scratch" QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/kuzet-cli" selftest
rm -rf "$scratch"

# 4. The disk image: the app and a link to /Applications to drag it onto.
stage="$build/dmg"
rm -rf "$stage" && mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Kuzet $version" -srcfolder "$stage" -ov -format UDZO \
  "$dist/Kuzet-$version.dmg"
echo "Built $dist/Kuzet-$version.dmg"
