import DossierModel
import Foundation
import Normalise

/// The reviewers' allow-list: party-entry pairs cleared as false positives, each with who
/// cleared it, when and why.
///
/// The file is CSV (RFC 4180) with this header, in any column order:
///
///     party,list,entry,reviewer,date,reason
///
/// `party` is a party id in its dossier (`P1`) or a party name (compared after name
/// normalisation, so case, punctuation and legal form do not count); `list` a list id
/// (`us-csl`, `ofac-sdn`, `ofac-consolidated`, `un-consolidated`); `entry` the entry id
/// in that list; `date` `YYYY-MM-DD`. Every field is required; blank lines and lines
/// starting with `#` are ignored. Problems are `allowlist.format` with the line.
public struct ScreeningAllowList: Sendable, Hashable {
    /// The clearances in file order.
    public var clearances: [ScreeningClearance]

    public init(clearances: [ScreeningClearance] = []) {
        self.clearances = clearances
    }

    /// The columns of the file.
    static let columns = ["party", "list", "entry", "reviewer", "date", "reason"]

    /// Loads an allow-list file.
    public static func load(path: String) throws -> ScreeningAllowList {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReferenceFileError(id: "allowlist.io", message: "the allow-list could not be read", file: path)
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses allow-list text; `file` names it in errors and audit notes.
    public static func parse(_ text: String, file: String) throws -> ScreeningAllowList {
        let withoutComments = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") ? "" : String($0) }
            .joined(separator: "\n")
        let records: [PartyListCSV.Record]
        do {
            records = try PartyListCSV.parse(withoutComments)
        } catch let error as PartyListCSV.UnterminatedQuote {
            throw ReferenceFileError(id: "allowlist.format", message: "a quoted field is never closed", file: file, line: error.line)
        }
        guard let header = records.first else { return ScreeningAllowList() }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            throw ReferenceFileError(
                id: "allowlist.format", message: "unknown column \"\(unknown)\"; the columns are \(columns.joined(separator: ","))",
                file: file, line: header.line)
        }
        let missing = columns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw ReferenceFileError(
                id: "allowlist.format", message: "missing columns: \(missing.joined(separator: ", "))", file: file, line: header.line)
        }
        var clearances: [ScreeningClearance] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw ReferenceFileError(
                    id: "allowlist.format", message: "the header has \(names.count) columns; this row has \(record.fields.count)",
                    file: file, line: record.line)
            }
            var row: [String: String] = [:]
            for (name, value) in zip(names, record.fields) { row[name] = value.trimmingCharacters(in: .whitespaces) }
            if let empty = columns.first(where: { (row[$0] ?? "").isEmpty }) {
                throw ReferenceFileError(
                    id: "allowlist.format", message: "the \(empty) field is empty; every field is required", file: file, line: record.line)
            }
            let date = row["date"]!
            guard date.range(of: #"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"#, options: .regularExpression) != nil else {
                throw ReferenceFileError(
                    id: "allowlist.format", message: "date \"\(date)\" is not YYYY-MM-DD", file: file, line: record.line)
            }
            clearances.append(
                ScreeningClearance(
                    party: row["party"]!, listId: row["list"]!, entryId: row["entry"]!, reviewer: row["reviewer"]!,
                    date: date, reason: row["reason"]!, file: file, line: record.line))
        }
        return ScreeningAllowList(clearances: clearances)
    }

    /// The clearance of this party with this entry, if a reviewer gave one.
    public func clearance(for query: ScreeningQuery, listId: String, entryId: String) -> ScreeningClearance? {
        guard !clearances.isEmpty else { return nil }
        let queryNames = Set(query.names.map { NameNormaliser.normalise($0).normalised })
        return clearances.first { clearance in
            guard clearance.listId == listId, clearance.entryId == entryId else { return false }
            if let id = query.partyId, clearance.party == id { return true }
            return queryNames.contains(NameNormaliser.normalise(clearance.party).normalised)
        }
    }
}
