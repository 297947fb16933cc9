#!/usr/bin/env bash
# Runs every file of ../shared/realdata/C-hostile (and the dossier-shaped variants of the XML
# payloads: see Tests/EndToEndTests/HostileVariants.swift) through the `outbound extract`
# binary, one process per file, via the HostileInputTests suite, and prints a table per
# category: how many files, what each became (exit status and diagnostic ids), the largest
# peak RSS and the slowest file. Checks the bounds: peak RSS under 256 MB and under 1 s per
# file (the tests check memory only; time is checked here, never in a test).
#
# Usage: scripts/hostile-report.sh [--release]   (--release: measure a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
config=debug
scratch=.build-hostile
flags=()
if [ "${1:-}" = "--release" ]; then
    config=release
    scratch=.build-hostile-release
    flags=(-Xswiftc -enable-testing)  # other test targets use @testable imports
fi
report=$(mktemp "${TMPDIR:-/tmp}/outbound-hostile.XXXXXX")
trap 'rm -f "$report"' EXIT

# One test at a time, so that the times are not those of processes sharing the cores.
OUTBOUND_HOSTILE_REPORT=$report swift test -c "$config" --scratch-path "$scratch" "${flags[@]}" \
    --filter HostileInputTests --no-parallel >"$report.log" 2>&1 || {
    echo "hostile-report: the HostileInputTests suite failed:" >&2
    grep -E "✘|error:" "$report.log" | head -40 >&2
    rm -f "$report.log"
    exit 1
}
rm -f "$report.log"

echo "Hostile inputs through \`outbound extract\` ($config build), one process per file"
echo
echo "| category | variant | runs | became (exit status: diagnostic ids × count) | max RSS | slowest |"
echo "|---|---|---:|---|---:|---:|"
sort -t$'\t' -k1,1 -k3,3 "$report" | awk -F'\t' '
    function flush() {
        if (key == "") return
        line = ""
        for (o in seen) line = line (line == "" ? "" : "; ") o " × " seen[o]
        printf "| %s | %s | %d | %s | %.0f MB | %.2f s |\n", cat, variant, n, line, maxrss / 1024, maxs
        delete seen
    }
    {
        k = $1 "\t" $3
        if (k != key) { flush(); key = k; cat = $1; variant = $3; n = 0; maxrss = 0; maxs = 0 }
        n++
        seen["exit " $4 ": " ($6 > 0 ? $6 " dossier(s), " : "") $5]++
        if ($7 > maxrss) maxrss = $7
        if ($8 > maxs) maxs = $8
    }
    END { flush() }'
echo
total=$(wc -l < "$report")
over_rss=$(awk -F'\t' '$7 >= 262144' "$report" | wc -l)
over_time=$(awk -F'\t' '$8 >= 1.0' "$report" | wc -l)
echo "$total runs; $over_rss at or above 256 MB peak RSS; $over_time at or above 1 s."
if [ "$over_rss" -gt 0 ] || [ "$over_time" -gt 0 ]; then
    awk -F'\t' '$7 >= 262144 || $8 >= 1.0 { print "  over a bound: " $2 " (" $3 "): " $7 " KiB, " $8 " s" }' "$report"
    exit 1
fi
