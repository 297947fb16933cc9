import DossierModel
import Foundation
import Normalise

extension PartyListLoader {
    /// Loads the BIS Denied Persons List in its tab-separated `dpl.txt` layout (header
    /// `Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
    /// Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation`, fields quoted).
    /// One entry per row; the list gives no number, so the entry id is a hash of the name,
    /// effective date and address (`h…`, `-2` for a repeated row). The country is the
    /// `Country` column (a code), else `US` when the row gives a US state; the Federal
    /// Register citation is the announcement, the effective date its date. The version is the
    /// latest `Last_Update` (a date years past all others is taken for a typo).
    static func loadBISDeniedPersons(path: String) throws -> PartyList {
        var entries: [PartyListEntry] = []
        var seen: [String: Int] = [:]
        var updates: [String] = []
        try streamTable(path: path, delimiter: UInt8(ascii: "\t"), required: ["name", "country", "fr_citation"], format: "BIS DPL") {
            row in
            guard let name = row.value("name") else {
                throw PartyListProblem.format(path, "a Denied Persons row has no name", line: row.line)
            }
            let address = ["street_address", "city", "state", "postal_code", "country"].compactMap { row.value($0) }.joined(separator: ", ")
            var id = stableId(name, row.value("effective_date") ?? "", address)
            seen[id, default: 0] += 1
            if let n = seen[id], n > 1 { id += "-\(n)" }
            var countries = countryCodes([row.value("country")].compactMap { $0 })
            if countries.isEmpty, let state = row.value("state"), CountryNormaliser.isUSState(state) { countries = ["US"] }
            if let update = row.value("last_update") { updates.append(update) }
            entries.append(
                PartyListEntry(
                    listId: "bis-dpl", entryId: id, primaryName: name, type: .unknown, countries: countries,
                    programmes: [row.value("standard_order") == "Y" ? "standard order" : nil, row.value("action")].compactMap { $0 },
                    sourceFile: path,
                    listing: PartyListListing(
                        listName: "Denied Persons List", law: "Export Administration Regulations (15 CFR 764.3)",
                        issuer: "US Department of Commerce, Bureau of Industry and Security", announcement: row.value("fr_citation"),
                        date: row.value("effective_date").flatMap { isoDate(fromUS: $0) })))
        }
        return PartyList(id: "bis-dpl", source: path, format: .bisDPL, version: latestPlausible(updates) ?? "unknown", entries: entries)
    }
}
