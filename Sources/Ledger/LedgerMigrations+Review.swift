import GRDB

extension LedgerMigrations {
    /// `v5-review`: what the reviewer workbench (`outbound serve`, issue 19) records.
    ///
    /// - `review_action`: every reviewer action (take, done, note, clear), append-only: the
    ///   triggers refuse an UPDATE or DELETE, so the audit trail cannot be rewritten through
    ///   the ledger. A `clear` carries the party-entry pair it clears; a `done` its result.
    /// - `run_report`: a run's report (a re-classification's `outbound-reclassify/1` JSON with
    ///   its catalogue diff), so every run's report stays readable after the next one rewrote
    ///   the file.
    static func v5Review(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE review_action (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    dossier INTEGER NOT NULL REFERENCES dossier(id),
                    kind TEXT NOT NULL CHECK (kind IN ('take', 'done', 'note', 'clear')),
                    reviewer TEXT NOT NULL CHECK (reviewer <> ''),
                    recorded_at DATETIME NOT NULL,
                    note TEXT NOT NULL,
                    result TEXT CHECK (result IS NULL OR result IN ('approved', 'refused', 'returned', 'referred')),
                    party TEXT,
                    list_id TEXT,
                    entry_id TEXT,
                    decision_run INTEGER REFERENCES run(id),
                    CHECK ((kind = 'done') = (result IS NOT NULL)),
                    CHECK ((kind = 'clear') = (party IS NOT NULL AND list_id IS NOT NULL AND entry_id IS NOT NULL)),
                    CHECK (kind = 'clear' OR (party IS NULL AND list_id IS NULL AND entry_id IS NULL))
                );
                CREATE INDEX review_action_by_dossier ON review_action(dossier, id);
                CREATE INDEX review_action_by_kind ON review_action(kind, id);
                CREATE TRIGGER review_action_no_update BEFORE UPDATE ON review_action
                BEGIN SELECT RAISE(ABORT, 'review actions are append-only'); END;
                CREATE TRIGGER review_action_no_delete BEFORE DELETE ON review_action
                BEGIN SELECT RAISE(ABORT, 'review actions are append-only'); END;

                CREATE TABLE run_report (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    kind TEXT NOT NULL CHECK (kind IN ('reclassify')),
                    body TEXT NOT NULL CHECK (json_valid(body)),
                    PRIMARY KEY (run_id, kind)
                ) WITHOUT ROWID;
                """)
    }
}
