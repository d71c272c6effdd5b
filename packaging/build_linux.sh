#!/usr/bin/env bash
# Build Gemini Desktop for Linux: the PyInstaller onedir, the .deb and the AppDir.
#
#   bash packaging/build_linux.sh [DIST]          (default DIST: dist/)
#
# Makes DIST/gemini-desktop/ (the onedir), DIST/gemini-desktop_VERSION_ARCH.deb and
# DIST/AppDir/ (appimagetool makes the AppImage from it in the release workflow). Prints the
# onedir's size, and fails when a library the app needs does not resolve on this machine.
#
# Needs: uv, dpkg-deb and dpkg-shlibdeps (Debian package dpkg-dev), a C compiler and binutils
# (gcc: packaging/slim_libraries.py builds stand-in libraries). Build on the oldest
# system to support: PySide6 6.10+ wheels need glibc 2.34 (Ubuntu 22.04, Debian 12).
# PyInstaller comes pinned from the `packaging` dependency group in pyproject.toml, or, while
# that group is not there, from the same pins given here.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DIST="$(realpath -m "${1:-$ROOT/dist}")"
WORK="$ROOT/build/pyinstaller"
PINS=(--with "pyinstaller==6.22.3" --with "pyinstaller-hooks-contrib==2026.9")
export UV_NO_PROGRESS=1

# Only the app's own dependencies and PyInstaller: the dev tools have no place in the bundle.
if grep -q '^packaging = \[' pyproject.toml; then
  RUN=(uv run --no-default-groups --group packaging)
else
  RUN=(uv run --no-default-groups "${PINS[@]}")
fi

echo "== onedir (PyInstaller)"
"${RUN[@]}" pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" installer.spec
ONEDIR="$DIST/gemini-desktop"
BYTES="$(du -sb "$ONEDIR" | cut -f1)"
echo "onedir: $ONEDIR: $BYTES bytes ($((BYTES / 1000000)) MB, $((BYTES / 1048576)) MiB)"

echo "== libraries"
# Every library the app loads must resolve, from the bundle first (as the app does) or the
# system. The optional plug-ins (GTK theme, portal, OpenGL and Wayland extras, input
# methods) only warn: Qt skips them when their system libraries are missing.
missing_required=0
while IFS= read -r -d '' file; do
  unresolved="$(LD_LIBRARY_PATH="$ONEDIR/_internal" ldd "$file" 2>/dev/null | grep 'not found' || true)"
  [ -z "$unresolved" ] && continue
  case "$file" in
    */plugins/platformthemes/* | */plugins/xcbglintegrations/* | */plugins/wayland-decoration-client/* \
      | */plugins/wayland-graphics-integration-client/* | */plugins/platforminputcontexts/*)
      echo "warning (optional plug-in): ${file#"$ONEDIR"/}: $(echo "$unresolved" | awk '{print $1}' | tr '\n' ' ')" ;;
    *)
      echo "MISSING: ${file#"$ONEDIR"/}: $(echo "$unresolved" | awk '{print $1}' | tr '\n' ' ')"
      missing_required=1 ;;
  esac
done < <(find "$ONEDIR" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
[ "$missing_required" -eq 0 ] || { echo "libraries are missing: see above" >&2; exit 1; }
echo "all required libraries resolve"

echo "== .deb"
bash "$ROOT/packaging/linux/build_deb.sh" "$ONEDIR" "$DIST"

echo "== AppDir"
bash "$ROOT/packaging/linux/build_appdir.sh" "$ONEDIR" "$DIST/AppDir"
