import DossierModel
import Foundation
import Testing

@testable import XMLStream

/// Splits `text` into records of `transfer-dossier`.
private func split(_ text: String, names: Set<String> = ["transfer-dossier"], max: Int = 1 << 20) throws -> (
    records: [XMLRecord], problems: [SplitProblem], root: String?
) {
    let splitter = RecordSplitter(source: MemoryByteSource(Array(text.utf8)), recordNames: names, maxRecordBytes: max)
    var records: [XMLRecord] = []
    var problems: [SplitProblem] = []
    while let item = try splitter.next() {
        switch item {
        case .record(let r): records.append(r)
        case .problem(let p): problems.append(p)
        }
    }
    return (records, problems, splitter.rootName)
}

let batch = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE dossier-batch [ <!ELEMENT x (#PCDATA)> ]>
    <!-- a comment with <transfer-dossier id="fake"> inside -->
    <dossier-batch xmlns="urn:outbound:dossier:1" exported="2026-11-20">
      <transfer-dossier id="A-1"><note a=">">x</note><![CDATA[ </transfer-dossier> ]]></transfer-dossier>
      <transfer-dossier id="A-2"><parties><party></parties></transfer-dossier>
      <transfer-dossier
          id='A-3'/>
      <transfer-dossier id="A-4"><x>ok</x></transfer-dossier>
    </dossier-batch>
    """

@Test func splitsEveryRecordEvenAroundAMalformedOne() throws {
    let (records, problems, root) = try split(batch)
    #expect(root == "dossier-batch")
    #expect(problems.isEmpty)
    #expect(records.map(\.idAttribute) == ["A-1", "A-2", "A-3", "A-4"])
    #expect(records.map(\.line) == [5, 6, 7, 9])
    #expect(records[0].column == 3)
    #expect(String(decoding: records[0].bytes, as: UTF8.self).hasSuffix("]]></transfer-dossier>"))
}

@Test func aMalformedRecordFailsAloneWithItsPositionInTheRecord() throws {
    let splitter = RecordSplitter(source: MemoryByteSource(Array(batch.utf8)), recordNames: ["transfer-dossier"])
    var parsed: [ParsedDocument] = []
    while let item = try splitter.next() {
        guard case .record(let r) = item else { continue }
        let wrapper = splitter.wrapper!
        parsed.append(DocumentParser.parse(wrapper.prefix + r.bytes + wrapper.suffix, unwrap: true))
    }
    #expect(parsed.map(\.hasErrors) == [false, true, false, false])
    #expect(parsed[0].root?.namespace == "urn:outbound:dossier:1")
    #expect(parsed[0].root?.first("note")?.attribute("a") == ">")
    #expect(parsed[1].problems.first?.message.contains("mismatch") == true)
}

@Test func aRecordStartInsideAnUnfinishedRecordCutsIt() throws {
    let text =
        "<b><transfer-dossier id=\"1\"><a></transfer-dossier><transfer-dossier id=\"2\"><a>\n<transfer-dossier id=\"3\"></transfer-dossier></b>"
    let (records, problems, _) = try split(text)
    #expect(records.map(\.idAttribute) == ["1", "2", "3"])
    #expect(records.map(\.isTruncated) == [false, true, false])
    #expect(problems.isEmpty)
}

@Test func aTruncatedStreamIsReported() throws {
    let (records, problems, _) = try split("<b><transfer-dossier id=\"1\"></transfer-dossier><transfer-dossier id=\"2\"><a>")
    #expect(records.count == 2)
    #expect(records[1].isTruncated)
    #expect(problems.map(\.id) == ["xml.truncated"])
}

@Test func noRootAndTrailingContentAreReported() throws {
    #expect(try split("just text").problems.map(\.id) == ["xml.no-root"])
    #expect(try split("<b></b><c/>").problems.map(\.id) == ["xml.trailing-content"])
}

@Test func aRecordOverTheLimitIsSkippedAndReported() throws {
    let big = String(repeating: "<p>lorem ipsum</p>", count: 200)
    let (records, problems, _) = try split(
        "<b><transfer-dossier id=\"1\">\(big)</transfer-dossier><transfer-dossier id=\"2\"/></b>", max: 1000)
    #expect(records.map(\.idAttribute) == ["2"])
    #expect(problems.map(\.id) == ["xml.record-too-large"])
    #expect(problems.first?.recordId == "1")
}

@Test func theRootCanBeTheRecord() throws {
    let (records, problems, root) = try split(
        "<?xml version=\"1.0\"?>\n<transfer-dossier xmlns=\"urn:outbound:dossier:1\" id=\"S\"><x/></transfer-dossier>\n")
    #expect(root == "transfer-dossier")
    #expect(records.count == 1)
    #expect(problems.isEmpty)
}

@Test func splittingWorksAcrossReadBoundaries() throws {
    // Many records, so the 1 MiB read size cuts tokens in every possible place.
    var text = "<dossier-batch>"
    for i in 0..<30_000 { text += "<transfer-dossier id=\"D\(i)\"><t a='\(i)'>x &amp; y</t><!-- c --></transfer-dossier>\n" }
    text += "</dossier-batch>"
    let (records, problems, _) = try split(text)
    #expect(records.count == 30_000)
    #expect(problems.isEmpty)
    #expect(records.last?.line == 30_000)
    #expect(records.allSatisfy { !$0.isTruncated })
}

/// Hands out at most `step` bytes a read, so every token is cut by a read boundary somewhere.
final class TrickleByteSource: ByteSource {
    private let bytes: [UInt8]
    private let step: Int
    private var offset = 0
    init(_ text: String, step: Int) {
        bytes = Array(text.utf8)
        self.step = step
    }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(step, buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}

@Test(arguments: [1, 2, 3, 7, 64])
func splittingSurvivesEveryReadBoundary(step: Int) throws {
    let splitter = RecordSplitter(source: TrickleByteSource(batch, step: step), recordNames: ["transfer-dossier"])
    var ids: [String?] = []
    var problems = 0
    while let item = try splitter.next() {
        switch item {
        case .record(let r): ids.append(r.idAttribute)
        case .problem: problems += 1
        }
    }
    #expect(ids == ["A-1", "A-2", "A-3", "A-4"])
    #expect(problems == 0)
}
