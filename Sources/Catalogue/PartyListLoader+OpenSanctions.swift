import DossierModel
import Foundation

extension PartyListLoader {
    /// Loads OpenSanctions' `targets.simple.csv` (header `id, schema, name, aliases,
    /// birth_date, countries, addresses, identifiers, sanctions, phones, emails, program_ids,
    /// dataset, first_seen, last_seen, last_change`; multiple values joined with `;`; older
    /// exports lack `program_ids`). One entry per row, keyed by `id`; `countries` are
    /// lower-case ISO codes; `program_ids` are the programmes; `sanctions` (the listing's
    /// text) is the announcement and `dataset` the list's name. The version is the latest
    /// `last_change`.
    static func loadOpenSanctionsCSV(path: String) throws -> PartyList {
        var entries: [PartyListEntry] = []
        var changes: [String] = []
        try streamTable(path: path, required: ["id", "schema", "name", "aliases", "countries"], format: "OpenSanctions targets.simple") {
            row in
            guard let id = row.value("id"), let name = row.value("name") else {
                throw PartyListProblem.format(path, "a targets.simple row has no id or no name", line: row.line)
            }
            if let change = row.value("last_change") { changes.append(change) }
            let announcement = row.value("sanctions").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            entries.append(
                PartyListEntry(
                    listId: "opensanctions", entryId: id, primaryName: name, aliases: split(row.value("aliases"), on: ";"),
                    type: openSanctionsType(row.value("schema")),
                    countries: countryCodes(split(row.value("countries"), on: ";")),
                    identifiers: split(row.value("identifiers"), on: ";").map { Identifier(scheme: "id", value: $0) },
                    programmes: split(row.value("program_ids"), on: ";"), sublist: row.value("dataset"), sourceFile: path,
                    listing: PartyListListing(
                        listName: row.value("dataset"), issuer: "OpenSanctions (aggregated)",
                        announcement: announcement.flatMap { $0.isEmpty ? nil : $0 },
                        date: row.value("first_seen").map { String($0.prefix(10)) })))
        }
        return PartyList(
            id: "opensanctions", source: path, format: .openSanctionsCSV, version: latest(changes) ?? "unknown", entries: entries)
    }

    /// The entity type of a FollowTheMoney schema name.
    static func openSanctionsType(_ schema: String?) -> PartyListEntityType {
        switch schema {
        case "Person": .individual
        case "Vessel": .vessel
        case "Airplane": .aircraft
        case "Company", "Organization", "LegalEntity", "PublicBody": .entity
        default: .unknown
        }
    }
}
