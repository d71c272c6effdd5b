#!/usr/bin/env bash
# Make the .dmg from "Gemini Desktop.app" (built by `pyinstaller installer.spec` on macOS):
#
#   packaging/macos/build_dmg.sh [APP] [DMG]
#     defaults: "dist/Gemini Desktop.app"  dist/GeminiDesktop-VERSION-ARCH.dmg
#
# The window shows the app next to an Applications link to drag it onto. When
# MACOS_CODESIGN_IDENTITY is set, the .dmg is signed too; notarization and stapling follow in
# the release workflow (see packaging/macos/README.md). macOS only (hdiutil, codesign).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="${1:-$ROOT/dist/Gemini Desktop.app}"
[ -d "$APP" ] || { echo "no $APP: run pyinstaller installer.spec first" >&2; exit 1; }
VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
ARCH="$(uname -m)"
DMG="${2:-$ROOT/dist/GeminiDesktop-$VERSION-$ARCH.dmg}"

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signatures intact.
ditto "$APP" "$STAGING/$(basename "$APP")"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Gemini Desktop" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_CODESIGN_IDENTITY" "$DMG"
fi
echo "$DMG"
