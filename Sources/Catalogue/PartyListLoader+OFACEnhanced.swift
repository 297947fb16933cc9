import DossierModel
import Foundation
import XMLStream

extension PartyListLoader {
    /// Loads OFAC's ENHANCED XML (`<sanctionsData>` of the Sanctions List Service, the format
    /// OFAC publishes since 2024 for the SDN and the consolidated list): one entry per
    /// `entities/entity`, keyed by its `id`. The primary name is the primary translation of
    /// the primary `names/name` (`formattedFullName`); every other name and every translation
    /// in another script are aliases. Countries from `addresses/address/country` and the
    /// nationality features; identity documents as identifiers (links and notes dropped);
    /// `sanctionsPrograms` as programmes; the first `sanctionsLists/sanctionsList` with its
    /// `datePublished` and the legal authorities as the listing. The version is
    /// `publicationInfo/dataAsOf`; the list id is `ofac-consolidated` when the publication's
    /// filter names the Consolidated List and not the SDN List, else `ofac-sdn`.
    static func loadOFACEnhancedXML(path: String) throws -> PartyList {
        var version = "unknown"
        var filter: [String] = []
        var entries: [PartyListEntry] = []
        try streamXML(
            path: path, records: ["entity"], root: { _ in },
            text: { leaf, value in
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if leaf == "dataAsOf", trimmed.count >= 10 { version = String(trimmed.prefix(10)) }
                if leaf == "sanctionsList", !trimmed.isEmpty { filter.append(trimmed) }
            }
        ) { element in
            guard let id = element.attribute("id") else {
                throw PartyListProblem.format(path, "an OFAC enhanced entity has no id", line: element.line)
            }
            var primary: String?
            var names: [String] = []
            for name in element.first("names")?.elements("name") ?? [] {
                let isPrimary = childText(name, "isPrimary") == "true"
                for translation in name.first("translations")?.elements("translation") ?? [] {
                    guard let full = childText(translation, "formattedFullName") else { continue }
                    if isPrimary, childText(translation, "isPrimary") == "true", primary == nil { primary = full }
                    if !names.contains(full) { names.append(full) }
                }
            }
            guard let primaryName = primary ?? names.first else {
                throw PartyListProblem.format(path, "OFAC entity \(id) has no name", line: element.line)
            }
            var countryTexts = element.first("addresses")?.elements("address").compactMap { childText($0, "country") } ?? []
            for feature in element.first("features")?.elements("feature") ?? [] {
                let type = childText(feature, "type") ?? ""
                if type.hasPrefix("Nationality") || type == "Citizenship Country", let value = childText(feature, "value") {
                    countryTexts.append(value)
                }
            }
            let identifiers: [Identifier] =
                element.first("identityDocuments")?.elements("identityDocument").compactMap { document in
                    guard let number = childText(document, "documentNumber"), !number.hasPrefix("http") else { return nil }
                    return Identifier(scheme: childText(document, "type") ?? "document", value: number)
                } ?? []
            let lists = element.first("sanctionsLists")?.elements("sanctionsList") ?? []
            let authorities = element.first("legalAuthorities")?.elements("legalAuthority").map(\.text) ?? []
            let listing = PartyListListing(
                listName: lists.first.map(\.text), law: authorities.isEmpty ? nil : authorities.joined(separator: "; "),
                issuer: "US Department of the Treasury, Office of Foreign Assets Control",
                date: lists.first?.attribute("datePublished"))
            entries.append(
                PartyListEntry(
                    listId: "", entryId: id, primaryName: primaryName, aliases: names.filter { $0 != primaryName },
                    type: PartyListEntityType.parse(childText(element.first("generalInfo") ?? element, "entityType")),
                    countries: countryCodes(countryTexts), identifiers: identifiers,
                    programmes: element.first("sanctionsPrograms")?.elements("sanctionsProgram").map(\.text) ?? [],
                    sourceFile: path, listing: listing))
        }
        let listId = !filter.contains("SDN List") && filter.contains("Consolidated List") ? "ofac-consolidated" : "ofac-sdn"
        for i in entries.indices { entries[i].listId = listId }
        return PartyList(id: listId, source: path, format: .ofacEnhancedXML, version: version, entries: entries)
    }
}
