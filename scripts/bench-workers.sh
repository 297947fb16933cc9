#!/usr/bin/env bash
# Throughput of the shared-run workers (issue 8): one generated corpus, decided by
# `outbound run` on the SQLite ledger, then by 1, 2 and 3 `outbound worker` processes on a
# PostgreSQL ledger (each on a fresh schema). Prints wall time and dossiers per second.
#
# Usage: scripts/bench-workers.sh [COUNT] [JOBS-PER-WORKER]   (defaults 5000, 1)
# Needs OUTBOUND_TEST_POSTGRES_URL and PGPASSWORD (scripts/postgres-server.sh start; url).
# OUTBOUND=path/to/outbound to use a given binary (default: a release build, built here).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
count=${1:-5000}
jobs=${2:-1}
: "${OUTBOUND_TEST_POSTGRES_URL:?start a server: scripts/postgres-server.sh start, then export what it prints}"
if [ -z "${OUTBOUND:-}" ]; then
    swift build -c release --product outbound >/dev/null
    OUTBOUND="$(swift build -c release --show-bin-path)/outbound"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/outbound-workers.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$OUTBOUND" generate --count "$count" --layout batch --per-batch 500 --out "$work/inbox" >/dev/null
bytes=$(du -sb "$work/inbox" | cut -f1)

definition() {  # definition NAME
    mkdir -p "$work/$1"
    cat > "$work/$1/pipeline.yml" <<YAML
kind: pipeline
id: bench-workers
title: Worker throughput ($1)
inputs: [$work/inbox]
references:
  catalogues: $repo/pipelines/catalogues
  routing: $repo/pipelines/routing
  calendars: $repo/pipelines/calendars
  clocks: $repo/pipelines/clocks.yml
stages: [extract, normalise, classify, route, packets]
ledger: $work/$1/ledger.sqlite
output: $work/$1/out
YAML
    echo "$work/$1/pipeline.yml"
}
fixed=(--today 2026-11-21 --generated-at 2026-11-21T02:00:00Z --no-progress)
now() { date +%s.%N; }
row() {  # row LABEL START
    awk -v label="$1" -v start="$2" -v end="$(now)" -v count="$count" -v bytes="$bytes" \
        'BEGIN { s = end - start; printf "%-36s %8.2f s %10.0f dossiers/s %8.1f MB/s\n", label, s, count / s, bytes / 1e6 / s }'
}

echo "bench-workers: $count dossiers, $((bytes / 1000000)) MB, $jobs thread(s) per worker, $(nproc) cores"
def=$(definition sqlite)
start=$(now)
"$OUTBOUND" run "$def" --jobs "$jobs" "${fixed[@]}" >/dev/null 2>&1 || true
row "outbound run, SQLite, $jobs job(s)" "$start"
def=$(definition sqlite2)
start=$(now)
"$OUTBOUND" run "$def" --jobs 2 "${fixed[@]}" >/dev/null 2>&1 || true
row "outbound run, SQLite, 2 jobs" "$start"

base=$OUTBOUND_TEST_POSTGRES_URL
for n in 1 2 3; do
    schema="bench_${n}_$$"
    ledger="$base$([[ $base == *\?* ]] && echo '&' || echo '?')search_path=$schema"
    def=$(definition "pg$n")
    start=$(now)
    pids=()
    for w in $(seq 1 "$n"); do
        "$OUTBOUND" worker "$def" --ledger "$ledger" --run-key bench --worker-id "w$w" --jobs "$jobs" "${fixed[@]}" >/dev/null 2>"$work/pg$n/w$w.log" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || true; done
    row "outbound worker x$n, PostgreSQL" "$start"
    psql -X -q -d "${base%%\?*}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
    cmp -s <(cd "$work/sqlite/out" && find packets -type f | sort | xargs md5sum) \
           <(cd "$work/pg$n/out" && find packets -type f | sort | xargs md5sum) \
        || echo "  (packets differ from the SQLite run's)"
done
