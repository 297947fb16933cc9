import Foundation
import GRDB

/// The ledger's schema, as named GRDB migrations applied in order.
///
/// A migration is never edited once shipped: a change to the schema is a new migration
/// appended here (`v2-...`), so every ledger file on every host reaches the same schema.
/// The constraints live in the schema, not only in Swift: unique keys make every write
/// idempotent, foreign keys tie each row to its run and dossier version, and checks keep
/// statuses, outcomes, hashes and JSON columns well formed.
enum LedgerMigrations {
    /// The names of every migration, in order.
    static let names = ["v1-initial", "v2-decision-hits", "v3-entry-name-only", "v4-compact", "v5-review"]

    /// The migrator with every migration registered.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in try v1Initial(db) }
        migrator.registerMigration("v2-decision-hits") { db in try v2DecisionHits(db) }
        migrator.registerMigration("v3-entry-name-only") { db in try v3EntryNameOnly(db) }
        migrator.registerMigration("v4-compact") { db in try v4Compact(db) }
        migrator.registerMigration("v5-review") { db in try v5Review(db) }
        return migrator
    }

    /// The first schema: runs, input files, dossier versions, decisions, quarantines,
    /// packets and the versions each run saw.
    private static func v1Initial(_ db: Database) throws {
        // A SHA-256 in lowercase hex, written out in each CHECK below.
        let hex = "length(%@) = 64 AND NOT %@ GLOB '*[^0-9a-f]*'"
        func sha(_ column: String) -> String { hex.replacingOccurrences(of: "%@", with: column) }

        try db.execute(
            sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    pipeline_id TEXT NOT NULL CHECK (pipeline_id <> ''),
                    outbound_version TEXT NOT NULL,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME,
                    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'failed')),
                    counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts) AND json_type(counts) = 'object'),
                    CHECK ((status = 'running') = (finished_at IS NULL))
                );
                CREATE INDEX run_by_pipeline ON run(pipeline_id, id);

                CREATE TABLE input_file (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    path TEXT NOT NULL CHECK (path <> ''),
                    size INTEGER NOT NULL CHECK (size >= 0),
                    sha256 TEXT NOT NULL CHECK (\(sha("sha256"))),
                    registered_at DATETIME NOT NULL,
                    UNIQUE (run_id, path)
                );
                CREATE INDEX input_file_by_sha256 ON input_file(sha256, run_id);

                CREATE TABLE dossier (
                    id INTEGER PRIMARY KEY,
                    dossier_id TEXT NOT NULL CHECK (dossier_id <> ''),
                    content_hash TEXT NOT NULL CHECK (\(sha("content_hash"))),
                    filed TEXT CHECK (filed IS NULL OR filed GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                    first_seen_run INTEGER NOT NULL REFERENCES run(id),
                    last_seen_run INTEGER NOT NULL REFERENCES run(id),
                    body BLOB NOT NULL,
                    body_encoding TEXT NOT NULL CHECK (body_encoding <> ''),
                    UNIQUE (dossier_id, content_hash),
                    CHECK (last_seen_run >= first_seen_run)
                );

                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY,
                    dossier_id TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    outcome TEXT NOT NULL CHECK (outcome IN ('prohibited', 'ip-security-review', 'export-licence',
                        'acquisition-review', 'registration', 'out-of-scope', 'quarantined')),
                    catalogue_id TEXT,
                    versions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(versions) AND json_type(versions) = 'array'),
                    body BLOB NOT NULL,
                    body_encoding TEXT NOT NULL CHECK (body_encoding <> ''),
                    decided_at DATETIME NOT NULL,
                    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
                    FOREIGN KEY (dossier_id, content_hash) REFERENCES dossier(dossier_id, content_hash),
                    UNIQUE (dossier_id, content_hash, run_id)
                );
                CREATE UNIQUE INDEX decision_current ON decision(dossier_id) WHERE is_current = 1;
                CREATE INDEX decision_by_run ON decision(run_id);

                CREATE TABLE quarantine (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    dossier_id TEXT,
                    content_hash TEXT CHECK (content_hash IS NULL OR (\(sha("content_hash")))),
                    file TEXT NOT NULL,
                    position TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    diagnostic_id TEXT NOT NULL CHECK (diagnostic_id <> ''),
                    detail TEXT NOT NULL CHECK (json_valid(detail)),
                    recorded_at DATETIME NOT NULL,
                    UNIQUE (run_id, file, position, diagnostic_id)
                );
                CREATE INDEX quarantine_by_dossier ON quarantine(dossier_id, id) WHERE dossier_id IS NOT NULL;

                CREATE TABLE packet (
                    id INTEGER PRIMARY KEY,
                    dossier_id TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    kind TEXT NOT NULL CHECK (kind IN ('json', 'html')),
                    path TEXT NOT NULL CHECK (path <> ''),
                    sha256 TEXT NOT NULL CHECK (\(sha("sha256"))),
                    written_at DATETIME NOT NULL,
                    FOREIGN KEY (dossier_id, content_hash) REFERENCES dossier(dossier_id, content_hash),
                    UNIQUE (dossier_id, content_hash, run_id, kind)
                );
                CREATE INDEX packet_by_run ON packet(run_id);

                CREATE TABLE run_dossier (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    dossier_id TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    disposition TEXT NOT NULL CHECK (disposition IN ('decided', 'skipped')),
                    PRIMARY KEY (run_id, dossier_id, content_hash),
                    FOREIGN KEY (dossier_id, content_hash) REFERENCES dossier(dossier_id, content_hash)
                ) WITHOUT ROWID;
                """)
    }
}
