import DossierModel
import Foundation
import Testing

@Test func diagnosticRendersLikeACompiler() {
    let d = Diagnostic.error(
        "xml.malformed", "Opening and ending tag mismatch", at: SourceLocation(file: "in/batch.xml", line: 12, column: 7), dossier: "JS-1")
    #expect(d.description == "in/batch.xml:12:7: error: dossier JS-1: Opening and ending tag mismatch [xml.malformed]")
}

@Test func locationNamesTheArchiveMember() {
    let l = SourceLocation(file: "b.zip", member: "dossier.xml", line: 3, column: nil)
    #expect(l.description == "b.zip!dossier.xml:3")
}

@Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2026-13-01", false), ("2026-1-01", false), ("2026-11-19", true)])
func calendarDateParsesOnlyValidIsoDates(text: String, valid: Bool) {
    #expect((CalendarDate(iso: text) != nil) == valid)
}

@Test func openVocabularyKeepsUnknownValues() throws {
    let t = TransactionType(rawValue: "barter")
    #expect(!t.isKnown)
    #expect(TransactionType.exclusiveLicence.isKnown)
    let data = try JSONEncoder().encode([t])
    #expect(String(decoding: data, as: UTF8.self) == "[\"barter\"]")
}
