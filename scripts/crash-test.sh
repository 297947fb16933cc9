#!/usr/bin/env bash
# Crash safety of `outbound run`: generates a few thousand dossiers (plus the bad inputs of
# testdata/inbox-bad, which are quarantined), makes a reference run without interruption,
# then runs the same definition into a second output and ledger, killing it with SIGKILL at
# random moments ROUNDS times, resumes it to the end, and checks against the reference:
#
#   - every dossier exactly once in the ledger: the same current decisions (id, content
#     hash, outcome), no id with two current decisions, no extra dossier version, the same
#     quarantines, and each dossier version's decision recorded once (no two decision rows
#     with the same version, reference files, body and change, whatever the runs);
#   - every packet complete and valid: each current decision's page is on disk with the
#     sha256 the ledger recorded and ends with </html>; the same pages as the reference,
#     none missing, none extra; every line of packets.jsonl parses, and the file equals the
#     reference's but for the run each packet names;
#   - the summary of the final resume: every dossier counted once (decided + unchanged =
#     the reference's decided), the same quarantines and outcomes as the reference.
#
# Usage: scripts/crash-test.sh [COUNT] [ROUNDS] [SEED]   (defaults 3000, 6, 1)
# OUTBOUND=path/to/outbound to use a given binary (default: the debug build, built here).
# Needs sqlite3 (CI installs it). Exit 0 when every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
count=${1:-3000}
rounds=${2:-6}
seed=${3:-1}
RANDOM=$seed

