#!/usr/bin/env bash
# Workbench load benchmark: a ledger of N generated dossiers (a store-only nightly,
# `packets.formats: [jsonl]`, screened against the bundled sample list), served by
# `outbound serve` (release build) on loopback, and loaded with wrk (2 threads, 8
# connections, 20 s per page kind) on the machine's cores beside the server. Prints the
# index build time and, per page kind, requests per second and the p50/p90/p95/p99 latency;
# the target is p95 under 100 ms for the queue and dossier pages on 2 cores.
#
#   scripts/bench-workbench.sh [N]          # N defaults to 100000
#   DURATION=30s CONNECTIONS=16 scripts/bench-workbench.sh 20000
#
# Needs wrk (scripts/setup.sh installs it). The corpus and the ledger are cached under
# .build-bench/ by N; the server's log is .build-bench/workbench-N/serve.log.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-8}
scratch=${SCRATCH:-.build}
command -v wrk >/dev/null || { echo "bench-workbench: wrk is not installed (scripts/setup.sh installs it)" >&2; exit 69; }
swift build -c release --scratch-path "$scratch" --product outbound >/dev/null
bin=$(pwd)/$scratch/release/outbound
corpus=.build-bench/corpus-$count-batch-5000
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  "$bin" generate --count "$count" --layout batch --per-batch 5000 --seed 7 --out "$corpus" >/dev/null
  touch "$corpus/.done"
fi
work=$(pwd)/.build-bench/workbench-$count
mkdir -p "$work"
cat > "$work/nightly.yml" <<YAML
kind: pipeline
id: nightly
title: Workbench benchmark ($count dossiers)
inputs: [$(pwd)/$corpus]
references:
  catalogues: $(pwd)/pipelines/catalogues
  routing: $(pwd)/pipelines/routing
  calendars: $(pwd)/pipelines/calendars
  clocks: $(pwd)/pipelines/clocks.yml
  party-lists: [$(pwd)/testdata/lists/sample-csl.csv]
stages: [extract, normalise, classify, route, packets]
concurrency: auto
ledger: $work/ledger.sqlite
output: $work/out
packets:
  formats: [jsonl]
  summary: [json]
  queues: [csv]
YAML
if [ ! -f "$work/.ledger-done" ]; then
  rm -rf "$work/ledger.sqlite"* "$work/out"
  start=$(date +%s.%N)
  "$bin" run "$work/nightly.yml" --no-progress --today 2026-11-21 >/dev/null 2>"$work/nightly.log"
  printf 'ledger: nightly of %s dossiers in %.1f s\n' "$count" "$(echo "$(date +%s.%N) - $start" | bc)"
  touch "$work/.ledger-done"
fi
printf 'ledger: %s\n' "$(du -h "$work/ledger.sqlite" | cut -f1)"

port=$((20000 + RANDOM % 20000))
start=$(date +%s.%N)
"$bin" serve "$work/nightly.yml" --listen "127.0.0.1:$port" >/dev/null 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "bench-workbench: outbound serve stopped:" >&2; cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
printf 'serve: ready in %.1f s (%s)\n' "$(echo "$(date +%s.%N) - $start" | bc)" \
  "$(grep -o 'indexed [0-9]* dossiers in [0-9]* queues in [0-9.]* s' "$work/serve.log" | head -1)"
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status"; }
printf 'serve: RSS %s after indexing\n' "$(rss)"

base="http://127.0.0.1:$port"
# The largest queue, its first page and a filtered later page; dossier pages over a sample of ids.
api=$(curl -fsS "$base/api/queues")
queue=$(python3 -c 'import json,sys; q=max(json.load(sys.stdin)["queues"], key=lambda q: q["dossiers"]); print(q["id"], q["dossiers"])' <<<"$api")
read -r queue_id queue_size <<<"$queue"
echo "queue: $queue_id, $queue_size dossiers"
curl -fsS "$base/api/queues/$queue_id?page=1" \
  | python3 -c 'import json,sys; [print(d["id"]) for d in json.load(sys.stdin)["dossiers"]]' >"$work/ids.txt"
for page in 2 3 4 5 6 7 8 9 10; do
  curl -fsS "$base/api/queues/$queue_id?page=$page" \
    | python3 -c 'import json,sys; [print(d["id"]) for d in json.load(sys.stdin)["dossiers"]]' >>"$work/ids.txt"
done
echo "dossier pages: $(wc -l <"$work/ids.txt") ids"

cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("  %.0f requests/s, %d errors; latency p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests / (summary.duration / 1e6), errors,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
cat > "$work/dossiers.lua" <<LUA
ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/dossiers/" .. ids[(counter % #ids) + 1])
end
$(cat "$work/report.lua")
LUA

load() {  # label, script, url
  echo "$1"
  wrk -t2 -c"$connections" -d"$duration" -s "$2" "$3" | grep -E '^  [0-9]+ requests/s'
}
load "home page (/)" "$work/report.lua" "$base/"
load "queue page 1 ($queue_id, sorted by due)" "$work/report.lua" "$base/queues/$queue_id"
load "queue page 5, filtered (outcome=registration, status=open, -due)" "$work/report.lua" \
  "$base/queues/$queue_id?outcome=registration&status=open&sort=-due&page=5"
load "dossier pages (packet rendered from the ledger, history, actions)" "$work/dossiers.lua" "$base"
load "search by party name" "$work/report.lua" "$base/search?q=shenzhen"
printf 'serve: RSS %s after the load\n' "$(rss)"
