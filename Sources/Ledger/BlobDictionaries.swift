import Foundation
import GRDB

/// The SQLite ledger's blob dictionaries (`blob_dictionary`), one per kind, made from the
/// first blobs of their kind the ledger stores and kept from then on.
struct BlobDictionaries {
    private var byKind: [BlobDictionary.Kind: BlobDictionary] = [:]
    private var byID: [Int64: BlobDictionary] = [:]

    /// The dictionaries stored in the ledger.
    static func stored(_ db: Database) throws -> [BlobDictionary] {
        try Row.fetchAll(db, sql: "SELECT id, kind, bytes FROM blob_dictionary ORDER BY id").compactMap { row in
            guard let kind = BlobDictionary.Kind(rawValue: row["kind"]) else { return nil }
            return BlobDictionary(id: row["id"], kind: kind, bytes: [UInt8](row["bytes"] as Data))
        }
    }

    mutating func add(_ dictionaries: [BlobDictionary]) {
        for dictionary in dictionaries {
            byKind[dictionary.kind] = dictionary
            byID[dictionary.id] = dictionary
        }
    }

    /// The dictionary a stored blob names, attached to it (nil for a blob that names none).
    func attach(_ bytes: Data) -> EncodedBlob {
        guard bytes.first == EncodedBlob.Form.compressed, let header = try? BlobDictionary.header(of: bytes) else {
            return EncodedBlob(bytes: bytes)
        }
        return EncodedBlob(bytes: bytes, dictionary: byID[header.id])
    }

    /// The dictionary of `kind`, made from `samples` and stored when there is none yet (and
    /// there are samples to make it from).
    mutating func dictionary(_ kind: BlobDictionary.Kind, samples: () -> [[UInt8]], _ db: Database) throws -> BlobDictionary? {
        if let known = byKind[kind] { return known }
        let taken = samples()
        guard !taken.isEmpty else { return nil }
        let bytes = BlobDictionary.bytes(from: taken)
        try db.execute(sql: "INSERT INTO blob_dictionary (kind, bytes) VALUES (?, ?)", arguments: [kind.rawValue, Data(bytes)])
        let dictionary = BlobDictionary(id: db.lastInsertedRowID, kind: kind, bytes: bytes)
        add([dictionary])
        return dictionary
    }
}
