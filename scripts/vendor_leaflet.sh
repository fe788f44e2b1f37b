#!/usr/bin/env bash
# Re-vendors Leaflet for the offline web map (zoast:webmap) from its npm package, pinned.
#   scripts/vendor_leaflet.sh [version]      (make webmap-vendor)
# npm installs the package into a temporary folder; leaflet.js, leaflet.css, images/ and the
# licence are copied into resources/webmap/vendor/leaflet/, and VERSION records the version and
# npm's integrity hash. The sourceMappingURL comment is dropped: the .map is not shipped, and a
# browser with developer tools open would otherwise ask for it.
set -euo pipefail
VERSION="${1:-1.9.4}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="$ROOT/resources/webmap/vendor/leaflet"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v npm >/dev/null || { echo "npm is needed (apt-get install npm)" >&2; exit 1; }
(cd "$WORK" && npm install --silent --no-audit --no-fund --ignore-scripts "leaflet@$VERSION" >/dev/null)
PACKAGE="$WORK/node_modules/leaflet"
INSTALLED="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$PACKAGE/package.json")"
[ "$INSTALLED" = "$VERSION" ] || { echo "npm installed leaflet $INSTALLED, not $VERSION" >&2; exit 1; }
INTEGRITY="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["packages"]["node_modules/leaflet"]["integrity"])' \
	"$WORK/package-lock.json")"
rm -rf "$TARGET"
mkdir -p "$TARGET/images"
sed '/^\/\/# sourceMappingURL=/d' "$PACKAGE/dist/leaflet.js" > "$TARGET/leaflet.js"
cp "$PACKAGE/dist/leaflet.css" "$TARGET/leaflet.css"
cp "$PACKAGE"/dist/images/*.png "$TARGET/images/"
cp "$PACKAGE/LICENSE" "$TARGET/LICENSE"
cat > "$TARGET/VERSION" <<END
leaflet $VERSION (npm, BSD-2-Clause)
integrity $INTEGRITY
files dist/leaflet.js (sourceMappingURL comment removed), dist/leaflet.css, dist/images/*.png, LICENSE
vendored by scripts/vendor_leaflet.sh (make webmap-vendor)
END
echo "Leaflet $VERSION vendored into ${TARGET#"$ROOT"/}"
