import DossierModel
import Foundation

extension PartyListLoader {
    /// The FollowTheMoney schemata that are parties; addresses, sanctions and relations are
    /// other entities of the same files and are skipped.
    static let followTheMoneyParties: Set<String> = [
        "Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane",
    ]

    /// Loads FollowTheMoney entities, one JSON object per line (`entities.ftm.json`, the
    /// OpenSanctions bulk format): read line by line, one entry per party entity (schema
    /// `Person`, `Organization`, `Company`, `LegalEntity`, `PublicBody`, `Vessel`, `Airplane`),
    /// keyed by `id`. The first `properties.name` is the primary name; the other names,
    /// `alias`, `weakAlias` and `previousName` are aliases; countries from `country`,
    /// `nationality`, `citizenship`, `jurisdiction` and `mainCountry`; registration, tax, LEI,
    /// INN, OGRN, IMO, passport and id numbers as identifiers; `programId` as programmes;
    /// `datasets` as the list's name. A line that is not a JSON object is `list.format` with
    /// its line. The version is the latest `last_change`.
    static func loadFollowTheMoney(path: String) throws -> PartyList {
        var entries: [PartyListEntry] = []
        var changes: [String] = []
        try forEachLine(path: path) { line, number in
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
                throw PartyListProblem.format(path, "the line is not a JSON object (truncated download?)", line: number)
            }
            guard let schema = object["schema"] as? String, let id = object["id"] as? String,
                let properties = object["properties"] as? [String: Any]
            else {
                throw PartyListProblem.format(path, "an entity without id, schema or properties", line: number)
            }
            if let change = object["last_change"] as? String { changes.append(change) }
            guard followTheMoneyParties.contains(schema) else { return }
            func values(_ keys: [String]) -> [String] {
                keys.flatMap { (properties[$0] as? [Any])?.compactMap { $0 as? String } ?? [] }
            }
            let names = values(["name"])
            guard let primary = names.first ?? (object["caption"] as? String) else {
                throw PartyListProblem.format(path, "entity \(id) has no name", line: number)
            }
            var aliases: [String] = []
            for alias in names.dropFirst() + values(["alias", "weakAlias", "previousName"])
            where alias != primary && !aliases.contains(alias) {
                aliases.append(alias)
            }
            let identifierKeys = [
                "registrationNumber", "taxNumber", "leiCode", "innCode", "ogrnCode", "imoNumber", "passportNumber", "idNumber", "swiftBic",
            ]
            let identifiers = identifierKeys.flatMap { key in values([key]).map { Identifier(scheme: key, value: $0) } }
            let datasets = (object["datasets"] as? [Any])?.compactMap { $0 as? String } ?? []
            entries.append(
                PartyListEntry(
                    listId: "opensanctions", entryId: id, primaryName: primary, aliases: aliases, type: openSanctionsType(schema),
                    countries: countryCodes(values(["country", "nationality", "citizenship", "jurisdiction", "mainCountry"])),
                    identifiers: identifiers, programmes: values(["programId"]), sublist: datasets.first, sourceFile: path,
                    listing: PartyListListing(
                        listName: datasets.isEmpty ? nil : datasets.joined(separator: ", "), issuer: "OpenSanctions (aggregated)",
                        date: (object["first_seen"] as? String).map { String($0.prefix(10)) })))
        }
        return PartyList(id: "opensanctions", source: path, format: .ftmJSON, version: latest(changes) ?? "unknown", entries: entries)
    }

    /// Calls `body` with each line of the file (without its line break) and its 1-based
    /// number, reading the file in chunks.
    static func forEachLine(path: String, _ body: (String, Int) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PartyListProblem.unreadable(path, "no such file or it cannot be opened")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var number = 0
        while let data = try handle.read(upToCount: PartyListCSVStream.chunkSize), !data.isEmpty {
            for byte in data {
                if byte == 0x0A {
                    number += 1
                    try body(String(decoding: pending, as: UTF8.self), number)
                    pending.removeAll(keepingCapacity: true)
                } else {
                    pending.append(byte)
                }
            }
        }
        if !pending.isEmpty {
            number += 1
            try body(String(decoding: pending, as: UTF8.self), number)
        }
    }
}
