import DossierModel
import Extract
import Foundation
import Testing

/// What each attachment family adds to its asset, on the real documents: the claims carry
/// the language of their claims set (EPO `<claims lang>`, CNIPA `<business:Claims lang>`)
/// or of the document (`lang`, ST.96 `com:languageCode`), and every family gives IPC codes,
/// a title, claims and applicants.
@Suite struct PatentAttachmentLanguageTests {
    /// A real document, its claim languages in document order as runs, and whether it has an
    /// abstract.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var format: AttachmentFormat
        /// (language, count) runs.
        var claimLanguages: [Run]
        var hasAbstract = true

        struct Run: Sendable, Equatable {
            var lang: String?
            var count: Int
        }

        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "epo-ep-patent-document/ep-v1-5-B1.xml", format: .st36,
            claimLanguages: [.init(lang: "en", count: 12), .init(lang: "de", count: 12), .init(lang: "fr", count: 12)], hasAbstract: false),
        Case(
            file: "epo-ep-patent-document/ep-v1-0-B2.xml", format: .st36,
            claimLanguages: [.init(lang: "en", count: 5), .init(lang: "de", count: 5), .init(lang: "fr", count: 5)], hasAbstract: false),
        Case(file: "epo-ep-patent-document/ep-v1-5-A1.xml", format: .st36, claimLanguages: [.init(lang: "en", count: 12)]),
        Case(file: "wipo-st36/st36a-DOC00001.xml", format: .st36, claimLanguages: [.init(lang: "en", count: 9)]),
        Case(file: "wipo-st96/PatentPublication_Example.xml", format: .st96, claimLanguages: [.init(lang: "en", count: 10)]),
        Case(file: "cnipa/cn_new1.xml", format: .cnipa, claimLanguages: [.init(lang: "zh", count: 17)]),
        Case(file: "cnipa/cn_old1.xml", format: .cnipa, claimLanguages: [.init(lang: "zh", count: 3)]),
        Case(file: "uspto-grant/us-grant-v4-5-B1.xml", format: .st36, claimLanguages: [.init(lang: "en", count: 20)]),
    ]

    @Test("claims carry their language; IPC, title, applicants are read", arguments: cases)
    func family(_ c: Case) throws {
        let document = try PatentDocumentReaderTests.read(c.file, href: "patents/x.xml")
        #expect(document.format == c.format)
        var runs: [Case.Run] = []
        for claim in document.claims {
            if runs.last?.lang == claim.lang { runs[runs.count - 1].count += 1 } else { runs.append(.init(lang: claim.lang, count: 1)) }
        }
        #expect(runs == c.claimLanguages)
        #expect(!document.classifications.filter { $0.scheme == "IPC" }.isEmpty)
        #expect(!document.titles.isEmpty)
        #expect(!document.applicants.isEmpty)
        #expect(document.abstracts.isEmpty != c.hasAbstract)
        #expect(document.claims.allSatisfy { $0.source == "patents/x.xml" })
    }

    @Test("a claims set without a language takes the document's; one without either has none")
    func inheritedLanguage() throws {
        func claims(_ xml: String) throws -> [Claim] {
            try PatentDocumentReader.read(MemoryByteSource(Array(xml.utf8)), href: "a.xml").claims
        }
        let declared = try claims(
            #"<ep-patent-document lang="en"><claims lang="DE"><claim num="1"><claim-text>Ein Akku.</claim-text></claim></claims><claims><claim num="1"><claim-text>A battery.</claim-text></claim></claims></ep-patent-document>"#
        )
        #expect(declared.map(\.lang) == ["de", "en"])
        let own = try claims(
            #"<ep-patent-document><claims lang="fr"><claim num="1" lang="en"><claim-text>A battery.</claim-text></claim></claims></ep-patent-document>"#
        )
        #expect(own.map(\.lang) == ["en"])
        let none = try claims(
            #"<us-patent-grant><claims><claim num="1"><claim-text>A battery.</claim-text></claim></claims></us-patent-grant>"#)
        #expect(none.map(\.lang) == [nil])
    }
}
