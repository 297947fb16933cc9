import DossierModel

extension USPTOAssignment {
    /// The dossier this assignment becomes, not yet normalised: id from reel and frame,
    /// filed on the recorded date, the transaction type from the conveyance text, assignors
    /// as the parties that give the right (`P1`…), assignees after them, one asset per patent
    /// property (`A1`…) owned by the first assignor.
    ///
    /// Throws a `DossierError` (`uspto.unknown-conveyance`) when no rule reads the conveyance
    /// text: as with an unknown transaction type, no decision is possible.
    func dossier(source: SourceLocation, position: (Int) -> SourceLocation) throws -> Dossier {
        let id = dossierID
        guard let conveyance = USPTOAssignmentConveyance(text: conveyanceText) else {
            var d = Diagnostic.error(
                "uspto.unknown-conveyance",
                conveyanceText.isEmpty
                    ? "the assignment has no conveyance text: the transaction type is unknown and no decision is possible"
                    : "the conveyance \"\(conveyanceText)\" is not one this version reads: the transaction type is unknown and no decision is possible",
                at: position(line), dossier: id, stage: .extract)
            d.notes = [
                "read: assignment, licence, merger, change of name, security interest, release, correction, change of address (docs/uspto-assignments.md)"
            ]
            throw DossierError(d)
        }
        var diagnostics: [Diagnostic] = []
        func warn(_ diagnosticID: String, _ message: String, line: Int) {
            diagnostics.append(.warning(diagnosticID, message, at: position(line), dossier: id, stage: .extract))
        }

        var parties: [Party] = []
        for assignor in assignors {
            parties.append(
                Party(
                    id: "P\(parties.count + 1)", role: conveyance.assignorRole, kind: Self.kind(assignor.name, nameType: assignor.nameType),
                    names: [PartyName(lang: nil, original: assignor.name)]))
        }
        for assignee in assignees {
            let country = assignee.countryName ?? assignee.state
            let address =
                (assignee.addressLines + [assignee.city, assignee.state, assignee.postcode, assignee.countryName].compactMap { $0 })
                .joined(separator: ", ")
            parties.append(
                Party(
                    id: "P\(parties.count + 1)", role: conveyance.assigneeRole, kind: Self.kind(assignee.name, nameType: assignee.nameType),
                    names: [PartyName(lang: nil, original: assignee.name)], country: country.map { Country(raw: $0) },
                    address: address.isEmpty ? nil : address))
        }
        if assignors.isEmpty { warn("uspto.no-assignors", "the assignment names no assignor", line: line) }
        if assignees.isEmpty { warn("uspto.no-assignees", "the assignment names no assignee", line: line) }

        let owner = assignors.isEmpty ? nil : "P1"
        var assets: [Asset] = []
        for property in properties {
            let assetID = "A\(assets.count + 1)"
            if property.numbers.isEmpty {
                warn(
                    "uspto.property-no-number", "patent property \(assetID) has no application, publication or patent number",
                    line: property.line)
            }
            assets.append(
                Asset(
                    id: assetID, type: Self.assetType(property.numbers), owner: owner,
                    identifiers: property.numbers.map { Identifier(scheme: Self.scheme($0), value: $0.number) },
                    titles: property.title.map { [LocalisedText(lang: property.titleLanguage, text: $0)] } ?? []))
        }
        if assets.isEmpty { warn("uspto.no-properties", "the assignment lists no patent property", line: line) }

        let reference = "USPTO reel \(reel) frame \(frame)" + (conveyanceText.isEmpty ? "" : ": \(conveyanceText)")
        return Dossier(
            id: id, filedRaw: recordedDate, transaction: Transaction(type: conveyance.type, contractRef: reference),
            parties: parties, assets: assets, source: source, diagnostics: diagnostics, foreignRegistry: "USPTO")
    }

    // MARK: - Vocabulary

