import DossierModel
import Foundation
import GRDB

/// The reference files of the SQLite ledger, each stored once (`reference_file`), and the
/// lists of them decisions used, each stored once (`reference_set`: the files' ids in the
/// decision's order, `3,7,12`). A cache of both, filled as they are read or written, so that
/// recording a batch of decisions with the same references asks the database once.
struct ReferenceSets {
    private var files: [ReferenceUse: Int64] = [:]
    private var filesByID: [Int64: ReferenceUse] = [:]
    private var sets: [[Int64]: Int64] = [:]
    private var setsByID: [Int64: [ReferenceUse]] = [:]

    /// The id of the set of `references`, stored (with any file not stored yet) when new.
    mutating func id(of references: [ReferenceUse], _ db: Database) throws -> Int64 {
        var ids: [Int64] = []
        ids.reserveCapacity(references.count)
        for reference in references { ids.append(try id(of: reference, db)) }
        if let known = sets[ids] { return known }
        let text = ids.map(String.init).joined(separator: ",")
        try db.cachedStatement(sql: "INSERT INTO reference_set (files) VALUES (?) ON CONFLICT (files) DO NOTHING")
            .execute(arguments: [text])
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM reference_set WHERE files = ?"), arguments: [text])
        else { throw LedgerRowProblem("the reference set \(text) is neither inserted nor found") }
        sets[ids] = id
        setsByID[id] = references
        return id
    }

    private mutating func id(of reference: ReferenceUse, _ db: Database) throws -> Int64 {
        if let known = files[reference] { return known }
        let arguments: StatementArguments = [reference.kind, reference.id, reference.path, reference.sha256]
        try db.cachedStatement(
            sql: """
                INSERT INTO reference_file (kind, ref_id, path, sha256) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, ref_id, path, sha256) DO NOTHING
                """
        ).execute(arguments: arguments)
        guard
            let id = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM reference_file WHERE kind = ? AND ref_id = ? AND path = ? AND sha256 = ?"),
                arguments: arguments)
        else { throw LedgerRowProblem("the reference file \(reference.path) is neither inserted nor found") }
        files[reference] = id
        filesByID[id] = reference
        return id
    }

    /// The references of the set `id`.
    mutating func references(of id: Int64, _ db: Database) throws -> [ReferenceUse] {
        if let known = setsByID[id] { return known }
        guard let text = try String.fetchOne(db.cachedStatement(sql: "SELECT files FROM reference_set WHERE id = ?"), arguments: [id])
        else { throw LedgerRowProblem("there is no reference set \(id)") }
        var references: [ReferenceUse] = []
        for part in text.split(separator: ",") {
            guard let file = Int64(part) else { throw LedgerRowProblem("reference set \(id) lists '\(part)'") }
            references.append(try reference(file, db))
        }
        setsByID[id] = references
        return references
    }

    private mutating func reference(_ id: Int64, _ db: Database) throws -> ReferenceUse {
        if let known = filesByID[id] { return known }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT kind, ref_id, path, sha256 FROM reference_file WHERE id = ?"), arguments: [id])
        else { throw LedgerRowProblem("there is no reference file \(id)") }
        let reference = ReferenceUse(kind: row["kind"], id: row["ref_id"], path: row["path"], sha256: row["sha256"])
        filesByID[id] = reference
        files[reference] = id
        return reference
    }
}
