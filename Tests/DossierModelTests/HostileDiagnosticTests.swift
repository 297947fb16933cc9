import DossierModel
import Testing

/// Text from a hostile input inside a diagnostic line: a root element named with a terminal
/// escape, a dossier id with a newline that would forge a second diagnostic line.
@Suite struct HostileDiagnosticTests {
    @Test func controlCharactersFromTheInputAreEscaped() {
        let d = Diagnostic.error(
            "input.unknown-format", "the root element <\u{1B}[2Jroot> is not a dossier format",
            at: SourceLocation(file: "in\u{7}box/a.xml", member: "x\u{202E}lmx.exe"),
            dossier: "ID-1\nfake.xml:1: error: forged [xml.malformed]")
        let line = d.description
        #expect(!line.contains("\u{1B}") && !line.contains("\n") && !line.contains("\u{7}") && !line.contains("\u{202E}"))
        #expect(line.contains("<\\u{1B}[2Jroot>"))
        #expect(line.contains("ID-1\\u{A}fake.xml:1"))
        #expect(line.hasSuffix("[input.unknown-format]"))
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "江苏某某新能源材料有限公司\tGmbH \"quoted\" <tag> é"
        #expect(Diagnostic.printable(text) == text)
        let d = Diagnostic.warning(
            "party.missing-id", "a <party> has no id", at: SourceLocation(file: "a.xml", line: 3), dossier: "GD-2024-000121")
        #expect(d.description == "a.xml:3: warning: dossier GD-2024-000121: a <party> has no id [party.missing-id]")
    }

    @Test func notesStayOnTheirOwnLinesButCannotAddMore() {
        var d = Diagnostic.error("x.y", "m")
        d.notes = ["first\nsecond"]
        #expect(d.description.split(separator: "\n").count == 2)
    }
}
