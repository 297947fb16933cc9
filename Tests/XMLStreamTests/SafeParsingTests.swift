import DossierModel
import Foundation
import Testing

@testable import XMLStream

@Test func externalEntitiesAreNeverLoaded() throws {
    let canary = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-canary-\(getpid()).txt")
    try "CANARY-SECRET-7731".write(to: canary, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: canary) }
    let doc = """
        <?xml version="1.0"?>
        <!DOCTYPE r [ <!ENTITY xxe SYSTEM "file://\(canary.path)"> ]>
        <r>&xxe;</r>
        """
    let parsed = DocumentParser.parse(Array(doc.utf8))
    #expect(parsed.root?.text.contains("CANARY") != true)
    let reader = try XMLPullReader(source: MemoryByteSource(Array(doc.utf8)))
    var text = ""
    while let event = reader.next() { if case .text(let t) = event { text += t } }
    #expect(!text.contains("CANARY"))
}

@Test func errorsCarryLineAndColumn() {
    let parsed = DocumentParser.parse(Array("<a>\n  <b></c>\n</a>".utf8))
    #expect(parsed.root == nil)
    let first = parsed.problems.first
    #expect(first?.line == 2)
    #expect((first?.column ?? 0) > 0)
    #expect(first?.diagnosticId == "xml.malformed")
}

@Test func billionLaughsIsStoppedByLibxml2Limits() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../../shared/realdata/C-hostile/xml-defusedxml/xmlbomb.xml"
    ).standardized
    let bytes = try [UInt8](Data(contentsOf: url))
    let parsed = DocumentParser.parse(bytes)
    // Entities are not substituted: the bomb never expands, whatever libxml2 reports.
    #expect((parsed.root?.textContent.utf8.count ?? 0) < 1_000)
}

@Test(arguments: [("UTF-16", true), ("UTF-16LE", false), ("GB18030", false)])
func otherEncodingsBecomeUTF8(encoding: String, bom: Bool) throws {
    let text =
        "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<transfer-dossier id=\"Z\"><name>江苏某某新能源材料有限公司</name></transfer-dossier>\n"
    var bytes = try iconvEncode(text, to: encoding == "UTF-16" ? "UTF-16LE" : encoding)
    if bom { bytes = [0xFF, 0xFE] + bytes }
    let (stream, found) = try TextDecoding.utf8Stream(from: MemoryByteSource(bytes))
    #expect(found.uppercased().hasPrefix(encoding == "UTF-16" ? "UTF-16" : encoding))
    let splitter = RecordSplitter(source: stream, recordNames: ["transfer-dossier"])
    guard case .record(let r)? = try splitter.next() else {
        Issue.record("no record")
        return
    }
    let parsed = DocumentParser.parse(r.bytes)
    #expect(parsed.root?.first("name")?.text == "江苏某某新能源材料有限公司")
}

@Test func aBadByteInADeclaredEncodingIsAnError() throws {
    // A lone low surrogate (DC00) after a well-formed UTF-16LE declaration.
    let bytes = try iconvEncode("<?xml version=\"1.0\" encoding=\"UTF-16LE\"?><a>", to: "UTF-16LE") + [0x00, 0xDC, 0x41, 0x00]
    let (stream, _) = try TextDecoding.utf8Stream(from: MemoryByteSource(bytes))
    #expect(throws: TextDecodingError.self) { _ = try stream.readAll(limit: 1 << 20) }
}

@Test func pullReaderStreamsAndReadsSubtrees() throws {
    let doc = "<r xmlns='urn:x'><a k='v'>one<b/>two</a><c>three</c></r>"
    let reader = try XMLPullReader(source: MemoryByteSource(Array(doc.utf8)))
    var names: [String] = []
    while let event = reader.next() {
        if case .start(let tag) = event {
            names.append(tag.name)
            if tag.name == "a" {
                let a = reader.readSubtree(tag)
                #expect(a.attribute("k") == "v")
                #expect(a.text == "one two")
                #expect(a.namespace == "urn:x")
            }
        }
    }
    #expect(names == ["r", "a", "c"])
    #expect(!reader.hasErrors)
}

/// Encodes `text` with glibc's iconv (the test's own converter, independent of the reader).
func iconvEncode(_ text: String, to encoding: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", encoding]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
}

@Test(arguments: [
    ("  a \n\t b  ", "a b"), ("a b", "a b"), ("", ""), ("\n", ""), ("中文\n  文本", "中文 文本"), ("x  ", "x"), (" x", "x"), ("a\tb", "a b"),
])
func whitespaceCollapses(input: String, expected: String) {
    #expect(collapseWhitespace(input) == expected)
}
