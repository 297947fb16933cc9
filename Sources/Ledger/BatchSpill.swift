import DossierModel
import Foundation
import GRDB
import Packets

/// The rows of a run's summary and queues on disk, so that a nightly batch of any size is
/// summarised in bounded memory: a private temporary SQLite database (SQLite's own: opened
/// with an empty path, in `SQLITE_TMPDIR` or `TMPDIR`, else `/var/tmp` or `/tmp`; its file
/// is unlinked as soon as it is opened, so not even a killed run leaves it behind), with no
/// journal and an 8 MiB page cache. SQLite does the replacing of a dossier seen twice and
/// the ordering (its sorter spills to disk too); the builders keep only the counts.
///
/// Used from one thread at a time (the recorder, then the batch-file writer).
public final class BatchSpill: SummaryItemStore, QueueRowStore, @unchecked Sendable {
    private let database: DatabaseQueue
    /// Writes since the open transaction began; committed in slices so that SQLite's page
    /// cache, not a growing transaction, bounds the memory.
    private var pending = 0
    private static let slice = 4096

    /// Opens a new, empty spill.
    public init() throws {
        var configuration = Configuration()
        configuration.label = "Outbound batch spill"
        // One transaction stays open across calls (committed in slices): a scratch database.
        configuration.allowsUnsafeTransactions = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8192")
        }
        database = try DatabaseQueue(path: "", configuration: configuration)
        try database.inDatabase { db in
            try db.execute(
                sql: """
                    CREATE TABLE item (
                        key TEXT PRIMARY KEY NOT NULL,
                        dossier TEXT NOT NULL, outcome TEXT NOT NULL, province TEXT, status TEXT NOT NULL,
                        flags TEXT NOT NULL, has_packet INTEGER NOT NULL, line INTEGER, html TEXT,
                        q_dossier TEXT, q_reason TEXT, q_diagnostic TEXT, q_file TEXT, q_member TEXT, q_line INTEGER, q_column INTEGER,
                        counted BLOB NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE queue_row (
                        seq INTEGER PRIMARY KEY, queue TEXT NOT NULL, dossier TEXT NOT NULL, outcome TEXT NOT NULL, province TEXT,
                        role TEXT NOT NULL, track TEXT NOT NULL, assets TEXT NOT NULL, due TEXT, due_clock TEXT, due_clock_title TEXT,
                        flags TEXT NOT NULL, packet TEXT, packet_line INTEGER, status TEXT NOT NULL
                    );
                    CREATE INDEX queue_row_dossier ON queue_row (dossier);
                    """)
        }
    }

    /// Closes the database, which SQLite then deletes.
    public func remove() {
        try? database.close()
    }

    // MARK: summary items

    public func put(_ item: SummaryItem, key: String) throws -> SummaryItem? {
        try write { db in
            let values = try Self.values(item, key: key)
            try db.cachedStatement(sql: "INSERT INTO item VALUES (\(Self.placeholders(17))) ON CONFLICT (key) DO NOTHING").execute(
                arguments: values)
            guard db.changesCount == 0 else { return nil }
            let replaced = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM item WHERE key = ?"), arguments: [key]).map(Self.item)
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO item VALUES (\(Self.placeholders(17)))").execute(arguments: values)
            return replaced
        }
    }

    public func forEachRow(_ body: (BatchSummary.DossierRow) throws -> Void) throws {
        try read("SELECT * FROM item ORDER BY dossier, outcome, key") { row in try body(Self.dossierRow(row)) }
    }

    public func forEachQuarantine(_ body: (BatchSummary.QuarantineRow) throws -> Void) throws {
        let order = "q_file, ifnull(q_member, ''), ifnull(q_line, 0), ifnull(q_column, 0), ifnull(q_dossier, ''), key"
        try read("SELECT * FROM item WHERE q_file IS NOT NULL ORDER BY \(order)") { row in
            if let quarantine = Self.quarantineRow(row) { try body(quarantine) }
        }
    }

    // MARK: queue rows

    public func replace(dossierID: String, with rows: [QueuedRow]) throws {
        try write { db in
            try db.cachedStatement(sql: "DELETE FROM queue_row WHERE dossier = ?").execute(arguments: [dossierID])
            let insert = try db.cachedStatement(sql: "INSERT INTO queue_row VALUES (NULL, \(Self.placeholders(14)))")
            for queued in rows {
                let r = queued.row
                try insert.execute(arguments: [
                    queued.queueID, r.dossierID, r.outcome, r.province, r.role, r.track, SpillList.encode(r.assetIDs),
                    r.due, r.dueClock, r.dueClockTitle, SpillList.encode(r.flags), r.packet, r.packetLine, r.status,
                ])
            }
        }
    }

    public func queueIDs() throws -> [String] {
        try database.inDatabase { db in try String.fetchAll(db, sql: "SELECT DISTINCT queue FROM queue_row ORDER BY queue") }
    }

    public func forEachRow(inQueue queueID: String, _ body: (AuthorityQueue.Row) throws -> Void) throws {
        let sql = "SELECT * FROM queue_row WHERE queue = ? ORDER BY due IS NULL, due, dossier, track, role, seq"
        try read(sql, arguments: [queueID]) { row in
            try body(
                AuthorityQueue.Row(
                    dossierID: row["dossier"], outcome: row["outcome"], province: row["province"], role: row["role"], track: row["track"],
                    assetIDs: SpillList.decode(row["assets"]), due: row["due"], dueClock: row["due_clock"],
                    dueClockTitle: row["due_clock_title"],
                    flags: SpillList.decode(row["flags"]), packet: row["packet"], packetLine: row["packet_line"], status: row["status"]))
        }
    }

    // MARK: plumbing

    /// Runs `body` inside the open write transaction, beginning one when none is open and
    /// committing every `slice` writes.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        try database.inDatabase { db in
            if !db.isInsideTransaction { try db.beginTransaction() }
            let result = try body(db)
            pending += 1
            if pending >= Self.slice {
                try db.commit()
                pending = 0
            }
            return result
        }
    }

    /// Commits what is pending, then calls `body` with each row of `sql`, one at a time.
    private func read(_ sql: String, arguments: StatementArguments = StatementArguments(), _ body: (Row) throws -> Void) throws {
        try database.inDatabase { db in
            if db.isInsideTransaction { try db.commit() }
            pending = 0
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { try body(row) }
        }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// What an item contributes to the counts and is not in its rows, as JSON: read back only
    /// when a later version of the dossier replaces it.
    private struct Counted: Codable {
        var outcome: Outcome
        var province: String?
        var authorities: [SummaryItem.AuthorityLabel]
        var entries: [BatchSummary.EntryCount]
        var flags: [FlagKind]
        var processing: SummaryBuilder.Processing
    }

    private static func values(_ item: SummaryItem, key: String) throws -> StatementArguments {
        let counted = Counted(
            outcome: item.outcome, province: item.province, authorities: item.authorities, entries: item.entries,
            flags: FlagKind.allCases.filter(item.flags.contains), processing: item.processing)
        let r = item.row
        let q = item.quarantine
        return [
            key, r.dossierID, r.outcome, r.province, r.status, SpillList.encode(r.flags), r.packet != nil, r.packet?.line, r.packet?.html,
            q?.dossierID, q?.reason, q?.diagnosticID, q?.file, q?.member, q?.line, q?.column,
            Data(try SortedJSONEncoder().encode(counted)),
        ]
    }

    private static func dossierRow(_ row: Row) -> BatchSummary.DossierRow {
        BatchSummary.DossierRow(
            dossierID: row["dossier"], outcome: row["outcome"], province: row["province"], status: row["status"],
            flags: SpillList.decode(row["flags"]), packet: paths(row))
    }

    private static func quarantineRow(_ row: Row) -> BatchSummary.QuarantineRow? {
        guard let file: String = row["q_file"] else { return nil }
        return BatchSummary.QuarantineRow(
            dossierID: row["q_dossier"], reason: row["q_reason"] ?? "", diagnosticID: row["q_diagnostic"] ?? "", file: file,
            member: row["q_member"], line: row["q_line"], column: row["q_column"], packet: paths(row))
    }

    private static func paths(_ row: Row) -> PacketPaths? {
        guard row["has_packet"] as Bool else { return nil }
        return PacketPaths(html: row["html"], line: row["line"])
    }

    private static func item(_ row: Row) throws -> SummaryItem {
        let counted = try JSONDecoder().decode(Counted.self, from: row["counted"] as Data)
        return SummaryItem(
            outcome: counted.outcome, province: counted.province, authorities: counted.authorities, entries: counted.entries,
            flags: Set(counted.flags), quarantine: quarantineRow(row), row: dossierRow(row), processing: counted.processing)
    }
}

/// A list of strings in one column: each element followed by U+001F (a character XML 1.0
/// does not allow, so no dossier text holds it), so that `[]` and `[""]` stay apart.
enum SpillList {
    static func encode(_ list: [String]) -> String {
        list.map { $0 + "\u{1F}" }.joined()
    }

    static func decode(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\u{1F}", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
