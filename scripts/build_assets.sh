#!/usr/bin/env bash
# Copies the compiled NHS.UK frontend (from npm, pinned in package.json) into static/nhsuk/.
# The copies are build output: never committed (see .gitignore).
set -euo pipefail
cd "$(dirname "$0")/.."
src=node_modules/nhsuk-frontend/dist/nhsuk
if [ ! -d "$src" ]; then
  echo "nhsuk-frontend is not installed: run 'npm ci' first" >&2
  exit 1
fi
dest=static/nhsuk
rm -rf "$dest"
mkdir -p "$dest"
# The stylesheet points at /assets/...; make those paths relative so they resolve under
# STATIC_URL, and drop the sourcemap comments (maps are not shipped).
sed -e 's#url(/assets/#url(assets/#g' -e 's#/\*[#] sourceMappingURL=[^*]*\*/##' \
  "$src/nhsuk-frontend.min.css" > "$dest/nhsuk-frontend.min.css"
sed -e 's#//[#] sourceMappingURL=.*$##' "$src/nhsuk-frontend.min.js" > "$dest/nhsuk-frontend.min.js"
cp -R "$src/assets" "$dest/assets"
echo "NHS.UK frontend $(node -p "require('./node_modules/nhsuk-frontend/package.json').version") copied to $dest"