    /// A grant (kind `B`, a reissue `E`) is an invention patent, a design grant (`S`) a design
    /// patent, a plant patent (`P`) a plant variety; a property with only an application
    /// number or a pre-grant publication is a patent application.
    static func assetType(_ numbers: [DocumentNumber]) -> AssetType {
        let kinds = numbers.compactMap { $0.kind?.uppercased() }
        if kinds.contains(where: { $0.hasPrefix("S") }) { return .designPatent }
        if kinds.contains(where: { $0.hasPrefix("P") }) { return .plantVariety }
        if kinds.contains(where: { $0.hasPrefix("B") || $0.hasPrefix("E") }) { return .inventionPatent }
        return .patentApplication
    }

    /// `US-application` for an application number (kind `X0` or none), `US-publication` for a
    /// pre-grant publication (`A…`), `US-patent` for a grant; another country's number keeps
    /// its country (`WO-application`).
    static func scheme(_ number: DocumentNumber) -> String {
        let country = (number.country?.uppercased()).flatMap { $0.isEmpty ? nil : $0 } ?? "US"
        let kind = number.kind?.uppercased() ?? ""
        if kind.isEmpty || kind == "X0" { return "\(country)-application" }
        if kind.hasPrefix("A") { return "\(country)-publication" }
        return "\(country)-patent"
    }

    /// Words that mark a name as a university's.
    static let universityWords: Set<String> = [
        "UNIVERSITY", "UNIVERSITAT", "UNIVERSITÄT", "UNIVERSITE", "UNIVERSITÉ", "UNIVERSITA", "UNIVERSITÀ", "COLLEGE", "UNIVERSIDAD",
    ]
    /// Words that mark a name as a research institute's.
    static let instituteWords: Set<String> = [
        "INSTITUTE", "INSTITUT", "ISTITUTO", "LABORATORY", "LABORATORIES", "RESEARCH", "RECHERCHE", "FRAUNHOFER",
    ]
    /// Legal-form words that mark a name as a company's.
    static let companyWords: Set<String> = [
        "INC", "INCORPORATED", "LLC", "LLP", "LP", "LTD", "LIMITED", "CORP", "CORPORATION", "CO", "COMPANY",
        "GMBH", "AG", "SA", "SAS", "SARL", "BV", "NV", "AB", "AS", "OY", "SPA", "SRL", "PLC", "KK", "PTY", "PTE",
        "BHD", "KG", "SE", "KAISHA", "TECHNOLOGIES", "HOLDINGS", "GROUP", "TRUST", "BANK",
    ]

    /// Generational suffixes after a person's given names (`DAMIANO, JOHN, JR`).
    static let personSuffixes: Set<String> = ["JR", "SR", "II", "III", "IV", "V"]

    /// The party kind, from the name's words first (a university, a research institute, a
    /// legal form; dotted forms of three letters or more such as `L.L.C.` and `S.P.A.` count), then from `name-type`
    /// when the file gives it (`natural` is an individual, `legal` an enterprise); a name
    /// written `FAMILY, GIVEN` (with an optional `, JR`) is an individual; else `other`.
    static func kind(_ name: String, nameType: String?) -> PartyKind {
        let plain = USPTOAssignmentConveyance.words(name)
        // Joined initials count only from three letters: `LEE, A. G.` is a person, not an AG.
        let words = Set(plain).union(joinedInitials(plain).filter { $0.count >= 3 })
        if !words.isDisjoint(with: universityWords) { return .university }
        if !words.isDisjoint(with: instituteWords) { return .researchInstitute }
        if !words.isDisjoint(with: companyWords) { return .enterprise }
        switch nameType?.lowercased() {
        case "natural": return .individual
        case "legal": return .enterprise
        default: break
        }
        var parts = name.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.uppercased().filter { !$0.isWhitespace && $0 != "." }
        }
        if parts.count == 3, personSuffixes.contains(parts[2]) { parts.removeLast() }
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty }), !name.contains(where: \.isNumber) {
            return .individual
        }
        return .other
    }

    /// The words with each run of single letters joined (`L L C` -> `LLC`), so that dotted
    /// legal forms read as their plain ones.
    static func joinedInitials(_ words: [String]) -> [String] {
        var out: [String] = []
        var run = ""
        for word in words {
            if word.count == 1 {
                run += word
                continue
            }
            if !run.isEmpty {
                out.append(run)
                run = ""
            }
            out.append(word)
        }
        if !run.isEmpty { out.append(run) }
        return out
    }
}
