import DossierModel
import Foundation

extension PartyListLoader {
    /// The columns of the office list CSV, in the order the documentation gives them.
    public static let officeListColumns = [
        "list_id", "entry_id", "name", "aliases", "type", "countries", "identifiers", "programme", "announcement",
        "announcement_date", "source_url", "list_name", "law", "issuer",
    ]

    /// Loads an office list CSV: the project's own layout for lists nobody publishes as files
    /// (docs/party-lists.md). A header names the columns, in any order; `list_id`, `entry_id`
    /// and `name` are required, the others optional: `aliases` (`;`-separated, any script),
    /// `type` (`individual`, `entity`, `vessel`, `aircraft`, empty for unknown), `countries`
    /// (`;`-separated codes or names), `identifiers` (`;`-separated `scheme:value`, or a bare
    /// value), `programme`, `announcement` (number or title of the notice),
    /// `announcement_date` (`YYYY-MM-DD`), `source_url`, `list_name`, `law`, `issuer`.
    /// Unknown columns, a repeated `list_id`/`entry_id` pair, an unknown type and a date not
    /// written `YYYY-MM-DD` are `list.format` with the line. The file's id is the first row's
    /// `list_id`; each entry keeps its own. The version is the latest announcement date.
    static func loadOfficeList(path: String) throws -> PartyList {
        var entries: [PartyListEntry] = []
        var seen: Set<String> = []
        var dates: [String] = []
        var checkedHeader = false
        try streamTable(path: path, required: ["list_id", "entry_id", "name"], format: "office list") { row in
            if !checkedHeader {
                checkedHeader = true
                let unknown = row.columns.keys.filter { !officeListColumns.contains($0) }.sorted()
                if !unknown.isEmpty {
                    throw PartyListProblem.format(
                        path,
                        "unknown column \(unknown.joined(separator: ", ")) in the office list header; the columns are \(officeListColumns.joined(separator: ", "))",
                        line: 1)
                }
            }
            guard let listId = row.value("list_id"), let entryId = row.value("entry_id"), let name = row.value("name") else {
                throw PartyListProblem.format(path, "list_id, entry_id and name are required on every row", line: row.line)
            }
            guard seen.insert("\(listId)\u{1F}\(entryId)").inserted else {
                throw PartyListProblem.format(path, "entry \(entryId) of list \(listId) is given twice", line: row.line)
            }
            var type = PartyListEntityType.unknown
            if let text = row.value("type") {
                type = PartyListEntityType.parse(text)
                guard type != .unknown || text.lowercased() == "unknown" else {
                    throw PartyListProblem.format(
                        path, "type \"\(text)\" is not one of individual, entity, vessel, aircraft, unknown", line: row.line)
                }
            }
            let date = row.value("announcement_date")
            if let date {
                guard date.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil else {
                    throw PartyListProblem.format(path, "announcement_date \"\(date)\" is not written YYYY-MM-DD", line: row.line)
                }
                dates.append(date)
            }
            let identifiers = split(row.value("identifiers"), on: ";").map { text -> Identifier in
                guard let colon = text.firstIndex(of: ":") else { return Identifier(scheme: "id", value: text) }
                return Identifier(
                    scheme: text[..<colon].trimmingCharacters(in: .whitespaces),
                    value: text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            let listing = PartyListListing(
                listName: row.value("list_name"), law: row.value("law"), issuer: row.value("issuer"),
                announcement: row.value("announcement"), date: date, url: row.value("source_url"))
            entries.append(
                PartyListEntry(
                    listId: listId, entryId: entryId, primaryName: name, aliases: split(row.value("aliases"), on: ";"), type: type,
                    countries: countryCodes(split(row.value("countries"), on: ";")), identifiers: identifiers,
                    programmes: [row.value("programme")].compactMap { $0 }, sourceFile: path,
                    listing: listing.isEmpty ? nil : listing))
        }
        return PartyList(
            id: entries.first?.listId ?? "office", source: path, format: .officeCSV, version: latest(dates) ?? "unknown", entries: entries)
    }
}
