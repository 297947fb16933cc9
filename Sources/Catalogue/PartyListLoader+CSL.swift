import DossierModel
import Foundation

extension PartyListLoader {
    /// Loads the US Consolidated Screening List CSV (trade.gov), in either layout: the
    /// `source,entity_number,…` export or the newer one with a leading `_id` column. Columns
    /// are found by header name; names in `alt_names`, addresses, citizenships and
    /// nationalities are `;`-separated, an address ends with its country code, and each id is
    /// `country, number, type`. Only `source` and `name` are required (older exports lack
    /// `ids`). The file carries no date: the version is `unknown`. The Federal Register
    /// notice and start date, when given, are the entry's announcement.
    static func loadCSL(path: String) throws -> PartyList {
        var entries: [PartyListEntry] = []
        var seen: [String: Int] = [:]
        // Older exports have no `ids` column (and some no `alt_names` or `programs`): only
        // the list and the name are required; a missing column reads as empty. Streamed
        // record by record (`streamTable`), like the other CSV lists.
        try streamTable(path: path, required: ["source", "name"], format: "CSL") { row in
            func field(_ name: String) -> String? { row.value(name) }
            guard let name = field("name") else {
                throw PartyListProblem.format(path, "a CSL row has no name", line: row.line)
            }
            let source = field("source")
            var entryId =
                field("entity_number") ?? field("_id")
                ?? stableId(source ?? "", name, field("start_date") ?? "", field("addresses") ?? "")
            // Rows the source repeats word for word (one per address on the Entity List) keep
            // distinct ids: the second gets `-2`, and so on, in file order.
            seen[entryId, default: 0] += 1
            if let n = seen[entryId], n > 1 { entryId += "-\(n)" }
            let addressCountries = split(field("addresses"), on: ";").compactMap { address in
                address.split(separator: ",").last.map { String($0) }
            }
            let countries = countryCodes(addressCountries + split(field("citizenships"), on: ";") + split(field("nationalities"), on: ";"))
            entries.append(
                PartyListEntry(
                    listId: "us-csl", entryId: entryId, primaryName: name,
                    aliases: split(field("alt_names"), on: ";"),
                    type: PartyListEntityType.parse(field("type")),
                    countries: countries,
                    identifiers: cslIdentifiers(field("ids")),
                    programmes: split(field("programs"), on: ";"),
                    sublist: source, sourceFile: path,
                    listing: cslListing(source, field("federal_register_notice"), field("start_date"), field("source_list_url"))))
        }
        return PartyList(id: "us-csl", source: path, format: .cslCSV, version: "unknown", entries: entries)
    }

    /// The list and Federal Register notice of a CSL row, nil when the row names neither.
    static func cslListing(_ source: String?, _ notice: String?, _ start: String?, _ url: String?) -> PartyListListing? {
        guard source != nil || notice != nil else { return nil }
        return PartyListListing(listName: source, announcement: notice, date: start.map { String($0.prefix(10)) }, url: url)
    }

    /// The CSL `ids` column: `;`-separated `country, number, type` triples.
    static func cslIdentifiers(_ text: String?) -> [Identifier] {
        split(text, on: ";").compactMap { part in
            let pieces = part.components(separatedBy: ", ")
            guard pieces.count >= 3 else { return Identifier(scheme: "id", value: part) }
            let value = pieces[1...(pieces.count - 2)].joined(separator: ", ")
            return Identifier(scheme: pieces[pieces.count - 1], value: value)
        }
    }

    /// A deterministic id (FNV-1a 64, hex) for rows the source gives no number.
    static func stableId(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "h" + String(hash, radix: 16)
    }
}
