import Foundation

/// Dossier-shaped variants of the hostile XML payloads in `C-hostile` (billion laughs,
/// quadratic blow-up, parameter entities, XXE, XInclude), so that each payload reaches the
/// parsers a dossier goes through and not only the root check that turns away a file whose
/// root is not `<transfer-dossier>` or `<dossier-batch>`:
///
/// - `dossier`: one `<transfer-dossier>` with the payload's internal subset in its DOCTYPE
///   and every general entity it declares referenced in a text field and an attribute;
/// - `batch`: the same record inside a `<dossier-batch>` (the DOCTYPE before the batch), then
///   a well-formed dossier, which must still be read;
/// - `bundle`: a zip bundle whose `dossier.xml` is well-formed and references two patent
///   document attachments: the payload file as it is, and the payload's subset and entities
///   inside a `<us-patent-grant>` (the streaming xmlTextReader path, which does read a DTD's
///   internal subset).
///
/// Every variant also declares entities (general and parameter) that point at a canary file,
/// and references them: the canary's content must never appear in any output.
struct HostileVariants {
    /// A variant written to disk.
    struct Variant {
        var name: String
        var path: String
    }

    /// The canary file's content: a string found nowhere else.
    static let canaryText = "CANARY-9f3c1e-NEVER-READ"

    let folder: URL
    let canary: URL

