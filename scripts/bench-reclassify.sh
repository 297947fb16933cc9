#!/usr/bin/env bash
# Re-classification benchmark: a stored backlog of N generated dossiers, decided by the
# nightly intake with the catalogues in force before the 2025 adjustment (2008, 2020, 2023),
# then re-classified against pipelines/catalogues/2025.yml in full and in delta mode (each
# on its own copy of the ledger), next to re-running the whole intake over the same inputs
# with the 2025 version in the catalogue folder (fresh ledger). Release build. Prints the
# three times and their ratios.
#
#   scripts/bench-reclassify.sh [N]            # N defaults to 100000
#   SCRATCH=.build-x PACKETS="[html, jsonl]" scripts/bench-reclassify.sh 20000
#
# The corpus is cached under .build-bench/ by N; the work folder is .build-bench/reclassify-N.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
scratch=${SCRATCH:-.build}
packets=${PACKETS:-[html, jsonl]}
swift build -c release --scratch-path "$scratch" --product outbound >/dev/null
bin=$scratch/release/outbound
corpus=.build-bench/corpus-$count-batch-5000
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  "$bin" generate --count "$count" --layout batch --per-batch 5000 --seed 7 --out "$corpus" >/dev/null
  touch "$corpus/.done"
fi
work=$(pwd)/.build-bench/reclassify-$count
rm -rf "$work"
mkdir -p "$work/before" "$work/after"
cp pipelines/catalogues/2008.yml pipelines/catalogues/2020.yml pipelines/catalogues/2023.yml "$work/before/"
cp pipelines/catalogues/*.yml "$work/after/"

definition() {  # name, catalogue folder, ledger: writes $work/name.yml
  cat > "$work/$1.yml" <<YAML
kind: pipeline
id: bench-$1
title: Re-classification benchmark ($1)
inputs: [$(pwd)/$corpus]
references:
  catalogues: $2
  routing: $(pwd)/pipelines/routing
  calendars: $(pwd)/pipelines/calendars
  clocks: $(pwd)/pipelines/clocks.yml
stages: [extract, normalise, classify, route, packets]
concurrency: auto
ledger: $3
output: $work/out-$1
packets:
  formats: $packets
  summary: [json, html]
  queues: [csv, jsonl]
YAML
}
definition intake "$work/before" "$work/intake.sqlite"
definition full "$work/before" "$work/full.sqlite"
definition delta "$work/before" "$work/delta.sqlite"
definition rerun "$work/after" "$work/rerun.sqlite"

seconds() {  # label, command...: runs it, prints its wall time in seconds, keeps its stdout
  local start end
  start=$(date +%s.%N)
  "${@:2}" > "$work/$1.out" 2> "$work/$1.err" || { echo "bench: $1 failed:" >&2; tail -5 "$work/$1.err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
common=(--today 2026-11-21 --generated-at 2026-11-21T00:00:00Z)
t_intake=$(seconds intake "$bin" run "$work/intake.yml" --no-progress "${common[@]}")
for copy in full delta; do
  for suffix in "" -wal -shm; do [ -f "$work/intake.sqlite$suffix" ] && cp "$work/intake.sqlite$suffix" "$work/$copy.sqlite$suffix"; done
done
t_full=$(seconds full "$bin" reclassify "$work/full.yml" --catalogue pipelines/catalogues/2025.yml --status all --full "${common[@]}")
t_delta=$(seconds delta "$bin" reclassify "$work/delta.yml" --catalogue pipelines/catalogues/2025.yml --status all "${common[@]}")
t_rerun=$(seconds rerun "$bin" run "$work/rerun.yml" --no-progress "${common[@]}")
echo "backlog: $count dossiers; first intake (2008/2020/2023) $t_intake s: $(cat "$work/intake.out")"
echo "full reclassify:  $t_full s: $(cat "$work/full.out")"
echo "delta reclassify: $t_delta s: $(cat "$work/delta.out")"
echo "intake re-run (2025 in the folder, fresh ledger): $t_rerun s"
awk -v f="$t_full" -v d="$t_delta" -v r="$t_rerun" 'BEGIN {
  printf "ratios: re-run/full %.2fx, re-run/delta %.2fx, full/delta %.2fx\n", r / f, r / d, f / d }'
cmp <(jq -S '[.dossiers[] | {dossierID, newOutcome, hits}]' "$work/out-full/reclassify.json") \
    <(jq -S '[.dossiers[] | {dossierID, newOutcome, hits}]' "$work/out-delta/reclassify.json") \
  && echo "full and delta changed the same dossiers the same way" || { echo "bench: full and delta differ" >&2; exit 1; }
