#!/usr/bin/env bash
# Packs the package, installs the tarball in a scratch project, and imports it as
# ESM and as CommonJS under Node 20 (the machine's) and Node 18, 22 and 24 (from npm).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
printf '{ "name": "da-risk-smoke", "private": true, "type": "module" }\n' > package.json
npm install --silent --no-audit --no-fund "./$tarball" fast-check@4 >/dev/null
cp "$root/test/smoke/smoke.mjs" "$root/test/smoke/smoke.cjs" .
node smoke.mjs
node smoke.cjs
for version in 18 22 24; do
  npx -y -p "node@$version" node smoke.mjs
  npx -y -p "node@$version" node smoke.cjs
done
