import DossierModel
import Foundation
import Normalise
import Testing

@Suite struct DossierNormaliserTests {
    static let source = SourceLocation(file: "inbox/js-batch.xml", line: 12, column: 3)

    /// The skeleton dossier of spec/dossier-format.md, with a few values made wrong on
    /// purpose, and one warning from Extract.
    static func dossier() -> Dossier {
        Dossier(
            id: "JS-2026-004211", filedRaw: "2026年11月19日",
            office: Office(province: "CN-JS", channel: "online"),
            transaction: Transaction(
                type: .assignment, track: "technology-export",
                value: MonetaryValue(currency: "CNY", raw: "1,250,000.00")),
            parties: [
                Party(
                    id: "P1", role: .transferor, kind: PartyKind(rawValue: "State-Owned-Enterprise"),
                    names: [
                        PartyName(lang: "zh", original: "江苏某某新能源材料有限公司"),
                        PartyName(lang: "en", original: "Jiangsu Moumou New Energy Materials Co., Ltd."),
                    ],
                    country: Country(raw: "中华人民共和国"),
                    identifiers: [Identifier(scheme: "USCC", value: "9144 0300 1922 0382 16")]),
                Party(
                    id: "P2", role: .transferee, kind: PartyKind(rawValue: "partnership"),
                    names: [PartyName(lang: "en", original: "Northwind Battery GmbH")],
                    country: Country(raw: "Federal Republic of Germany"),
                    identifiers: [Identifier(scheme: "LEI", value: "HWUPKR0MPOU8FGXBT393")],
                    controlledBy: ["P3"]),
                Party(
                    id: "P3", role: .actualController, kind: .individual,
                    names: [PartyName(lang: "en", original: "Li, Ag")], country: Country(raw: "Ruritania")),
            ],
            assets: [
                Asset(
                    id: "A1", type: .inventionPatent, owner: "P1",
                    identifiers: [
                        Identifier(scheme: "CN-application", value: "ZL 201410408762.5"),
                        Identifier(scheme: "CN-publication", value: "cn 104223352 a"),
                    ],
                    classifications: [
                        Classification(scheme: "IPC", raw: "H01M0004580000"),
                        Classification(scheme: "IPC", raw: "C07D 401/12(2006.01)I"),
                    ],
                    secrecy: SecrecyStatus(rawValue: "None")),
                Asset(
                    id: "A2", type: AssetType(rawValue: "know-how"),
                    identifiers: [Identifier(scheme: "CN-application", value: "201410408762.4")],
                    classifications: [Classification(scheme: "IPC", raw: "H01M 4/58X")],
                    secrecy: SecrecyStatus(rawValue: "confidential")),
            ],
            source: source,
            diagnostics: [.warning("xml.unknown-element", "ignored <remark>", at: source, dossier: "JS-2026-004211", stage: .extract)])
    }

    @Test func normalisesEveryPart() {
        let out = DossierNormaliser.normalise(Self.dossier())
        #expect(out.filed == CalendarDate(year: 2026, month: 11, day: 19))
        #expect(out.filedRaw == "2026年11月19日")
        #expect(out.transaction.value?.amount == "1250000.00")

        let p1 = out.parties[0]
        let p2 = out.parties[1]
        let p3 = out.parties[2]
        #expect(p1.kind == .stateOwnedEnterprise)
        #expect(p1.names.map(\.normalised) == ["江苏某某新能源材料", "jiangsu moumou new energy materials"])
        #expect(p1.names.map(\.legalForm) == ["有限公司", "co ltd"])
        #expect(p1.names.map(\.original) == ["江苏某某新能源材料有限公司", "Jiangsu Moumou New Energy Materials Co., Ltd."])
        #expect(p1.country == Country(raw: "中华人民共和国", code: "CN"))
        #expect(
            p1.identifiers == [
                Identifier(scheme: "USCC", value: "9144 0300 1922 0382 16", normalised: "914403001922038216", checkValid: true)
            ])
        #expect(p2.kind == .other)
        #expect(p2.names.first?.normalised == "northwind battery")
        #expect(p2.country?.code == "DE")
        #expect(p2.identifiers.first?.checkValid == false)
        #expect(p2.controlledBy == ["P3"])
        // A person's name keeps words that look like legal forms.
        #expect(p3.names.first?.normalised == "li ag")
        #expect(p3.names.first?.legalForm == nil)
        #expect(p3.country == Country(raw: "Ruritania", code: nil))

        let a1 = out.assets[0]
        let a2 = out.assets[1]
        #expect(a1.identifiers.map(\.normalised) == ["201410408762.5", "CN104223352A"])
        #expect(a1.identifiers.map(\.checkValid) == [true, nil])
        #expect(a1.classifications.map(\.code) == ["H01M 4/58", "C07D 401/12"])
        #expect(a1.classifications.map(\.raw) == ["H01M0004580000", "C07D 401/12(2006.01)I"])
        #expect(a1.secrecy == SecrecyStatus.none)
        #expect(a2.type == .other)
        #expect(a2.identifiers.first?.checkValid == false)
        #expect(a2.identifiers.first?.value == "201410408762.4")
        #expect(a2.classifications.first?.code == nil)
        #expect(a2.secrecy?.rawValue == "confidential")
    }

    @Test func reportsWhatItCouldNotReadInDossierOrder() {
        let out = DossierNormaliser.normalise(Self.dossier())
        #expect(
            out.diagnostics.map(\.id) == [
                "xml.unknown-element",
                "party.unknown-kind", "identifier.lei-check",
                "country.unknown",
                "asset.unknown-type", "identifier.cn-application-check", "classification.invalid", "secrecy.unknown",
            ])
        let mine = out.diagnostics.filter { $0.stage == .normalise }
        #expect(mine.count == 7)
        for diagnostic in mine {
            #expect(diagnostic.severity == .warning)
            #expect(diagnostic.dossier == "JS-2026-004211")
            #expect(diagnostic.location == Self.source)
        }
        #expect(mine[0].message.contains("partnership"))
        #expect(mine[0].notes == ["in party P2"])
        #expect(mine[2].message.contains("Ruritania"))
        #expect(mine[2].notes == ["in party P3"])
        #expect(mine[6].notes == ["in asset A2"])
        #expect(mine[2].description.hasPrefix("inbox/js-batch.xml:12:3: warning: dossier JS-2026-004211: country \"Ruritania\""))
    }

    @Test func isDeterministicAndIdempotent() throws {
        let once = DossierNormaliser.normalise(Self.dossier())
        let again = DossierNormaliser.normalise(Self.dossier())
        let twice = DossierNormaliser().normalise(once)
        #expect(once == again)
        #expect(twice == once)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(once) == encoder.encode(twice))
    }

    @Test func cleanDossierGetsNoWarnings() {
        var dossier = Self.dossier()
        dossier.parties.removeLast()
        dossier.parties[1].kind = .enterprise
        dossier.parties[1].identifiers = [Identifier(scheme: "LEI", value: "HWUPKR0MPOU8FGXBT394")]
        dossier.assets.removeLast()
        dossier.diagnostics = []
        let out = DossierNormaliser.normalise(dossier)
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
    }

    @Test func unreadableFilingDateIsReported() {
        var dossier = Self.dossier()
        dossier.filedRaw = "2023-02-29"
        dossier.filed = CalendarDate(year: 2023, month: 2, day: 28)
        let out = DossierNormaliser.normalise(dossier)
        #expect(out.filed == nil)
        #expect(out.diagnostics.contains { $0.id == "date.invalid" && $0.message.contains("2023-02-29") })
    }
}
