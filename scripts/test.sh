#!/usr/bin/env bash
# Every test of Outbound, as CI runs them, with every real component they need:
#
#   1. installs what is missing (scripts/setup.sh: PostgreSQL, Chromium, sqlite3, ...);
#   2. checks the style (`swift format lint`, configuration in .swift-format);
#   3. starts a throwaway PostgreSQL server on loopback (scripts/postgres-server.sh) and
#      runs `swift test` with OUTBOUND_REQUIRE_POSTGRES=1: a missing server or browser fails
#      the tests instead of skipping them;
#   4. the readers again under AddressSanitizer, every hostile file of ../shared/realdata
#      included (docs/hostile-input.md);
#   5. the crash test: SIGKILL during `outbound run`, resume, check ledger, packets, summary.
#
# `--quick` stops after step 3. Exit 0 when everything passes.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true

scripts/setup.sh
echo "test: style (swift format lint)" >&2
swift format lint --strict --recursive Sources Tests Package.swift

scripts/postgres-server.sh start >/dev/null
trap 'scripts/postgres-server.sh stop >/dev/null' EXIT
eval "$(scripts/postgres-server.sh env)"
export OUTBOUND_REQUIRE_POSTGRES=1
echo "test: swift test (PostgreSQL at ${OUTBOUND_TEST_POSTGRES_URL%%\?*})" >&2
swift test
$quick && exit 0

echo "test: the readers under AddressSanitizer" >&2
LSAN_OPTIONS="suppressions=$(pwd)/.ci/lsan.supp" swift test --sanitize=address --scratch-path .build-asan \
    --filter 'XMLStreamTests|OutboundCompressionTests|ExtractTests'
echo "test: crash safety" >&2
scripts/crash-test.sh
