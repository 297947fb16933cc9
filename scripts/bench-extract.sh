#!/usr/bin/env bash
# Extraction benchmark: generates a corpus with the project's own generator, then times
# `outbound extract` over it (release build) and prints MB/s, dossiers/s and peak RSS,
# next to `xmllint --stream` (one process) and `zcat` on the same files.
#
#   scripts/bench-extract.sh [COUNT] [LAYOUT] [PER_BATCH]
#   scripts/bench-extract.sh 20000 batch 5000      # 20k dossiers in 4 batch files
#   scripts/bench-extract.sh 100000 batch 100000   # one ~1 GB batch file: flat memory?
#
# The corpus is cached under .build-bench/ by its parameters.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
layout=${2:-batch}
per_batch=${3:-$(( (count + 3) / 4 ))}
jobs=${JOBS:-$(nproc)}
swift build -c release --product outbound >/dev/null
bin=.build/release/outbound
dir=.build-bench/corpus-$count-$layout-$per_batch
if [ ! -f "$dir/.done" ]; then
  rm -rf "$dir"
  "$bin" generate --count "$count" --layout "$layout" --per-batch "$per_batch" --seed 7 --out "$dir" >/dev/null
  touch "$dir/.done"
fi
bytes=$(find "$dir" -type f ! -name .done -printf '%s\n' | awk '{s+=$1} END {print s}')
files=$(find "$dir" -type f ! -name .done | sort)

measure() {  # label, command...: prints wall seconds and peak RSS (KiB) of the command
  local label=$1; shift
  local stats
  stats=$(mktemp)
  local status=0
  /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>"$stats.err" || status=$?
  if [ "$status" -ne 0 ] && [ "$label" != xmllint ]; then
    echo "bench: $label failed with status $status:" >&2; tail -5 "$stats.err" >&2; exit 1
  fi
  case "$label" in extract*) grep -q " $count dossiers, 0 quarantined" "$stats.err" || { echo "bench: $label did not read $count dossiers:" >&2; tail -2 "$stats.err" >&2; exit 1; } ;; esac
  echo "$label $(tail -1 "$stats")"
  rm -f "$stats" "$stats.err"
}

printf 'corpus: %s dossiers, layout %s, %d files, %.1f MB\n' "$count" "$layout" "$(echo "$files" | wc -l)" "$(echo "$bytes / 1000000" | bc -l)"
read -r _ ext_s ext_kb < <(measure extract "$bin" extract --jobs "$jobs" --no-warnings "$dir")
read -r _ one_s one_kb < <(measure extract1 "$bin" extract --jobs 1 --no-warnings "$dir")
if [ "$layout" = gzip ]; then
  read -r _ ref_s _ < <(measure zcat sh -c "zcat $dir/*.gz >/dev/null")
  ref_label="zcat"
else
  read -r _ ref_s _ < <(measure xmllint sh -c "for f in $(echo $files); do xmllint --stream --noout \$f; done")
  ref_label="xmllint --stream (1 process)"
fi
awk -v b="$bytes" -v n="$count" -v s="$ext_s" -v kb="$ext_kb" -v s1="$one_s" -v kb1="$one_kb" -v r="$ref_s" -v rl="$ref_label" -v j="$jobs" 'BEGIN {
  printf "outbound extract, %d jobs: %.2f s, %.1f MB/s, %.0f dossiers/s, peak RSS %.1f MB\n", j, s, b/1e6/s, n/s, kb/1024
  printf "outbound extract, 1 job:  %.2f s, %.1f MB/s, %.0f dossiers/s, peak RSS %.1f MB\n", s1, b/1e6/s1, n/s1, kb1/1024
  printf "%s: %.2f s, %.1f MB/s\n", rl, r, b/1e6/r
  printf "ratio extract(%d jobs) / %s: %.2f; speed-up %d jobs vs 1: %.2f\n", j, rl, s/r, j, s1/s
}'
