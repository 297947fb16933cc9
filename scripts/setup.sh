#!/usr/bin/env bash
# Installs what Outbound needs on a fresh Debian/Ubuntu machine that has Swift 6:
# the libxml2 and zlib development files (system libraries the package links),
# pkg-config (SwiftPM finds them through it), xmllint (the benchmark and a test compare
# against it), and a headless Chromium with CJK fonts (the tests load the HTML packets in
# a real browser), and PostgreSQL (the shared ledger of `outbound worker`; its tests start a
# throwaway server with scripts/postgres-server.sh). Run as root, or it uses sudo.
set -euo pipefail
packages=(libxml2-dev zlib1g-dev pkg-config libxml2-utils chromium fonts-noto-cjk postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
swift --version >/dev/null 2>&1 || { echo "setup: Swift 6 is required (https://www.swift.org/install/)" >&2; exit 1; }
swift build
echo "setup: ready"
