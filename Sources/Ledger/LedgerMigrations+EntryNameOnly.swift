import Foundation
import GRDB

extension LedgerMigrations {
    /// `v3-entry-name-only`: a hit status `entry-name-only` (review-rules 7, issue 18: a match on
    /// an entry's own name or keywords with no control point does not count). SQLite cannot
    /// change a column's CHECK in place, so `decision_hit` is rebuilt with the wider CHECK, its
    /// rows copied and its index made again.
    static func v3EntryNameOnly(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE decision_hit_v3 (
                    decision_id INTEGER NOT NULL REFERENCES decision(id),
                    catalogue_id TEXT NOT NULL CHECK (catalogue_id <> ''),
                    entry_identity TEXT NOT NULL CHECK (entry_identity <> ''),
                    control_point TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL CHECK (status IN ('hit', 'threshold-failed', 'negated', 'qualifier-not-met', 'code-only', 'entry-name-only')),
                    PRIMARY KEY (decision_id, entry_identity, control_point)
                ) WITHOUT ROWID;
                INSERT INTO decision_hit_v3 (decision_id, catalogue_id, entry_identity, control_point, status)
                    SELECT decision_id, catalogue_id, entry_identity, control_point, status FROM decision_hit;
                DROP TABLE decision_hit;
                ALTER TABLE decision_hit_v3 RENAME TO decision_hit;
                CREATE INDEX decision_hit_by_entry ON decision_hit(catalogue_id, entry_identity, control_point);
                """)
    }
}
