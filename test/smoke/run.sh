#!/usr/bin/env bash
# Installs the packed package in a scratch project and imports it as ESM and as CommonJS under
# Node 20 (the machine's) and Node 18, 22 and 24 (from npm), and checks that its stack traces
# name src/ files under --enable-source-maps.
#   bash test/smoke/run.sh [TARBALL]   (without one, packs the package, which builds it)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
  tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  # prepack's build writes to stdout too; npm prints the tarball's name last.
  tarball="$work/$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
fi
cd "$work"
printf '{ "name": "da-risk-smoke", "private": true, "type": "module" }\n' > package.json
npm install --silent --no-audit --no-fund "$tarball" fast-check@4 >/dev/null
cp "$root/test/smoke/smoke.mjs" "$root/test/smoke/smoke.cjs" "$root/test/smoke/stack.mjs" .
for version in 20 18 22 24; do
  if [ "$version" = 20 ]; then node=(node); else node=(npx -y -p "node@$version" node); fi
  "${node[@]}" smoke.mjs
  "${node[@]}" smoke.cjs
  "${node[@]}" --enable-source-maps stack.mjs
done
