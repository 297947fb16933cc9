#!/usr/bin/env bash
# Installs what Outbound needs on a Debian or Ubuntu machine that has Swift 6, when it is
# missing: the libxml2, zlib and SQLite development files (system libraries the package
# links; GRDB builds against the system's sqlite3.h),
# pkg-config (SwiftPM finds them through it), xmllint (the benchmark compares against it),
# a headless Chromium with CJK fonts (the tests load the HTML packets in a real browser),
# PostgreSQL (the shared ledger of `outbound worker`; scripts/test.sh starts a throwaway
# server), sqlite3 (the crash test reads the ledger), python3-lxml (the benchmark runs the
# Python peer beside Outbound) and wrk (scripts/bench-workbench.sh loads `outbound serve`).
# Runs apt-get as root, or through sudo. Quiet when nothing is missing. `--build` also
# builds the package.
set -euo pipefail
packages=(libxml2-dev zlib1g-dev libsqlite3-dev pkg-config libxml2-utils chromium fonts-noto-cjk postgresql sqlite3 python3-lxml wrk)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
swift --version >/dev/null 2>&1 || { echo "setup: Swift 6 is required (https://www.swift.org/install/)" >&2; exit 1; }
if [ "${1:-}" = "--build" ]; then
    swift build --package-path "$(dirname "$0")/.."
fi
