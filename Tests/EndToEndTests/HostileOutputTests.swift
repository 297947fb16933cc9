import Foundation
import Packets
import Testing

/// What a dossier carries from outside must not become markup or a path: `outbound run` on
/// dossiers whose names, titles, claims and summaries hold markup and script payloads, and
/// whose ids are `../../x`, very long, Windows device names, markup, or hold a raw NUL byte.
@Suite struct HostileOutputTests {
    static let payloads = [
        "<script>alert('name')</script>",
        "<img src=x onerror=alert(1)>",
        "</td></tr></table><script>alert('claim')</script>",
        "\" onmouseover=\"alert(2)",
        "<svg/onload=alert(3)>",
        "<!-- --><iframe src=javascript:alert(4)>",
    ]

    /// XML-escaped text.
    static func xml(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func dossier(id: String, rawId: Bool = false) -> String {
        let attribute = rawId ? id : xml(id)
        let p = payloads.map(xml)
        return """
            <transfer-dossier id="\(attribute)" filed="2026-11-19">
              <transaction type="assignment">
                <technology-summary lang="en">\(p[0]) Assignment of a battery separator patent. \(p[4])</technology-summary>
              </transaction>
              <parties>
                <party id="P1" role="transferor" kind="enterprise"><name lang="en">\(p[0]) Example Co., Ltd.</name><country>CN</country><address>\(p[3])</address></party>
                <party id="P2" role="transferee" kind="enterprise"><name lang="en"><![CDATA[\(payloads[1]) GmbH]]></name><country>DE</country></party>
              </parties>
              <assets>
                <asset id="A1" type="invention-patent" owner="P1">
                  <title lang="en">\(p[1]) Battery separator \(p[5])</title>
                  <classification scheme="IPC">H01M 50/40</classification>
                  <abstract lang="en">\(p[4])</abstract>
                  <claims><claim n="1">\(p[2])</claim></claims>
                </asset>
              </assets>
            </transfer-dossier>
            """
    }

    static let hostileIds = [
        "XSS-1", "../../escape", "..\\..\\windows", String(repeating: "L", count: 600), "CON", "nul",
        "<script>alert('id')</script>", "a/b/c", ".hidden", "%2e%2e%2fencoded", "\u{202E}txt.exe",
    ]

    @Test func payloadsAreEscapedAndIdsNeverBecomePaths() throws {
        let folder = try NightlyRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var batch = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dossier-batch xmlns=\"urn:outbound:dossier:1\">\n"
        for id in Self.hostileIds { batch += Self.dossier(id: id) + "\n" }
        batch += "</dossier-batch>\n"
        try batch.write(to: inbox.appendingPathComponent("hostile.xml"), atomically: true, encoding: .utf8)
        // A raw NUL byte in the id attribute: the record is not XML (quarantined), but its id
        // as the splitter read it still names the quarantine's packet page.
        var nul = Data("<transfer-dossier xmlns=\"urn:outbound:dossier:1\" id=\"NUL".utf8)
        nul.append(0)
        nul.append(Data("../../x\" filed=\"2026-11-19\"><transaction type=\"assignment\"/></transfer-dossier>\n".utf8))
        try nul.write(to: inbox.appendingPathComponent("nul.xml"))

        let definition = try NightlyRunTests.definition(inputs: [inbox.path], in: folder)
        let result = try OutboundBinary.run(["run", definition] + NightlyRunTests.fixedTime)
        #expect(result.status == 1, "the NUL dossier is quarantined: \(result.stderr.suffix(2_000))")

        // Nothing outside the output folder: the folder holds what the test wrote, the ledger
        // and `out` only; inside `out`, packets are pages directly in `packets/`.
        let top = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("ledger.sqlite") }.sorted()
        #expect(top == ["inbox", "out", "test.yml"])
        let packetRoot = folder.appendingPathComponent("out/packets")
        let packetFiles = try FileManager.default.contentsOfDirectory(atPath: packetRoot.path)
        #expect(packetFiles.count == Self.hostileIds.count + 1, "\(packetFiles)")
        for name in packetFiles {
            #expect(name.utf8.count <= 255 && !name.contains("/") && !name.contains("\0") && !name.hasPrefix("."), "\(name)")
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: packetRoot.appendingPathComponent(name).path, isDirectory: &isFolder))
            #expect(!isFolder.boolValue && name.hasSuffix(".html"), "\(name) is one page, not a folder")
        }
        #expect(Set(packetFiles).count == packetFiles.count)

        // No payload survives as markup in any HTML page (the embedded JSON included); the
        // text is there, escaped.
        var pages = packetFiles.map { packetRoot.appendingPathComponent($0) }
        pages.append(folder.appendingPathComponent("out/summary.html"))
        for page in pages {
            let html = try String(contentsOf: page, encoding: .utf8)
            for marker in ["<script>alert", "<img src=x", "<svg/onload", "<iframe", "</td></tr></table><script", "\" onmouseover=\"alert"] {
                #expect(
                    !html.contains(marker),
                    "\(page.lastPathComponent) in \(page.deletingLastPathComponent().lastPathComponent) holds \(marker)")
            }
            #expect(!html.contains("href=\"../") && !html.contains("href=\"/"), "a link leaves the output: \(page.path)")
        }
        let xssPage = try Data(contentsOf: packetRoot.appendingPathComponent("XSS-1.html"))
        let xss = String(decoding: xssPage, as: UTF8.self)
        #expect(xss.contains("&lt;script&gt;alert("), "the payload is shown as text")
        #expect(xss.contains("&lt;img src=x onerror=alert(1)&gt;"))

        // The embedded JSON and the packets.jsonl line carry the text as it was, as JSON
        // strings; in the page every `<` is `\u003c`, which JSON reads back as `<`.
        #expect(xss.components(separatedBy: "<script").count == 2, "one script element: the packet data")
        let embedded = try #require(PacketJSON.extract(fromPage: [UInt8](xssPage)))
        let text = String(decoding: embedded, as: UTF8.self)
        _ = try JSONSerialization.jsonObject(with: Data(embedded))
        #expect(text.contains("<script>alert('name')"), "the JSON packet keeps the text as it was")
        let lines = try String(contentsOf: folder.appendingPathComponent("out/packets.jsonl"), encoding: .utf8)
        #expect(lines.split(separator: "\n").contains { $0.utf8.elementsEqual(embedded) }, "the page embeds its packets.jsonl line")
    }
}
