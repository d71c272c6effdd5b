#!/usr/bin/env bash
# Lay out an AppDir from the PyInstaller onedir, for appimagetool to turn into an AppImage.
#
#   packaging/linux/build_appdir.sh [ONEDIR] [APPDIR]   (defaults: dist/gemini-desktop dist/AppDir)
#   appimagetool APPDIR Gemini_Desktop-x86_64.AppImage  (the release workflow does this step:
#                                                        the AppImage runtime is not here)
#
# AppRun starts the app from usr/lib/gemini-desktop; the desktop entry and icon sit at the top
# as appimagetool wants, and again under usr/share for desktop integration tools.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ONEDIR="$(realpath "${1:-$ROOT/dist/gemini-desktop}")"
APPDIR="$(realpath -m "${2:-$ROOT/dist/AppDir}")"
NAME=gemini-desktop
METAINFO_ID=io.github.geminidesktop.GeminiDesktop

[ -x "$ONEDIR/$NAME" ] || { echo "no $ONEDIR/$NAME: build the onedir first" >&2; exit 1; }
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/bin" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo"

cp -a "$ONEDIR" "$APPDIR/usr/lib/$NAME"
ln -s "../lib/$NAME/$NAME" "$APPDIR/usr/bin/$NAME"
cp -r "$HERE/icons" "$APPDIR/usr/share/icons"
install -m 644 "$HERE/$NAME.desktop" "$APPDIR/usr/share/applications/$NAME.desktop"
install -m 644 "$HERE/$METAINFO_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$METAINFO_ID.metainfo.xml"
install -m 644 "$HERE/$NAME.desktop" "$APPDIR/$NAME.desktop"
install -m 644 "$HERE/icons/hicolor/256x256/apps/$NAME.png" "$APPDIR/$NAME.png"
ln -s "$NAME.png" "$APPDIR/.DirIcon"

cat > "$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
# The AppImage runtime mounts the image and runs this; "$@" carries the files to open.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/gemini-desktop/gemini-desktop" "$@"
APPRUN
chmod 755 "$APPDIR/AppRun"
echo "$APPDIR"
