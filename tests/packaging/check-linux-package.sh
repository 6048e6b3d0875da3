#!/usr/bin/env bash
# Builds the .deb and .tar.gz from the build tree and checks them as a user and Debian would:
# desktop and AppStream files valid, lintian without errors, the runtime SQL drivers declared, and
# the programs running from the unpacked package (the CLI creates a demo database; the GUI starts).
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
app=org.linedesk.LineDesk

desktop-file-validate "$src/packaging/linux/$app.desktop"

DESTDIR="$tmp/install" cmake --install "$build" --prefix /usr >/dev/null
desktop-file-validate "$tmp/install/usr/share/applications/$app.desktop"
appstreamcli validate --no-net --pedantic "$tmp/install/usr/share/metainfo/$app.metainfo.xml" \
  || appstreamcli validate --no-net "$tmp/install/usr/share/metainfo/$app.metainfo.xml"
for size in 16 32 48 64 128 256; do
  test -s "$tmp/install/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
done
test -s "$tmp/install/usr/share/icons/hicolor/scalable/apps/$app.svg"

(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1) \
  || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/pkg/*.deb)
tgz=$(ls "$tmp"/pkg/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libqt6core6; do
  case "$depends" in *"$needed"*) ;; *) echo "the package does not depend on $needed"; exit 1 ;; esac
done

lintian --allow-root --fail-on error --suppress-tags no-manual-page "$deb" | tee "$tmp/lintian.log"

dpkg -x "$deb" "$tmp/root"
version=$("$tmp/root/usr/bin/linedesk-cli" --version)
echo "$version"
metainfo_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$tmp/root/usr/share/metainfo/$app.metainfo.xml")
[ "$version" = "linedesk-cli $metainfo_version" ] || { echo "version mismatch: $version vs metainfo $metainfo_version"; exit 1; }
"$tmp/root/usr/bin/linedesk-cli" --db "$tmp/x.sqlite" --now 2026-11-23T10:00:00-05:00 init --demo >/dev/null
"$tmp/root/usr/bin/linedesk-cli" --db "$tmp/x.sqlite" --format json info | grep -q '"numbers": 12'
HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" QT_QPA_PLATFORM=offscreen \
  "$tmp/root/usr/bin/linedesk" --db "$tmp/x.sqlite" --screenshot "$tmp/window.png"
test -s "$tmp/window.png"
tar -tzf "$tgz" | grep -q 'bin/linedesk-cli$'
echo "package checks passed"
