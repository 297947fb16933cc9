import DossierModel

/// Small dossiers and hits built in code, for the outcome and flag tables.
enum Fixture {
    static func party(_ id: String, _ role: PartyRole, _ country: String?, kind: PartyKind = .enterprise, name: String? = nil) -> Party {
        Party(
            id: id, role: role, kind: kind, names: [PartyName(lang: "en", original: name ?? "Party \(id) Co., Ltd.")],
            country: country.map { Country(raw: $0, code: $0 == "??" ? nil : $0) })
    }

    static func asset(_ id: String, _ type: AssetType, owner: String? = "P1", fiscal: Bool = false, secrecy: SecrecyStatus? = nil) -> Asset
    {
        Asset(
            id: id, type: type, owner: owner, titles: [LocalisedText(lang: "en", text: "Asset \(id)")],
            funding: fiscal ? Funding(fiscal: true, programme: "national-key-rd") : nil, secrecy: secrecy)
    }

    /// A Chinese transferor P1 and a German transferee P2 with one invention patent A1.
    static func dossier(
        _ type: TransactionType = .assignment,
        parties: [Party] = [party("P1", .transferor, "CN"), party("P2", .transferee, "DE")],
        assets: [Asset] = [asset("A1", .inventionPatent)],
        filed: CalendarDate? = CalendarDate(year: 2026, month: 3, day: 2)
    ) -> Dossier {
        Dossier(
            id: "T-1", filedRaw: filed?.description, filed: filed, office: Office(province: "CN-JS", channel: nil),
            transaction: Transaction(type: type), parties: parties, assets: assets,
            source: SourceLocation(file: "fixture.xml", line: 1, column: 1))
    }

    /// A counting hit on `asset` (nil: the technology summary).
    static func hit(_ part: CataloguePart, on asset: String?, status: HitStatus = .hit, identity: String = "entry") -> Hit {
        let location = TextLocation(assetID: asset, field: asset == nil ? .technologySummary : .title, index: "1", lang: "en")
        return Hit(
            catalogueID: "test", entryIdentity: identity, entryCode: part == .prohibited ? "000001J" : "000002X",
            entryName: "测试", entryNameEn: "test", part: part, controlPoint: "cp", controlPointLabel: "CP1",
            controlPointName: "测试", status: status, score: 0.9,
            evidence: [Evidence(kind: .keyword, location: location, term: "term", matched: "term")])
    }
}
