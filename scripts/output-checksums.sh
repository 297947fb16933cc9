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
# The ledger's schema v4-compact (docs/ledger.md): integer keys, 32-byte hashes as blobs,
# reference files once per run; rows are listed by their natural keys, not their ids.
table run "SELECT id, pipeline_id, outbound_version, status, counts, generated_at FROM run ORDER BY id"
table input_file "SELECT run_id, path, size, sha256 FROM input_file ORDER BY run_id, path"
table blob_dictionary "SELECT kind, hex(bytes) FROM blob_dictionary ORDER BY kind"
table reference_file "SELECT kind, ref_id, path, sha256 FROM reference_file ORDER BY 1, 2, 3, 4"
table version "SELECT d.dossier_id, hex(v.content_hash), v.filed, v.first_seen_run, v.last_seen_run, hex(v.body)
    FROM version v JOIN dossier d ON d.id = v.dossier ORDER BY 1, 2"
table decision "SELECT d.dossier_id, hex(v.content_hash), x.run_id, x.outcome, x.catalogue_id,
    (SELECT group_concat(r.kind || ':' || r.ref_id || ':' || r.path || ':' || r.sha256, ' ') FROM reference_file r
     WHERE ',' || s.files || ',' LIKE '%,' || r.id || ',%'), hex(x.body), x.change, x.is_current
    FROM decision x JOIN version v ON v.id = x.version JOIN dossier d ON d.id = x.dossier JOIN reference_set s ON s.id = x.reference_set
    ORDER BY 1, 2, 3"
table quarantine "SELECT q.run_id, d.dossier_id, hex(q.content_hash), q.file, q.position, q.reason, q.diagnostic_id, q.detail
    FROM quarantine q LEFT JOIN dossier d ON d.id = q.dossier ORDER BY 1, 4, 5, 7"
table packet "SELECT d.dossier_id, hex(v.content_hash), p.run_id, p.kind, p.path, hex(p.sha256)
    FROM packet p JOIN version v ON v.id = p.version JOIN dossier d ON d.id = v.dossier ORDER BY 1, 2, 3, 4"
table run_dossier "SELECT r.run_id, d.dossier_id, hex(v.content_hash), r.disposition
    FROM run_dossier r JOIN version v ON v.id = r.version JOIN dossier d ON d.id = v.dossier ORDER BY 1, 2, 3"
table decision_hit "SELECT d.dossier_id, hex(v.content_hash), x.run_id, h.catalogue_id, h.entry_identity, h.control_point, h.status
    FROM decision_hit h JOIN decision x ON x.id = h.decision_id JOIN version v ON v.id = x.version JOIN dossier d ON d.id = x.dossier
    ORDER BY 1, 2, 3, 5, 6"
table dossier_text "SELECT d.dossier_id, hex(v.content_hash), hex(t.body) FROM dossier_text t JOIN version v ON v.id = t.version
    JOIN dossier d ON d.id = v.dossier ORDER BY 1, 2"
