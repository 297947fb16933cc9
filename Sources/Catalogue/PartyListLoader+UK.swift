import DossierModel
import Foundation

extension PartyListLoader {
    /// Loads the UK HM Treasury (OFSI) consolidated list CSV in its ConList layout: a first
    /// line `Last Updated,DD/MM/YYYY` (the version), then a header `Name 6,Name 1,…,Name 5,
    /// Title,DOB,…,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last
    /// Updated,Group ID`, one row per name. Rows are grouped by `Group ID` into one entry: the
    /// `Prime Alias` row (else the first) gives the primary name, the others the aliases. A
    /// name is `Name 1` … `Name 5` followed by `Name 6` (the family name, or an entity's whole
    /// name). Countries from `Country`, `Country of Birth` and `Nationality`; `Passport
    /// Details` and `NI Number` as identifiers; `Regime` as the programme; `Listed On` as the
    /// listing date.
    ///
    /// This is the ConList that OFSI published until January 2026. The UK's single list is now
    /// the FCDO's UK Sanctions List, in another layout: it is not read yet (no real copy to
    /// test against); give its entries through the office list CSV meanwhile.
    static func loadUKConList(path: String) throws -> PartyList {
        var version = "unknown"
        var order: [String] = []
        var groups: [String: (primary: String?, names: [String], rows: [CSVRow])] = [:]
        let firstLine = try readHead(path).lowercased().hasPrefix("last updated")
        try streamTable(
            path: path, preamble: firstLine ? 1 : 0, required: ["name 6", "group id", "alias type"], format: "UK ConList",
            onPreamble: { record in
                if record.fields.count > 1, let iso = isoDate(dayFirst: record.fields[1]) { version = iso }
            }
        ) { row in
            guard let group = row.value("group id") else {
                throw PartyListProblem.format(path, "a ConList row has no Group ID", line: row.line)
            }
            let name = (["name 1", "name 2", "name 3", "name 4", "name 5", "name 6"].compactMap { row.value($0) }).joined(separator: " ")
            if groups[group] == nil {
                order.append(group)
                groups[group] = (nil, [], [])
            }
            if !name.isEmpty, !groups[group]!.names.contains(name) { groups[group]!.names.append(name) }
            if row.value("alias type")?.lowercased() == "prime alias", !name.isEmpty, groups[group]!.primary == nil {
                groups[group]!.primary = name
            }
            groups[group]!.rows.append(row)
        }
        var entries: [PartyListEntry] = []
        for id in order {
            let group = groups[id]!
            guard let primary = group.primary ?? group.names.first else {
                throw PartyListProblem.format(path, "ConList group \(id) has no name", line: group.rows.first?.line)
            }
            var countryTexts: [String] = []
            var identifiers: [Identifier] = []
            var programmes: [String] = []
            for row in group.rows {
                countryTexts += ["country", "country of birth", "nationality"].compactMap { row.value($0) }.flatMap(numberedParts)
                if let passport = row.value("passport details") { identifiers.append(Identifier(scheme: "passport", value: passport)) }
                if let ni = row.value("ni number") { identifiers.append(Identifier(scheme: "NI number", value: ni)) }
                if let regime = row.value("regime"), !programmes.contains(regime) { programmes.append(regime) }
            }
            let first = group.rows[0]
            entries.append(
                PartyListEntry(
                    listId: "uk-hmt-conlist", entryId: id, primaryName: primary, aliases: group.names.filter { $0 != primary },
                    type: PartyListEntityType.parse(first.value("group type")), countries: countryCodes(countryTexts),
                    identifiers: Array(Set(identifiers)).sorted { ($0.scheme, $0.value) < ($1.scheme, $1.value) }, programmes: programmes,
                    sourceFile: path,
                    listing: PartyListListing(
                        listName: "HM Treasury consolidated list of financial sanctions targets", issuer: "HM Treasury (OFSI)",
                        date: first.value("listed on").flatMap { isoDate(dayFirst: $0) })))
        }
        return PartyList(id: "uk-hmt-conlist", source: path, format: .ukConListCSV, version: version, entries: entries)
    }

    /// `(1) Libyan Arab Jamahiriya (2) Tunisia` as its parts; a text without numbers as itself.
    static func numberedParts(_ text: String) -> [String] {
        guard text.hasPrefix("(1)") else { return [text] }
        return text.components(separatedBy: "(").compactMap { part in
            guard let close = part.firstIndex(of: ")") else { return nil }
            let rest = part[part.index(after: close)...].trimmingCharacters(in: .whitespaces)
            return rest.isEmpty ? nil : rest
        }
    }
}
