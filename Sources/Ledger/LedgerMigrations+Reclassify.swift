import Foundation
import GRDB

extension LedgerMigrations {
    /// `v2-decision-hits`: what re-classification's delta mode looks up instead of decoding
    /// every stored decision and dossier (`docs/reclassify.md`).
    ///
    /// - `decision_hit`: one row per hit of a decision (catalogue, entry identity, control
    ///   point identity or `''` for the entry's own keywords, status), indexed by catalogue and
    ///   entry, so "the current decisions with a hit on these entries" is an index lookup;
    /// - `decision.hits_indexed`: 1 once the decision's hits are in `decision_hit` (0 for
    ///   decisions recorded before this migration, which re-classification indexes from their
    ///   blob the first time it runs);
    /// - `dossier_text`: per dossier version, its texts as the matcher normalises them and its
    ///   classification codes (a blob), so a scan for new terms reads no dossier blob and
    ///   normalises nothing again.
    static func v2DecisionHits(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE decision ADD COLUMN hits_indexed INTEGER NOT NULL DEFAULT 0 CHECK (hits_indexed IN (0, 1));

                CREATE TABLE decision_hit (
                    decision_id INTEGER NOT NULL REFERENCES decision(id),
                    catalogue_id TEXT NOT NULL CHECK (catalogue_id <> ''),
                    entry_identity TEXT NOT NULL CHECK (entry_identity <> ''),
                    control_point TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL CHECK (status IN ('hit', 'threshold-failed', 'negated', 'qualifier-not-met', 'code-only')),
                    PRIMARY KEY (decision_id, entry_identity, control_point)
                ) WITHOUT ROWID;
                CREATE INDEX decision_hit_by_entry ON decision_hit(catalogue_id, entry_identity, control_point);
                CREATE INDEX decision_unindexed ON decision(dossier_id) WHERE is_current = 1 AND hits_indexed = 0;

                CREATE TABLE dossier_text (
                    dossier_id TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    body BLOB NOT NULL,
                    body_encoding TEXT NOT NULL CHECK (body_encoding <> ''),
                    PRIMARY KEY (dossier_id, content_hash),
                    FOREIGN KEY (dossier_id, content_hash) REFERENCES dossier(dossier_id, content_hash)
                ) WITHOUT ROWID;
                """)
    }
}
