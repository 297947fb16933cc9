import DossierModel
import Testing

@testable import OutboundCompression

@Test func errorBecomesAnExtractDiagnosticNamingTheMember() {
    let error = ArchiveError.pathEscape("../x", reason: "it has a '..' component")
    let diagnostic = error.diagnostic(file: "in/bundle.zip")
    #expect(diagnostic.id == "archive.path-escape")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.stage == .extract)
    #expect(diagnostic.location == SourceLocation(file: "in/bundle.zip", member: "../x"))
    #expect(
        diagnostic.description
            == "in/bundle.zip!../x: error: member name '../x' leaves the archive: it has a '..' component [archive.path-escape]")
    #expect(error.description == "../x: member name '../x' leaves the archive: it has a '..' component [archive.path-escape]")
}

@Test func errorWithoutMemberNamesOnlyTheFile() {
    let diagnostic = ArchiveError.zipNotZip("the file has only 3 bytes").diagnostic(file: "x.zip")
    #expect(diagnostic.location?.member == nil)
    #expect(diagnostic.description.hasPrefix("x.zip: error: not a zip file"))
}
