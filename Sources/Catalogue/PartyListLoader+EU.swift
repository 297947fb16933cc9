import DossierModel
import Foundation
import XMLStream

extension PartyListLoader {
    /// Loads the EU consolidated financial sanctions list in its legacy FSD XML (`<WHOLE
    /// Date="11/02/2016">` of `<ENTITY Id Type programme legal_basis reg_date pdf_link>`):
    /// one entry per `ENTITY`, named by its first `NAME/WHOLENAME` (else last, first and
    /// middle name), the other names as aliases; countries from `CITIZEN`, `ADDRESS` and
    /// `PASSPORT` (ISO alpha-3 codes or names); passport numbers as identifiers; the
    /// programme; the legal basis, registration date and Official Journal link as the
    /// announcement. The version is the root's `Date` (day first).
    static func loadEUXML(path: String) throws -> PartyList {
        var version = "unknown"
        var entries: [PartyListEntry] = []
        try streamXML(
            path: path, records: ["ENTITY"],
            root: { tag in
                if let date = tag.attribute("Date"), let iso = isoDate(dayFirst: date) { version = iso }
            }
        ) { element in
            guard let id = element.attribute("Id") else {
                throw PartyListProblem.format(path, "an EU ENTITY has no Id", line: element.line)
            }
            var names: [String] = []
            for name in element.elements("NAME") {
                let whole =
                    childText(name, "WHOLENAME")
                    ?? [childText(name, "FIRSTNAME"), childText(name, "MIDDLENAME"), childText(name, "LASTNAME")].compactMap { $0 }
                    .joined(separator: " ")
                if !whole.isEmpty, !names.contains(whole) { names.append(whole) }
            }
            guard let primary = names.first else {
                throw PartyListProblem.format(path, "EU entity \(id) has no name", line: element.line)
            }
            var countryTexts = element.elements("CITIZEN").compactMap { childText($0, "COUNTRY") }
            countryTexts += element.elements("ADDRESS").compactMap { childText($0, "COUNTRY") }
            countryTexts += element.elements("PASSPORT").compactMap { childText($0, "COUNTRY") }
            let identifiers = element.elements("PASSPORT").compactMap { passport -> Identifier? in
                guard let number = childText(passport, "NUMBER") else { return nil }
                // `AD001095 (passport-National passport) ((passport))`: the number, then the kind.
                let value = number.split(separator: " ").first.map(String.init) ?? number
                return Identifier(scheme: "passport", value: value)
            }
            let listing = PartyListListing(
                listName: "EU consolidated list of persons, groups and entities subject to financial sanctions",
                law: element.attribute("legal_basis").map { "Regulation (EU) \($0)" }, issuer: "European Union",
                announcement: element.attribute("legal_basis"), date: element.attribute("reg_date"), url: element.attribute("pdf_link"))
            entries.append(
                PartyListEntry(
                    listId: "eu-consolidated", entryId: id, primaryName: primary, aliases: Array(names.dropFirst()),
                    type: PartyListEntityType.parse(element.attribute("Type")), countries: countryCodes(countryTexts),
                    identifiers: identifiers, programmes: [element.attribute("programme")].compactMap { $0 }.filter { !$0.isEmpty },
                    sourceFile: path, listing: listing))
        }
        return PartyList(id: "eu-consolidated", source: path, format: .euXML, version: version, entries: entries)
    }
}
