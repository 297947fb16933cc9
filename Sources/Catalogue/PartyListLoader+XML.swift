import DossierModel
import Foundation
import XMLStream

extension PartyListLoader {
    /// Streams an XML list: calls `record` with each element named in `records` (read whole,
    /// one at a time) and `attributes` with the root's start tag; throws `list.malformed`
    /// with the line when libxml2 reports an error.
    static func streamXML(
        path: String, records: Set<String>, root: (XMLStartTag) -> Void, text: ((String, String) -> Void)? = nil,
        record: (ParsedElement) throws -> Void
    ) throws {
        let reader = try XMLPullReader(source: try PartyListFileSource(path: path), url: path)
        var sawRoot = false
        var currentLeaf: String?
        while let event = reader.next() {
            switch event {
            case .start(let tag):
                if !sawRoot {
                    sawRoot = true
                    root(tag)
                }
                if records.contains(tag.name) {
                    try record(reader.readSubtree(tag))
                    currentLeaf = nil
                } else {
                    currentLeaf = tag.name
                }
            case .text(let value):
                if let leaf = currentLeaf { text?(leaf, value) }
            case .end:
                currentLeaf = nil
            }
        }
        if reader.hasErrors || reader.sourceError != nil {
            let problem = reader.problems.first { $0.level != .warning }
            throw PartyListProblem.malformed(
                path, problem?.message ?? reader.sourceError.map { "\($0)" } ?? "the document could not be read",
                line: problem.map(\.line).flatMap { $0 > 0 ? $0 : nil },
                column: problem.map(\.column).flatMap { $0 > 0 ? $0 : nil })
        }
    }

    /// The trimmed text of a child, nil when empty.
    static func childText(_ element: ParsedElement, _ name: String) -> String? {
        guard let text = element.first(name)?.textContent.trimmingCharacters(in: .whitespacesAndNewlines),
            !text.isEmpty
        else { return nil }
        return text
    }

    /// Loads an OFAC `sdnList` XML (SDN or consolidated non-SDN): one `sdnEntry` per entry,
    /// names from `firstName`/`lastName`, aliases from `akaList`, countries from addresses,
    /// nationalities and citizenships, identifiers from `idList`; the version is
    /// `Publish_Date` as ISO 8601.
    static func loadOFACXML(path: String) throws -> PartyList {
        let listId = path.lowercased().contains("cons") ? "ofac-consolidated" : "ofac-sdn"
        var version = "unknown"
        var entries: [PartyListEntry] = []
        try streamXML(
            path: path, records: ["sdnEntry"], root: { _ in },
            text: { leaf, value in
                if leaf == "Publish_Date", let iso = isoDate(fromUS: value) { version = iso }
            }
        ) { element in
            guard let uid = childText(element, "uid") else {
                throw PartyListProblem.format(path, "an sdnEntry has no uid", line: element.line)
            }
            let name = personName(first: childText(element, "firstName"), last: childText(element, "lastName"))
            guard !name.isEmpty else { throw PartyListProblem.format(path, "sdnEntry \(uid) has no name", line: element.line) }
            let aliases =
                element.first("akaList")?.elements("aka").map {
                    personName(first: childText($0, "firstName"), last: childText($0, "lastName"))
                }.filter { !$0.isEmpty } ?? []
            var countryTexts = element.first("addressList")?.elements("address").compactMap { childText($0, "country") } ?? []
            countryTexts += element.first("nationalityList")?.elements("nationality").compactMap { childText($0, "country") } ?? []
            countryTexts += element.first("citizenshipList")?.elements("citizenship").compactMap { childText($0, "country") } ?? []
            let identifiers: [Identifier] =
                element.first("idList")?.elements("id").compactMap { id in
                    guard let type = childText(id, "idType"), let number = childText(id, "idNumber"),
                        !type.hasPrefix("Additional Sanctions Information"), !type.hasPrefix("For more information"),
                        !number.hasPrefix("http")
                    else { return nil }
                    return Identifier(scheme: type, value: number)
                } ?? []
            entries.append(
                PartyListEntry(
                    listId: listId, entryId: uid, primaryName: name, aliases: aliases,
                    type: PartyListEntityType.parse(childText(element, "sdnType")),
                    countries: countryCodes(countryTexts), identifiers: identifiers,
                    programmes: element.first("programList")?.elements("program").compactMap {
                        childText($0, "program") ?? $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                    }.filter { !$0.isEmpty } ?? [],
                    sourceFile: path))
        }
        return PartyList(id: listId, source: path, format: .ofacXML, version: version, entries: entries)
    }

    /// Loads the UN Security Council consolidated list XML: `INDIVIDUAL` and `ENTITY`
    /// records keyed by `DATAID`, names from `FIRST_NAME`…`FOURTH_NAME`, aliases, countries
    /// from nationalities and addresses, documents as identifiers; the version is the date
    /// of the root's `dateGenerated`.
    static func loadUNXML(path: String) throws -> PartyList {
        var version = "unknown"
        var entries: [PartyListEntry] = []
        try streamXML(
            path: path, records: ["INDIVIDUAL", "ENTITY"],
            root: { tag in
                if let generated = tag.attribute("dateGenerated"), generated.count >= 10 {
                    version = String(generated.prefix(10))
                }
            }
        ) { element in
            guard let id = childText(element, "DATAID") else {
                throw PartyListProblem.format(path, "a UN \(element.name) has no DATAID", line: element.line)
            }
            let individual = element.name == "INDIVIDUAL"
            let name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].compactMap { childText(element, $0) }
                .joined(separator: " ")
            guard !name.isEmpty else { throw PartyListProblem.format(path, "UN record \(id) has no name", line: element.line) }
            let aliasTag = individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"
            let addressTag = individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"
            let aliases = element.elements(aliasTag).compactMap { childText($0, "ALIAS_NAME") }
            var countryTexts = element.elements("NATIONALITY").flatMap { $0.elements("VALUE") }.map(\.textContent)
            countryTexts += element.elements(addressTag).compactMap { childText($0, "COUNTRY") }
            let identifiers: [Identifier] = element.elements("INDIVIDUAL_DOCUMENT").compactMap { document in
                guard let number = childText(document, "NUMBER") else { return nil }
                return Identifier(scheme: childText(document, "TYPE_OF_DOCUMENT") ?? "document", value: number)
            }
            var programmes = [childText(element, "UN_LIST_TYPE")].compactMap { $0 }
            if let reference = childText(element, "REFERENCE_NUMBER") { programmes.append(reference) }
            entries.append(
                PartyListEntry(
                    listId: "un-consolidated", entryId: id, primaryName: name, aliases: aliases,
                    type: individual ? .individual : .entity, countries: countryCodes(countryTexts),
                    identifiers: identifiers, programmes: programmes, sourceFile: path))
        }
        return PartyList(id: "un-consolidated", source: path, format: .unXML, version: version, entries: entries)
    }

    /// `Last, First` for a person, the last name alone for an entity.
    static func personName(first: String?, last: String?) -> String {
        [last, first].compactMap { $0 }.joined(separator: ", ")
    }

    /// `04/06/2018` (US order) as `2018-04-06`.
    static func isoDate(fromUS text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "/")
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
