import DossierModel
import Foundation
import XMLStream

extension PartyListLoader {
    /// Loads OFAC's ADVANCED XML (`<Sanctions>`, the `sdn_advanced.xml` family). The format
    /// refers to reference-value tables by number, so the file is streamed element by element
    /// and resolved at the end: `ReferenceValueSets` (countries with their ISO codes, party
    /// types, feature types, document types, lists, legal bases), `Locations` (their country),
    /// `IDRegDocuments` (numbers by identity), `DistinctParties` (one entry per
    /// `DistinctParty`, keyed by `FixedRef`: the primary alias's documented name parts joined
    /// in order, every other alias as an alias; countries from the location and nationality
    /// features) and `SanctionsEntries` (list, programme, legal basis and entry date per
    /// profile). The version is `DateOfIssue`; the list id `ofac-consolidated` when every party
    /// is on the Consolidated List (some are also on the SDN List), else `ofac-sdn`.
    static func loadOFACAdvancedXML(path: String) throws -> PartyList {
        var dateParts: [String: String] = [:]
        var tables: [String: [String: ParsedElement]] = [:]
        var locations: [String: String] = [:]
        var documents: [String: [(type: String, number: String)]] = [:]
        var parties: [ParsedElement] = []
        var sanctions: [String: [ParsedElement]] = [:]
        let referenceTags: Set<String> = [
            "Country", "AreaCode", "PartySubType", "PartyType", "FeatureType", "IDRegDocType", "List", "LegalBasis", "DetailReference",
        ]
        try streamXML(
            path: path, records: referenceTags.union(["Location", "IDRegDocument", "DistinctParty", "SanctionsEntry"]), root: { _ in },
            text: { leaf, value in
                if ["Year", "Month", "Day"].contains(leaf), dateParts[leaf] == nil {
                    dateParts[leaf] = value.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
        ) { element in
            switch element.name {
            case "Location":
                if let id = element.attribute("ID") {
                    if let country = element.first("LocationCountry")?.attribute("CountryID") {
                        locations[id] = country
                    } else if let area = element.first("LocationAreaCode")?.attribute("AreaCodeID") {
                        locations[id] = "area:" + area
                    }
                }
            case "IDRegDocument":
                if let identity = element.attribute("IdentityID"), let number = childText(element, "IDRegistrationNo") {
                    documents[identity, default: []].append((element.attribute("IDRegDocTypeID") ?? "", number))
                }
            case "DistinctParty":
                parties.append(element)
            case "SanctionsEntry":
                if let profile = element.attribute("ProfileID") { sanctions[profile, default: []].append(element) }
            default:
                if let id = element.attribute("ID") { tables[element.name, default: [:]][id] = element }
            }
        }
        func value(_ table: String, _ id: String?) -> String? {
            id.flatMap { tables[table]?[$0]?.text }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func iso2(_ countryID: String?) -> String? {
            guard let countryID else { return nil }
            if countryID.hasPrefix("area:") {
                return tables["AreaCode"]?[String(countryID.dropFirst(5))].flatMap { $0.attribute("CountryID") }.flatMap { iso2($0) }
            }
            return tables["Country"]?[countryID].flatMap { $0.attribute("ISO2") ?? $0.text }
        }

        var entries: [PartyListEntry] = []
        var everyOnConsolidated = true
        for party in parties {
            guard let id = party.attribute("FixedRef"), let profile = party.first("Profile") else {
                throw PartyListProblem.format(path, "an OFAC DistinctParty has no FixedRef or Profile", line: party.line)
            }
            var primary: String?
            var names: [String] = []
            var identityIDs: [String] = []
            for identity in profile.elements("Identity") {
                if let identityID = identity.attribute("ID") { identityIDs.append(identityID) }
                for alias in identity.elements("Alias") {
                    for documented in alias.elements("DocumentedName") {
                        let name = documented.elements("DocumentedNamePart").compactMap { childText($0, "NamePartValue") }
                            .joined(separator: " ")
                        guard !name.isEmpty else { continue }
                        if alias.attribute("Primary") == "true", primary == nil { primary = name }
                        if !names.contains(name) { names.append(name) }
                    }
                }
            }
            guard let primaryName = primary ?? names.first else {
                throw PartyListProblem.format(path, "OFAC party \(id) has no name", line: party.line)
            }
            var countries: [String] = []
            for feature in profile.elements("Feature") {
                let type = value("FeatureType", feature.attribute("FeatureTypeID")) ?? ""
                for version in feature.elements("FeatureVersion") {
                    if let location = version.first("VersionLocation")?.attribute("LocationID"), let code = iso2(locations[location]) {
                        countries.append(code)
                    }
                    if type.hasPrefix("Nationality") || type.hasPrefix("Citizenship"),
                        let text = value("DetailReference", version.first("VersionDetail")?.attribute("DetailReferenceID"))
                    {
                        countries.append(text)
                    }
                }
            }
            let identifiers = identityIDs.flatMap { documents[$0] ?? [] }.map {
                Identifier(scheme: value("IDRegDocType", $0.type) ?? "document", value: $0.number)
            }
            let profileID = profile.attribute("ID") ?? id
            let entriesOfProfile = sanctions[profileID] ?? []
            var programmes: [String] = []
            for measure in entriesOfProfile.flatMap({ $0.elements("SanctionsMeasure") }) {
                if let comment = childText(measure, "Comment"), !programmes.contains(comment) { programmes.append(comment) }
            }
            let lists = entriesOfProfile.compactMap { value("List", $0.attribute("ListID")) }
            if !lists.contains("Consolidated List") { everyOnConsolidated = false }
            let event = entriesOfProfile.first?.first("EntryEvent")
            let listing = PartyListListing(
                listName: lists.first, law: value("LegalBasis", event?.attribute("LegalBasisID")),
                issuer: "US Department of the Treasury, Office of Foreign Assets Control", date: event?.first("Date").flatMap(dateText))
            let subtype = tables["PartySubType"]?[profile.attribute("PartySubTypeID") ?? ""]
            let typeText = subtype.flatMap { $0.text == "Unknown" ? value("PartyType", $0.attribute("PartyTypeID")) : $0.text }
            entries.append(
                PartyListEntry(
                    listId: "", entryId: id, primaryName: primaryName, aliases: names.filter { $0 != primaryName },
                    type: PartyListEntityType.parse(typeText), countries: countryCodes(countries), identifiers: identifiers,
                    programmes: programmes, sourceFile: path, listing: listing))
        }
        let listId = everyOnConsolidated && !entries.isEmpty ? "ofac-consolidated" : "ofac-sdn"
        for i in entries.indices { entries[i].listId = listId }
        var version = "unknown"
        if let year = dateParts["Year"].flatMap(Int.init), let month = dateParts["Month"].flatMap(Int.init),
            let day = dateParts["Day"].flatMap(Int.init)
        {
            version = String(format: "%04d-%02d-%02d", year, month, day)
        }
        return PartyList(id: listId, source: path, format: .ofacAdvancedXML, version: version, entries: entries)
    }

    /// A `<Date><Year/><Month/><Day/></Date>` as `YYYY-MM-DD`.
    static func dateText(_ date: ParsedElement) -> String? {
        guard let year = childText(date, "Year").flatMap(Int.init), let month = childText(date, "Month").flatMap(Int.init),
            let day = childText(date, "Day").flatMap(Int.init)
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
