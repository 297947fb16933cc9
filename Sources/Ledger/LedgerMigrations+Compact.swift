import DossierModel
import Foundation
import GRDB

extension LedgerMigrations {
    /// `v4-compact`: the ledger stores what audit, re-runs and re-classification need once,
    /// with integer keys for its joins (`docs/ledger.md`, issue 17):
    ///
    /// - `dossier`: one row per dossier id; `version` (was `dossier`): one per id and content
    ///   hash, the hash as its 32 bytes, the body in the binary form compressed against the
    ///   ledger's dictionary (`blob_dictionary`);
    /// - `reference_file` and `reference_set`: each reference file (kind, id, path, hash) once,
    ///   and each list of them a decision used once; a decision points to its list instead of
    ///   repeating it in a JSON column and in its body;
    /// - `decision`, `quarantine`, `packet`, `run_dossier`, `decision_hit` and `dossier_text`
    ///   refer to `dossier` and `version` by their integer ids; a packet's hash is its 32 bytes;
    /// - `decision.change`: what a re-classification changed, so its packet can be rendered
    ///   again; `run.generated_at`: the time a run's packets name.
    ///
    /// The rows of earlier ledgers are carried over; their blobs (gzip-compressed JSON) stay
    /// as they are and are read as such. A new ledger file is made with 16 KiB pages, so that
    /// rows of a few kilobytes fill them.
    static func v4Compact(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE run ADD COLUMN generated_at TEXT;

                DROP INDEX decision_current;
                DROP INDEX decision_by_run;
                DROP INDEX decision_unindexed;
                DROP INDEX quarantine_by_dossier;
                DROP INDEX packet_by_run;
                DROP INDEX decision_hit_by_entry;
                ALTER TABLE dossier RENAME TO v3_dossier;
                ALTER TABLE decision RENAME TO v3_decision;
                ALTER TABLE quarantine RENAME TO v3_quarantine;
                ALTER TABLE packet RENAME TO v3_packet;
                ALTER TABLE run_dossier RENAME TO v3_run_dossier;
                ALTER TABLE decision_hit RENAME TO v3_decision_hit;
                ALTER TABLE dossier_text RENAME TO v3_dossier_text;

                CREATE TABLE blob_dictionary (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL UNIQUE CHECK (kind IN ('dossier', 'decision')),
                    bytes BLOB NOT NULL CHECK (length(bytes) > 0)
                );

                CREATE TABLE reference_file (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind <> ''),
                    ref_id TEXT NOT NULL,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    UNIQUE (kind, ref_id, path, sha256)
                );
                CREATE TABLE reference_set (
                    id INTEGER PRIMARY KEY,
                    files TEXT NOT NULL UNIQUE CHECK (NOT files GLOB '*[^0-9,]*')
                );

                CREATE TABLE dossier (
                    id INTEGER PRIMARY KEY,
                    dossier_id TEXT NOT NULL UNIQUE CHECK (dossier_id <> '')
                );

                CREATE TABLE version (
                    id INTEGER PRIMARY KEY,
                    dossier INTEGER NOT NULL REFERENCES dossier(id),
                    content_hash BLOB NOT NULL CHECK (length(content_hash) = 32),
                    filed TEXT CHECK (filed IS NULL OR filed GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                    first_seen_run INTEGER NOT NULL REFERENCES run(id),
                    last_seen_run INTEGER NOT NULL REFERENCES run(id),
                    body BLOB NOT NULL CHECK (length(body) > 0),
                    UNIQUE (dossier, content_hash),
                    CHECK (last_seen_run >= first_seen_run)
                );

                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY,
                    version INTEGER NOT NULL REFERENCES version(id),
                    dossier INTEGER NOT NULL REFERENCES dossier(id),
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    outcome TEXT NOT NULL CHECK (outcome IN ('prohibited', 'ip-security-review', 'export-licence',
                        'acquisition-review', 'registration', 'out-of-scope', 'quarantined')),
                    catalogue_id TEXT,
                    reference_set INTEGER NOT NULL REFERENCES reference_set(id),
                    body BLOB NOT NULL CHECK (length(body) > 0),
                    change TEXT CHECK (change IS NULL OR json_valid(change)),
                    decided_at DATETIME NOT NULL,
                    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
                    hits_indexed INTEGER NOT NULL DEFAULT 0 CHECK (hits_indexed IN (0, 1)),
                    UNIQUE (version, run_id)
                );
                CREATE UNIQUE INDEX decision_current ON decision(dossier) WHERE is_current = 1;
                CREATE INDEX decision_by_run ON decision(run_id);
                CREATE INDEX decision_unindexed ON decision(dossier) WHERE is_current = 1 AND hits_indexed = 0;

                CREATE TABLE quarantine (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    dossier INTEGER REFERENCES dossier(id),
                    content_hash BLOB CHECK (content_hash IS NULL OR length(content_hash) = 32),
                    file TEXT NOT NULL,
                    position TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    diagnostic_id TEXT NOT NULL CHECK (diagnostic_id <> ''),
                    detail TEXT NOT NULL CHECK (json_valid(detail)),
                    recorded_at DATETIME NOT NULL,
                    UNIQUE (run_id, file, position, diagnostic_id)
                );
                CREATE INDEX quarantine_by_dossier ON quarantine(dossier, id) WHERE dossier IS NOT NULL;

                CREATE TABLE packet (
                    version INTEGER NOT NULL REFERENCES version(id),
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    kind TEXT NOT NULL CHECK (kind IN ('json', 'html')),
                    path TEXT NOT NULL CHECK (path <> ''),
                    sha256 BLOB NOT NULL CHECK (length(sha256) = 32),
                    written_at DATETIME NOT NULL,
                    PRIMARY KEY (version, run_id, kind)
                ) WITHOUT ROWID;
                CREATE INDEX packet_by_run ON packet(run_id);

