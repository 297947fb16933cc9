#!/usr/bin/env bash
# Prints a checksum line for everything a nightly run wrote into OUTPUT (a run of
# `outbound run` with a fixed --generated-at and --today): every file's SHA-256 except the
# ledger, then one SHA-256 per ledger table over its rows in key order, with the columns that
# only say when a row was written (started_at, finished_at, registered_at, decided_at,
# recorded_at, written_at) left out and the blobs as stored. Two runs of the same inputs
# give the same lines when their outputs are byte-identical:
#
#   scripts/output-checksums.sh out/a > a.txt; scripts/output-checksums.sh out/b > b.txt; diff a.txt b.txt
#
# Needs sqlite3 (apt-get install sqlite3).
set -euo pipefail
out="${1:?usage: scripts/output-checksums.sh OUTPUT_FOLDER [LEDGER]}"
ledger="${2:-$out/ledger.sqlite}"
(cd "$out" && find . -type f ! -name 'ledger.sqlite*' ! -path './.partial/*' -print0 | sort -z | xargs -0 -r sha256sum)
[ -f "$ledger" ] || exit 0
table() {
    printf '%s ' "$1"
    sqlite3 -readonly "$ledger" "$2" | sha256sum | cut -d' ' -f1
}
table run "SELECT id, pipeline_id, outbound_version, status, counts FROM run ORDER BY id"
table input_file "SELECT run_id, path, size, sha256 FROM input_file ORDER BY run_id, path"
table dossier "SELECT dossier_id, content_hash, filed, first_seen_run, last_seen_run, hex(body), body_encoding FROM dossier ORDER BY dossier_id, content_hash"
table decision "SELECT dossier_id, content_hash, run_id, outcome, catalogue_id, versions, hex(body), body_encoding, is_current FROM decision ORDER BY dossier_id, content_hash, run_id"
table quarantine "SELECT run_id, dossier_id, content_hash, file, position, reason, diagnostic_id, detail FROM quarantine ORDER BY run_id, file, position, diagnostic_id"
table packet "SELECT dossier_id, content_hash, run_id, kind, path, sha256 FROM packet ORDER BY dossier_id, content_hash, run_id, kind"
table run_dossier "SELECT * FROM run_dossier ORDER BY 1, 2, 3"
table decision_hit "SELECT * FROM decision_hit ORDER BY 1, 2, 3, 4"
table dossier_text "SELECT dossier_id, content_hash, hex(body) FROM dossier_text ORDER BY 1, 2"
