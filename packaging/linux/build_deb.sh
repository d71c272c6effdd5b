#!/usr/bin/env bash
# Build a .deb from the PyInstaller onedir.
#
#   packaging/linux/build_deb.sh [ONEDIR] [OUTDIR]      (defaults: dist/gemini-desktop dist)
#
# Layout: the app in /opt/gemini-desktop, /usr/bin/gemini-desktop a symlink to it (the
# PyInstaller bootloader resolves the link to find _internal/), the desktop entry, hicolor
# icons and AppStream metadata under /usr/share. No maintainer scripts: dpkg's triggers of
# desktop-file-utils and hicolor-icon-theme refresh the menus and icon caches.
#
# Depends is computed by dpkg-shlibdeps (Debian package dpkg-dev) from the libraries the
# bundle links to and leaves to the system; the optional plug-ins (GTK theme, desktop portal,
# OpenGL and Wayland extras) only make Recommends. Needs dpkg-deb and dpkg-shlibdeps.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ONEDIR="$(realpath "${1:-$ROOT/dist/gemini-desktop}")"
OUTDIR="$(realpath -m "${2:-$ROOT/dist}")"
NAME=gemini-desktop
METAINFO_ID=io.github.geminidesktop.GeminiDesktop

[ -x "$ONEDIR/$NAME" ] || { echo "no $ONEDIR/$NAME: build the onedir first" >&2; exit 1; }
# The version the app itself reports (`--version` answers before Qt loads).
VERSION="$("$ONEDIR/$NAME" --version | awk '{print $NF}')"
ARCH="$(dpkg --print-architecture)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STAGE="$WORK/root"
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/DEBIAN" \
  "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/$NAME"

cp -a "$ONEDIR" "$STAGE/opt/$NAME"
ln -s "../../opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
install -m 644 "$HERE/$NAME.desktop" "$STAGE/usr/share/applications/$NAME.desktop"
install -m 644 "$HERE/$METAINFO_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$METAINFO_ID.metainfo.xml"
cp -r "$HERE/icons" "$STAGE/usr/share/icons"
cat > "$STAGE/usr/share/doc/$NAME/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Gemini Desktop

Files: *
License: Apache-2.0
 On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.
 The bundled Qt (PySide6) libraries are under the LGPL-3.0; see
 /opt/$NAME/_internal/*.dist-info for the licences of each bundled Python package.
EOF
# Files as root would make them, whatever the build machine's umask.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE/usr/share" -type f -exec chmod 644 {} +

# Which system packages the bundle needs, from the ELF files' imports.
INTERNAL="$STAGE/opt/$NAME/_internal"
mapfile -t ELF_FILES < <(find "$STAGE/opt/$NAME" -type f \( -name '*.so' -o -name '*.so.*' -o -name "$NAME" \) | sort)
REQUIRED=()
OPTIONAL=()
for file in "${ELF_FILES[@]}"; do
  case "$file" in
    */plugins/platformthemes/* | */plugins/xcbglintegrations/* | */plugins/wayland-decoration-client/* \
      | */plugins/wayland-graphics-integration-client/* | */plugins/platforminputcontexts/*)
      OPTIONAL+=("$file") ;;
    *) REQUIRED+=("$file") ;;
  esac
done
mkdir -p "$WORK/shlibdeps/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$NAME" "$NAME" > "$WORK/shlibdeps/debian/control"
SUBSTVARS="$(cd "$WORK/shlibdeps" && dpkg-shlibdeps -O --ignore-missing-info -l"$INTERNAL" \
  -dDepends "${REQUIRED[@]}" -dRecommends "${OPTIONAL[@]}" 2>/dev/null)"
SHLIB_DEPENDS="$(sed -n 's/^shlibs:Depends=//p' <<<"$SUBSTVARS")"
SHLIB_RECOMMENDS="$(sed -n 's/^shlibs:Recommends=//p' <<<"$SUBSTVARS")"
[ -n "$SHLIB_DEPENDS" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }

INSTALLED_SIZE="$(du -sk --apparent-size "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: The Gemini Desktop developers <gemini-desktop@users.noreply.github.com>
Installed-Size: $INSTALLED_SIZE
Depends: $SHLIB_DEPENDS, ca-certificates
Recommends: $SHLIB_RECOMMENDS, gnome-keyring | kwalletmanager, xdg-desktop-portal
Section: graphics
Priority: optional
Description: Ask Google's Gemini models about your photos, videos and documents
 Gemini Desktop lets you talk with Google's Gemini models about your photos,
 videos, recordings and documents: drag a photo into the window, ask a question,
 and the answer appears as Gemini writes it. Keys stay in the desktop's password
 store (Secret Service: GNOME Keyring or KWallet).
EOF

mkdir -p "$OUTDIR"
DEB="$OUTDIR/${NAME}_${VERSION}_${ARCH}.deb"
dpkg-deb --build --root-owner-group -Zxz "$STAGE" "$DEB" >/dev/null
echo "$DEB"