                CREATE TABLE run_dossier (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    version INTEGER NOT NULL REFERENCES version(id),
                    disposition TEXT NOT NULL CHECK (disposition IN ('decided', 'skipped')),
                    PRIMARY KEY (run_id, version)
                ) WITHOUT ROWID;

                CREATE TABLE decision_hit (
                    decision_id INTEGER NOT NULL REFERENCES decision(id),
                    catalogue_id TEXT NOT NULL CHECK (catalogue_id <> ''),
                    entry_identity TEXT NOT NULL CHECK (entry_identity <> ''),
                    control_point TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL CHECK (status IN ('hit', 'threshold-failed', 'negated', 'qualifier-not-met', 'code-only', 'entry-name-only')),
                    PRIMARY KEY (decision_id, entry_identity, control_point)
                ) WITHOUT ROWID;
                CREATE INDEX decision_hit_by_entry ON decision_hit(catalogue_id, entry_identity, control_point);

                CREATE TABLE dossier_text (
                    version INTEGER PRIMARY KEY REFERENCES version(id),
                    body BLOB NOT NULL
                );
                """)
        try carryOverV3(db)
        try db.execute(
            sql: """
                DROP TABLE v3_decision_hit;
                DROP TABLE v3_dossier_text;
                DROP TABLE v3_packet;
                DROP TABLE v3_run_dossier;
                DROP TABLE v3_quarantine;
                DROP TABLE v3_decision;
                DROP TABLE v3_dossier;
                """)
    }

    /// The rows of the v3 tables in the new ones: ids kept where the new table has the same
    /// rows (versions, decisions, quarantines), hashes turned to bytes, reference lists
    /// turned to sets.
    private static func carryOverV3(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO dossier (dossier_id)
                    SELECT dossier_id FROM v3_dossier
                    UNION SELECT dossier_id FROM v3_quarantine WHERE dossier_id IS NOT NULL
                    ORDER BY 1;
                """)
        var dossiers: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, dossier_id FROM dossier") { dossiers[row["dossier_id"]] = row["id"] }
        func dossier(_ id: String) throws -> Int64 {
            guard let row = dossiers[id] else { throw LedgerRowProblem("dossier \(id) was not carried over") }
            return row
        }

        let versions = try Row.fetchCursor(db, sql: "SELECT * FROM v3_dossier ORDER BY id")
        while let row = try versions.next() {
            try db.execute(
                sql: """
                    INSERT INTO version (id, dossier, content_hash, filed, first_seen_run, last_seen_run, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    row["id"], try dossier(row["dossier_id"]), try LedgerRows.hashBytes(row["content_hash"]), row["filed"],
                    row["first_seen_run"], row["last_seen_run"], row["body"],
                ])
        }

        var sets = ReferenceSets()
        let decisions = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.*, v.id AS version_row FROM v3_decision d
                JOIN v3_dossier v ON v.dossier_id = d.dossier_id AND v.content_hash = d.content_hash
                ORDER BY d.id
                """)
        while let row = try decisions.next() {
            let references = try JSONDecoder().decode([ReferenceUse].self, from: Data((row["versions"] as String).utf8))
            try db.execute(
                sql: """
                    INSERT INTO decision (id, version, dossier, run_id, outcome, catalogue_id, reference_set, body, decided_at,
                        is_current, hits_indexed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    row["id"], row["version_row"], try dossier(row["dossier_id"]), row["run_id"], row["outcome"], row["catalogue_id"],
                    try sets.id(of: references, db), row["body"], row["decided_at"], row["is_current"], row["hits_indexed"],
                ])
        }

        let quarantines = try Row.fetchCursor(db, sql: "SELECT * FROM v3_quarantine ORDER BY id")
        while let row = try quarantines.next() {
            let id: String? = row["dossier_id"]
            let hash: String? = row["content_hash"]
            try db.execute(
                sql: """
                    INSERT INTO quarantine (id, run_id, dossier, content_hash, file, position, reason, diagnostic_id, detail, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    row["id"], row["run_id"], try id.map(dossier), try hash.map(LedgerRows.hashBytes), row["file"], row["position"],
                    row["reason"], row["diagnostic_id"], row["detail"], row["recorded_at"],
                ])
        }

        let packets = try Row.fetchCursor(
            db,
            sql: """
                SELECT p.*, v.id AS version_row FROM v3_packet p
                JOIN v3_dossier v ON v.dossier_id = p.dossier_id AND v.content_hash = p.content_hash
                """)
        while let row = try packets.next() {
            try db.execute(
                sql: "INSERT INTO packet (version, run_id, kind, path, sha256, written_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    row["version_row"], row["run_id"], row["kind"], row["path"], try LedgerRows.hashBytes(row["sha256"]), row["written_at"],
                ])
        }

        try db.execute(
            sql: """
                INSERT INTO run_dossier (run_id, version, disposition)
                    SELECT r.run_id, v.id, r.disposition FROM v3_run_dossier r
                    JOIN v3_dossier v ON v.dossier_id = r.dossier_id AND v.content_hash = r.content_hash;
                INSERT INTO decision_hit (decision_id, catalogue_id, entry_identity, control_point, status)
                    SELECT decision_id, catalogue_id, entry_identity, control_point, status FROM v3_decision_hit;
                INSERT INTO dossier_text (version, body)
                    SELECT v.id, t.body FROM v3_dossier_text t
                    JOIN v3_dossier v ON v.dossier_id = t.dossier_id AND v.content_hash = t.content_hash;
                """)
    }
}