    /// Creates `folder` and the canary file in it.
    init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        canary = folder.appendingPathComponent("canary.txt")
        try Self.canaryText.write(to: canary, atomically: true, encoding: .utf8)
    }

    /// The internal subset of the payload's DOCTYPE (between `[` and `]>`), empty if none.
    static func internalSubset(of text: String) -> String {
        guard let doctype = text.range(of: "<!DOCTYPE"), let open = text[doctype.upperBound...].firstIndex(of: "["),
            let close = text.range(of: "]>", range: open..<text.endIndex)
        else { return "" }
        return String(text[text.index(after: open)..<close.lowerBound])
    }

    /// The names of the general (not parameter) entities the subset declares.
    static func generalEntities(in subset: String) -> [String] {
        var names: [String] = []
        var rest = Substring(subset)
        while let r = rest.range(of: "<!ENTITY") {
            rest = rest[r.upperBound...]
            let afterSpace = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if afterSpace.first == "%" { continue }
            let name = afterSpace.prefix { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }
            if !name.isEmpty, !names.contains(String(name)) { names.append(String(name)) }
        }
        return names
    }

    /// The canary declarations added to every variant's subset.
    var canaryDeclarations: String {
        """
        <!ENTITY canary SYSTEM "file://\(canary.path)">
        <!ENTITY canaryNet SYSTEM "http://127.0.0.1:9/outbound-net-probe">
        <!ENTITY % canaryParam SYSTEM "file://\(canary.path)">
        %canaryParam;
        """
    }

    /// Entity references for a text field: the payload's entities, then the canaries.
    static func references(_ names: [String]) -> String {
        (names + ["canary", "canaryNet"]).map { "&\($0);" }.joined(separator: " ")
    }

    func dossier(id: String, subset: String, entities: [String]) -> String {
        let refs = Self.references(entities)
        let attributeRefs = (entities.prefix(3) + ["canary"]).map { "&\($0);" }.joined()
        return """
            <transfer-dossier xmlns="urn:outbound:dossier:1" id="\(id)" filed="2026-11-19">
              <transaction type="assignment"><technology-summary lang="en">Payload: \(refs)</technology-summary></transaction>
              <parties><party id="P1" role="transferor" note="\(attributeRefs)"><name>\(refs)</name><country>CN</country></party></parties>
            </transfer-dossier>
            """
    }

    /// A well-formed dossier that references two attachments.
    static let goodBundleDossier = """
        <?xml version="1.0" encoding="UTF-8"?>
        <transfer-dossier xmlns="urn:outbound:dossier:1" id="HOSTILE-BUNDLE" filed="2026-11-19">
          <transaction type="assignment"><technology-summary lang="en">Assignment of a patent on a battery separator.</technology-summary></transaction>
          <parties>
            <party id="P1" role="transferor"><name>Jiangsu Example Materials Co., Ltd.</name><country>CN</country></party>
            <party id="P2" role="transferee"><name>Example Energy GmbH</name><country>DE</country></party>
          </parties>
          <assets>
            <asset id="A1" type="invention-patent"><title lang="en">Battery separator</title>
              <attachment href="payload.xml" kind="st36"/><attachment href="grant.xml" kind="st36"/>
            </asset>
          </assets>
        </transfer-dossier>
        """

    /// The payloads of one file: the file itself, or for a list of payloads (`.txt`, one per
    /// `<?xml` declaration, as `XXE_Fuzzing.txt`) each one that declares a DOCTYPE, written to
    /// a file of its own.
    func payloads(of file: URL, stem: String) throws -> [(stem: String, url: URL)] {
        guard file.pathExtension == "txt" else { return [(stem, file)] }
        let text = try String(contentsOf: file, encoding: .isoLatin1)
        var out: [(stem: String, url: URL)] = []
        for (n, chunk) in text.components(separatedBy: "<?xml").dropFirst().enumerated() where chunk.contains("<!DOCTYPE") {
            let url = folder.appendingPathComponent("\(stem)-\(n).payload")
            try Data(("<?xml" + chunk).utf8).write(to: url)
            out.append(("\(stem)-\(n)", url))
        }
        return out
    }

    /// Writes the variants of one payload file; `stem` names them.
    func variants(of payload: URL, stem: String) throws -> [Variant] {
        let raw = try Data(contentsOf: payload)
        let text = String(decoding: raw, as: UTF8.self)
        let subset = Self.internalSubset(of: text)
        let entities = Self.generalEntities(in: subset)
        let fullSubset = subset + "\n" + canaryDeclarations
        var out: [Variant] = []

        let single =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE transfer-dossier [\(fullSubset)]>\n"
            + dossier(id: "HOSTILE-\(stem)", subset: subset, entities: entities) + "\n"
        out.append(try write(single, as: "\(stem).dossier.xml", name: "dossier"))

        let good = """
            <transfer-dossier id="GOOD-\(stem)" filed="2026-11-19">
              <transaction type="assignment"><technology-summary lang="en">Licence of a process.</technology-summary></transaction>
              <parties><party id="P1" role="transferor"><name>Example Co., Ltd.</name><country>CN</country></party></parties>
            </transfer-dossier>
            """
        let batch =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE dossier-batch [\(fullSubset)]>\n<dossier-batch xmlns=\"urn:outbound:dossier:1\">\n"
            + dossier(id: "HOSTILE-\(stem)", subset: subset, entities: entities) + "\n" + good + "\n</dossier-batch>\n"
        out.append(try write(batch, as: "\(stem).batch.xml", name: "batch"))

        let grant =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant [\(fullSubset)]>\n<us-patent-grant><us-bibliographic-data-grant>"
            + "<invention-title id=\"t\" lang=\"en\">\(Self.references(entities))</invention-title>"
            + "</us-bibliographic-data-grant><abstract><p>\(Self.references(entities))</p></abstract></us-patent-grant>\n"
        let bundle = folder.appendingPathComponent("\(stem).bundle.zip")
        try zip(
            bundle, members: [("dossier.xml", Data(Self.goodBundleDossier.utf8)), ("payload.xml", raw), ("grant.xml", Data(grant.utf8))])
        out.append(Variant(name: "bundle", path: bundle.path))
        return out
    }

    private func write(_ text: String, as file: String, name: String) throws -> Variant {
        let url = folder.appendingPathComponent(file)
        try Data(text.utf8).write(to: url)
        return Variant(name: name, path: url.path)
    }

    /// Writes a zip with `/usr/bin/zip` (an independent writer) from a scratch folder.
    private func zip(_ target: URL, members: [(String, Data)]) throws {
        let scratch = folder.appendingPathComponent(".zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (name, data) in members { try data.write(to: scratch.appendingPathComponent(name)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        process.arguments = ["-q", "-X", target.path] + members.map(\.0)
        process.currentDirectoryURL = scratch
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