command -v sqlite3 >/dev/null || { echo "crash-test: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 2; }
if [ -z "${OUTBOUND:-}" ]; then
    swift build --product outbound >/dev/null
    OUTBOUND="$(swift build --show-bin-path)/outbound"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/outbound-crash.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "crash-test: $count dossiers, $rounds kills, seed $seed, in $work"

"$OUTBOUND" generate --count "$count" --layout mixed --out "$work/inbox" >/dev/null 2>&1
cp testdata/inbox-bad/* "$work/inbox/"

definition() {  # definition NAME: a pipeline writing into $work/NAME
    cat > "$work/$1.yml" <<YAML
kind: pipeline
id: crash-test
title: Crash test ($1)
inputs:
  - $work/inbox
references:
  catalogues: $repo/pipelines/catalogues
  routing: $repo/pipelines/routing
  calendars: $repo/pipelines/calendars
  clocks: $repo/pipelines/clocks.yml
  party-lists: []
stages: [extract, normalise, classify, route, packets]
concurrency: 2
ledger: $work/$1/ledger.sqlite
output: $work/$1
packets:
  formats: [html, jsonl]
  summary: [json, html]
  queues: [csv, jsonl]
YAML
}
definition reference
definition crashed
run() {  # run NAME: one `outbound run`, its exit status echoed
    "$OUTBOUND" run "$work/$1.yml" --no-progress --today 2026-11-20 --generated-at 2026-11-21T02:00:00Z \
        >>"$work/$1.out" 2>>"$work/$1.err"
}

start_ms=$(( $(date +%s%N) / 1000000 ))
run reference || true
reference_ms=$(( $(date +%s%N) / 1000000 - start_ms ))
echo "crash-test: reference run took ${reference_ms} ms: $(tail -1 "$work/reference.out")"

# Kill moments: spread over about 1.5 reference runs, so that later rounds hit the resume
# (skips, packets rewritten) as well as fresh work; each at least 0.3 s in.
span_ms=$(( reference_ms * 3 / 2 / rounds ))
[ "$span_ms" -ge 1000 ] || span_ms=1000
killed=0
for round in $(seq 1 "$rounds"); do
    delay_ms=$(( 300 + (RANDOM * 32768 + RANDOM) % span_ms ))
    "$OUTBOUND" run "$work/crashed.yml" --no-progress --today 2026-11-20 --generated-at 2026-11-21T02:00:00Z \
        >>"$work/crashed.out" 2>>"$work/crashed.err" &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -KILL "$pid" 2>/dev/null; then
        killed=$((killed + 1))
        wait "$pid" 2>/dev/null || true
        done_now=$(sqlite3 "$work/crashed/ledger.sqlite" "SELECT COUNT(*) FROM decision WHERE is_current = 1" 2>/dev/null || echo "?")
        echo "crash-test: round $round: SIGKILL after ${delay_ms} ms; current decisions in the ledger: $done_now"
    else
        wait "$pid" || true
        echo "crash-test: round $round: the run finished before the kill at ${delay_ms} ms"
    fi
done
: > "$work/crashed.out"
run crashed || true
echo "crash-test: final resume: $(tail -1 "$work/crashed.out")"

# ---- checks ----
failures=0
fail() { echo "crash-test: FAIL: $*" >&2; failures=$((failures + 1)); }
q() { sqlite3 -batch -noheader "$1" "$2"; }
ref=$work/reference/ledger.sqlite
got=$work/crashed/ledger.sqlite

# The ledger keys dossiers by integer and hashes as 32-byte blobs (docs/ledger.md).
current="SELECT d.dossier_id || ' ' || lower(hex(v.content_hash)) || ' ' || x.outcome FROM decision x JOIN version v ON v.id = x.version
         JOIN dossier d ON d.id = x.dossier WHERE x.is_current = 1 ORDER BY d.dossier_id"
diff <(q "$ref" "$current") <(q "$got" "$current") >"$work/current.diff" || fail "current decisions differ from the reference: $(head -5 "$work/current.diff")"
n_current=$(q "$got" "SELECT COUNT(*) FROM decision WHERE is_current = 1")
[ "$(q "$got" "SELECT COUNT(*) FROM (SELECT dossier FROM decision WHERE is_current = 1 GROUP BY dossier HAVING COUNT(*) > 1)")" = 0 ] || fail "an id has two current decisions"
versions="SELECT d.dossier_id || ' ' || lower(hex(v.content_hash)) FROM version v JOIN dossier d ON d.id = v.dossier ORDER BY 1"
diff <(q "$ref" "$versions") <(q "$got" "$versions") >/dev/null || fail "the dossier versions differ from the reference"
# Every decision of the crashed ledger is on a version the reference has, once per run.
[ "$(q "$got" "SELECT COUNT(*) FROM (SELECT 1 FROM decision GROUP BY version, run_id HAVING COUNT(*) > 1)")" = 0 ] || fail "a decision is recorded twice in one run"
# A resume records each dossier version's decision once, whichever run made it first.
twice=$(q "$got" "SELECT COUNT(*) FROM (SELECT 1 FROM decision GROUP BY version, reference_set, body, ifnull(change, '') HAVING COUNT(*) > 1)")
[ "$twice" = 0 ] || fail "$twice dossier versions have the same decision recorded more than once"
n_decisions=$(q "$got" "SELECT COUNT(*) FROM decision")
quarantines="SELECT DISTINCT coalesce(d.dossier_id, '-') || ' ' || replace(q.file, '$work/', '') || ' ' || q.position || ' ' || q.diagnostic_id
             FROM quarantine q LEFT JOIN dossier d ON d.id = q.dossier ORDER BY 1"
diff <(q "$ref" "$quarantines") <(q "$got" "$quarantines") >"$work/quarantine.diff" || fail "quarantines differ from the reference: $(head -5 "$work/quarantine.diff")"
n_quarantined=$(q "$got" "SELECT COUNT(DISTINCT coalesce(dossier, file || position)) FROM quarantine")
# No id both decided (current) and quarantined after it in the final state.
[ "$(q "$got" "SELECT COUNT(*) FROM decision x JOIN quarantine q ON q.dossier = x.dossier AND q.run_id > x.run_id WHERE x.is_current = 1")" = 0 ] || fail "an id is both decided and quarantined after its decision"

# Pages: the newest page row of each current decision, checked on disk.
newest="SELECT lower(hex(p.sha256)) || '  ' || p.path FROM packet p JOIN decision x ON x.version = p.version AND x.is_current = 1
        WHERE p.kind = 'html' AND p.run_id = (SELECT MAX(run_id) FROM packet p2 WHERE p2.version = p.version AND p2.kind = p.kind)"
q "$got" "$newest" > "$work/packets.sha256"
n_packet_rows=$(wc -l < "$work/packets.sha256")
[ "$n_packet_rows" = "$n_current" ] || fail "$n_packet_rows page rows for $n_current current decisions (want 1 each)"
(cd "$work/crashed" && sha256sum --quiet -c "$work/packets.sha256") >"$work/sha.out" 2>&1 || fail "pages differ from what the ledger recorded: $(head -5 "$work/sha.out")"
(cd "$work/reference" && find packets -type f | sort) > "$work/ref.files"
(cd "$work/crashed" && find packets -type f | sort) > "$work/got.files"
diff "$work/ref.files" "$work/got.files" >"$work/files.diff" || fail "packet files differ from the reference (missing <, extra >): $(head -5 "$work/files.diff")"
leftovers=$(find "$work/crashed" -name '.*' -not -name '.partial' -o -path '*/.partial/*' | wc -l)
[ "$leftovers" = 0 ] || fail "$leftovers temporary files of killed writes are left in the output: $(find "$work/crashed" -name '.*' -not -name '.partial' -o -path '*/.partial/*' | head -3)"
# Every page is whole; packets.jsonl: every line parses (SQLite's own JSON parser), and the
# lines are the reference's but for the run each packet names (a resumed run's dossiers
# were decided by several runs).
bad_html=0
while IFS= read -r -d '' f; do
    tail -c 64 "$f" | tr -d '\n\r ' | grep -q '</html>$' || bad_html=$((bad_html + 1))
done < <(find "$work/crashed/packets" -name '*.html' -print0)
[ "$bad_html" = 0 ] || fail "$bad_html pages do not end with </html>"
bad_json=$(sqlite3 :memory: "WITH RECURSIVE f(rest, line) AS (SELECT CAST(readfile('$work/crashed/packets.jsonl') AS TEXT), NULL
    UNION ALL SELECT substr(rest, instr(rest, char(10)) + 1), substr(rest, 1, instr(rest, char(10)) - 1) FROM f WHERE instr(rest, char(10)) > 0)
    SELECT COUNT(*) FROM f WHERE line IS NOT NULL AND json_valid(line) IS NOT 1")
[ "$bad_json" = 0 ] || fail "$bad_json lines of packets.jsonl do not parse"
unrun() { sed 's/"run":{[^}]*}//' "$1"; }
diff <(unrun "$work/reference/packets.jsonl") <(unrun "$work/crashed/packets.jsonl") >"$work/jsonl.diff" \
    || fail "packets.jsonl differs from the reference's (run aside): $(head -c 300 "$work/jsonl.diff")"
n_lines=$(wc -l < "$work/crashed/packets.jsonl")

# The summary of the final resume: every dossier once, the same totals as the reference.
totals() {  # totals DIR: "dossiers processed+skipped quarantined outcomes..." from summary.json
    sqlite3 :memory: "SELECT json_extract(s, '\$.totals.dossiers'), json_extract(s, '\$.totals.processed') + json_extract(s, '\$.totals.skipped'),
        json_extract(s, '\$.totals.quarantined'), (SELECT group_concat(json_extract(value, '\$.key') || '=' || json_extract(value, '\$.count'), ',') FROM json_each(s, '\$.byOutcome'))
        FROM (SELECT readfile('$1/summary.json') AS s)"
}
[ "$(totals "$work/reference")" = "$(totals "$work/crashed")" ] || fail "summary totals: reference $(totals "$work/reference"), after resume $(totals "$work/crashed")"
[ "$(q "$got" "SELECT status FROM run ORDER BY id DESC LIMIT 1")" = finished ] || fail "the final run is not finished"

runs=$(q "$got" "SELECT COUNT(*) FROM run")
echo "crash-test: $killed kills in $rounds rounds, $runs runs in the ledger; $n_current dossiers decided, $n_quarantined quarantined, $n_packet_rows pages and $n_lines lines checked, $n_decisions decision rows; summary $(totals "$work/crashed")"
if [ "$failures" -gt 0 ]; then
    echo "crash-test: $failures checks failed" >&2
    exit 1
fi
echo "crash-test: all checks passed"
