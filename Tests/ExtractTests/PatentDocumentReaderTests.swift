import DossierModel
import Extract
import Foundation
import Testing

/// `PatentDocumentReader` on the real patent documents in `../shared/realdata/A-ip-records`
/// and on hostile and synthetic ones.
@Suite struct PatentDocumentReaderTests {
    /// What one real document must give.
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var format: AttachmentFormat = .st36
        var root: String
        var number: String
        /// (language, title) in document order.
        var titles: [Pair]
        /// The start of each abstract, in order.
        var abstracts: [String] = []
        var claims: Int
        var firstClaim: String?
        var ipc: [String]
        var cpc: [String] = []
        var applicants: [String]

        struct Pair: Sendable, Equatable {
            var lang: String?
            var text: String
        }

        var testDescription: String { file }
    }

    // MARK: - Real documents

    static let grants: [Expected] = [
        Expected(
            file: "uspto-grant/US08930553-xml2014.xml", root: "us-patent-grant", number: "US08930553B2",
            titles: [.init(lang: "en", text: "Managing mid-dialog session initiation protocol (SIP) messages")],
            abstracts: [
                "Processing mid-dialog SIP messages by receiving a mid-dialog SIP message from a SIP user agent client, creating a new SIP session,"
            ],
            claims: 8,
            firstClaim:
                "1. A system for processing mid-dialog SIP messages, the system comprising: an incoming message hardware processor configured to receive",
            ipc: ["G06F 15/16"], applicants: ["International Business Machines Corporation"]),
        Expected(
            file: "uspto-grant/us-grant-v2-5-B1.xml", root: "PATDOC", number: "US06334226B1",
            titles: [.init(lang: nil, text: "Faucet support member")],
            abstracts: [
                "A faucet support member for fixing a faucet in a mounting hole made in a base plate, comprising tightening members"
            ],
            claims: 31,
            firstClaim:
                "1. A faucet support member configured to releasably fix a faucet in a mounting hole that is formed in a base plate,",
            ipc: ["E03C 104"], applicants: ["Toto Ltd."]),
        Expected(
            file: "uspto-grant/us-grant-v2-5-S1.xml", root: "PATDOC", number: "USD0452599S1",
            titles: [.init(lang: nil, text: "Confection item in the form of a tied braid")],
            claims: 1, firstClaim: "The ornamental design for a confection item in the form of a tied braid, as shown and described.",
            ipc: [], applicants: []),
        Expected(
            file: "uspto-grant/us-grant-v4-0-B2.xml", root: "us-patent-grant", number: "US06857133B2",
            titles: [.init(lang: "en", text: "Method and apparatus for manufacturing and installing water resistant cover on a limb")],
            abstracts: [
                "A water resistant covering covers a part of the body, prevents water from penetrating the covering, and can be emplaced on the body with a single hand."
            ],
            claims: 6,
            firstClaim: "1. A method for producing a water-resistant unit, comprising the steps of (a) providing a water-resistant sleeve",
            ipc: ["A41D 13/00"], applicants: ["Reynolds, David V."]),
        Expected(
            file: "uspto-grant/us-grant-v4-5-B1.xml", root: "us-patent-grant", number: "US09358892B1",
            titles: [
                .init(lang: "en", text: "System and method for pre-charging a hybrid vehicle for improving reverse driving performance")
            ],
            abstracts: [
                "A method/system is provided for improving reverse hill climb performance of a hybrid vehicle. An electronic control unit (ECU)"
            ],
            claims: 20,
            firstClaim:
                "1. A pre-charging system for improving reverse direction hill climb performance of a hybrid vehicle, comprising: a battery having a state of charge value;",
            ipc: ["B60L 9/00", "B60L 11/00", "B60L 11/18", "G01C 21/26", "B60K 35/00", "B60W 20/00"],
            cpc: ["B60L 11/1809", "B60K 35/00", "B60L 11/1861", "G01C 21/26", "B60K 2350/1076", "B60W 20/00"],
            applicants: ["Toyota Motor Engineering & Manufacturing North America, Inc."]),
    ]

    static let epo: [Expected] = [
        Expected(
            file: "epo-ep-patent-document/ep-v1-0-A1.xml", root: "ep-patent-document", number: "EP1325900A1",
            titles: [
                .init(lang: "de", text: "VERFAHREN ZUR HERSTELLUNG VON FLUORALKANOL"),
                .init(lang: "en", text: "PROCESS FOR PRODUCING FLUOROALKANOL"),
                .init(lang: "fr", text: "PROCEDE DE PRODUCTION DE FLUOROALCANOL"),
            ],
            abstracts: [
                "A process for producing a fluoroalkanol which can easily be industrially practiced with high selectivity, is provided. CHR1R2OH, a radical initiator and CF2=CFRf are"
            ],
            claims: 7,
            firstClaim: "A process for producing a fluoroalkanol of the following formula 1, which comprises reacting a polyfluoroolefin",
            ipc: ["C07C 29/44", "C07C 31/38"], applicants: ["ASAHI GLASS COMPANY LTD."]),
        Expected(
            file: "epo-ep-patent-document/ep-v1-0-B2.xml", root: "ep-patent-document", number: "EP0874807B2",
            titles: [
                .init(lang: "de", text: "VERFAHREN ZUR HERSTELLUNG VON METHOXIMINOPHENYLGLYOXYLSÄURE-DERIVATEN"),
                .init(lang: "en", text: "PROCESS FOR THE PREPARATION OF METHOXYMINOPHENYLGLYOXYLIC ACID DERIVATIVES"),
                .init(lang: "fr", text: "PROCEDE DE PREPARATION DE DERIVES DE L'ACIDE METHOXIMINOPHENYLGLYOXYLIQUE"),
            ],
            claims: 15,
            firstClaim:
                "A process for the preparation of an o-chloroinethylphenylinethoximinoglyoxylic acid ester of formula (I), wherein R is C3-C8-akyl,",
            ipc: ["C07C 249/08", "C07C 231/06", "C07C 235/78", "C07C 251/48", "C07C 251/60"], applicants: ["Bayer CropScience AG"]),
        Expected(
            file: "epo-ep-patent-document/ep-v1-5-A1.xml", root: "ep-patent-document", number: "EP3782854A1",
            titles: [
                .init(lang: "de", text: "FAHRZEUGMONTIERTE ANZEIGEANORDNUNG UND FAHRZEUG"),
                .init(lang: "en", text: "VEHICLE-MOUNTED DISPLAY ASSEMBLY AND VEHICLE"),
                .init(lang: "fr", text: "ENSEMBLE D'AFFICHAGE MONTÉ SUR VÉHICULE ET VÉHICULE"),
            ],
            abstracts: [
                "This disclosure relates to a vehicular display assembly and a vehicle, and the vehicular display assembly includes: a storage box;"
            ],
            claims: 12,
            firstClaim:
                "A vehicular display assembly, comprising: a storage box; and a display device arranged on an opening side of the storage box,",
            ipc: ["B60R 7/06", "B60N 3/12"],
            applicants: ["BOE TECHNOLOGY GROUP CO., LTD.", "Chengdu BOE Optoelectronics Technology Co., Ltd."]),
        Expected(
            file: "epo-ep-patent-document/ep-v1-5-B1.xml", root: "ep-patent-document", number: "EP3404678B1",
            titles: [
                .init(lang: "de", text: "HOCHSPANNUNGSANORDNUNG UND VERFAHREN ZUM BETREIBEN DER HOCHSPANNUNGSANORDNUNG"),
                .init(lang: "en", text: "HIGH VOLTAGE ASSEMBLY AND METHOD TO OPERATE THE HIGH VOLTAGE ASSEMBLY"),
                .init(lang: "fr", text: "ENSEMBLE À HAUTE TENSION ET PROCÉDÉ DE FONCTIONNEMENT DE L'ENSEMBLE À HAUTE TENSION"),
            ],
            claims: 36, firstClaim: "A high voltage assembly (2) comprising: - a sealed compartment (4) containing an active component (6)",
            ipc: ["H01F 27/14", "H01F 27/40"], applicants: ["General Electric Technology GmbH"]),
    ]

    static let others: [Expected] = [
        Expected(
            file: "wipo-st36/st36a-DOC00001.xml", root: "ep-patent-document", number: "EP1667425A1",
            titles: [
                .init(lang: "de", text: "Bilderzeugungsverfahren und -apparat"),
                .init(lang: "en", text: "Image forming method and image forming apparatus"),
                .init(lang: "fr", text: "Méthode et appareil de formation d'image"),
            ],
            abstracts: ["An image with sufficient gray-scale representation and high resolution is formed on a medium to be recorded,"],
            claims: 9,
            firstClaim:
                "A method of forming an image by thermally transferring thermal transfer ink of a thermal transfer ink ribbon onto a medium",
            ipc: ["H04N 1/40"], applicants: ["Wedg Co. Ltd"]),
        Expected(
            file: "uspto-application/us-app-v4-5-A1.xml", root: "us-patent-application", number: "US20220159901A1",
            titles: [.init(lang: "en", text: "SEED DISTRIBUTOR USED FOR AGRICULTURAL MACHINES")],
            abstracts: [
                "Seed metering device applied to agricultural machines including two distal and parallel vertical shell wherein houses a vertical metering disk"
            ],
            claims: 6,
            firstClaim:
                "1. A seed metering device for an agricultural machine having a vertically arranged casing made up by a rear shell and a frontal shell,",
            ipc: ["A01C 7/04"], cpc: ["A01C 7/04"], applicants: ["Spinsanti, Ariel Alberto Antonio"]),
        Expected(
            file: "wipo-st96/PatentPublication_Example.xml", format: .st96, root: "PatentPublication", number: "US08936998B2",
            titles: [.init(lang: "en", text: "Manufcaturing method for room-temperature substrate bonding")],
            abstracts: [
                "A device is provided with: a first substrate mainly containing silicon dioxide; a second substrate mainly containing silicon,"
            ],
            claims: 10,
            firstClaim:
                "1. A device manufacture method, comprising: sputtering a first surface of a first substrate mainly containing silicon dioxide; and preparing a bonded substrate",
            ipc: ["H01L 21/30", "H01L 21/302", "H01L 21/324", "H01L 21/20", "H01L 23/00", "H01L 31/0203"],
            cpc: [
                "H01L 21/2007", "H01L 24/28", "H01L 24/31", "H01L 24/83", "H01L 24/75", "H01L 31/0203", "H01L 2224/83099",
                "H01L 2224/8385", "H01L 2224/83894", "H01L 2924/01012", "H01L 2924/01013", "H01L 2924/01015",
                "H01L 2924/01018", "H01L 2924/0102", "H01L 2924/01033", "H01L 2924/0104", "H01L 2924/0105",
                "H01L 2924/01051", "H01L 2924/01082", "H01L 2924/04941", "H01L 2924/07802", "H01L 2924/01006",
                "H01L 2924/01072", "H01L 2924/014", "H01L 2924/3512", "H01L 2924/00",
            ],
            applicants: [
                "Utsumi, Jun", "Goto, Takayuki", "Ide, Kensuke", "Takagi, Hideki", "Funayama, Masahiro",
                "Mitsubishi Heavy Industries, Ltd.", "National Institute of Advanced Industrial Science and Technology",
            ]),
        Expected(
            file: "cnipa/cn_new1.xml", format: .cnipa, root: "PatentDocumentAndRelated", number: "CN113781974A",
            titles: [.init(lang: "zh", text: "显示设备")],
            abstracts: ["公开了一种显示设备。显示设备包括排列成多行和多列的多个像素、处于第一方向且连接至像素的多条栅线以及连接至像素的多条数据线。"],
            claims: 17, firstClaim: "1.显示设备，包括：显示面板，所述显示面板包括：多个像素，所述多个像素排列成多行和多列；",
            ipc: ["G09G 3/36", "G09G 3/3208", "G09G 3/34"], applicants: ["三星显示有限公司"]),
        Expected(
            file: "cnipa/cn_old1.xml", format: .cnipa, root: "cn-patent-document", number: "CN104223352A",
            titles: [.init(lang: "zh", text: "一种甘草发酵所得烟用香料及其应用")],
            abstracts: ["本发明公开了一种甘草发酵所得烟用香料及其应用。从烤烟新鲜烟叶中分离了一株优势微生物，分类命名为长孢洛德酵母(Lodderomyces elongisporus).CGMCC 6645。"],
            // The claim's line breaks (<br/>) fall inside Chinese words: no space may be left there.
            claims: 3,
            firstClaim: "1.一种甘草发酵所得烟用香料，其特征在于：将甘草片或甘草粉与水按1:5～1:50的质量比配制成发酵培养基，高压灭菌后按1％的质量比接种长孢洛德酵母CGMCC6645，发酵培养2天后对发酵液进行过滤浓缩，即得所需烟用香料。",
            ipc: ["A24B 15/18", "C11B 9/00", "C12P 1/02", "C12R 1/645"], applicants: ["云南中烟工业有限责任公司"]),
    ]

    @Test("every USPTO grant", arguments: grants)
    func uspto(_ expected: Expected) throws {
        try check(expected)
    }

    @Test("every EPO ep-patent-document", arguments: epo)
    func epoDocuments(_ expected: Expected) throws {
        try check(expected)
    }

    @Test("ST.36 example, US application, ST.96 and CNIPA", arguments: others)
    func otherDocuments(_ expected: Expected) throws {
        try check(expected)
    }

    @Test("the tables cover every file of the grant and EPO folders")
    func tablesCoverFolders() throws {
        for (folder, table) in [("uspto-grant", Self.grants), ("epo-ep-patent-document", Self.epo)] {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.realdata.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".xml") }.map { "\(folder)/\($0)" }
            #expect(Set(files) == Set(table.map(\.file)))
        }
    }

    @Test("US8930553: applicant and assignee named once, every text carries the href")
    func usGrantDetails() throws {
        let document = try Self.read("uspto-grant/US08930553-xml2014.xml", href: "patents/US8930553.xml")
        #expect(document.classifications == [Classification(scheme: "IPC", raw: "G06F 15/16", source: "patents/US8930553.xml")])
        #expect(document.claims.map(\.number) == ["00001", "00002", "00003", "00004", "00005", "00006", "00007", "00008"])
        #expect(
            document.claims[1].text
                == "2. The system according to claim 1 wherein the unknown message hardware processor is configured to create the new SIP session and associate the new SIP session with the mid-dialog SIP message responsive to the incoming message hardware processor unsuccessfully associating the mid-dialog SIP message with a pre-existing SIP session."
        )
        let sources =
            document.titles.map(\.source) + document.abstracts.map(\.source) + document.claims.map(\.source)
            + document.applicants.map(\.source)
        #expect(Set(sources) == ["patents/US8930553.xml"])
    }

    @Test("an EPO grant keeps its English, German and French claims in document order")
    func epoClaimLanguages() throws {
        let document = try Self.read("epo-ep-patent-document/ep-v1-0-B2.xml")
        #expect(document.claims.map(\.number) == Array(repeating: ["0001", "0002", "0003", "0004", "0005"], count: 3).flatMap { $0 })
        #expect(document.claims[4].text == "A process according to claim 4, which comprises using n-pentanol.")
        #expect(document.claims[9].text == "Verfahren gemäß Anspruch 4, wobei man n-Pentanol verwendet.")
        #expect(document.claims[14].text == "Procédé suivant la revendication 4, qui comprend l'utilisation de n-pentanol.")
    }

    @Test(
        "ST.96 design and geographical-indication examples are not patent publications", arguments: ["DesignApplication", "GIApplication"])
    func st96NonPatents(_ root: String) throws {
        let document = try Self.read("wipo-st96/\(root)_Example.xml")
        #expect(document == PatentDocument(format: .opaque, root: root))
    }

    @Test("a weekly bulk file of concatenated grants is not one document")
    func concatenatedGrants() throws {
        let error = try #require(throws: PatentDocumentError.self) {
            try Self.read("uspto-grant-weekly-chunks/ipg120327.18.xml")
        }
        #expect(error.id == "attachment.malformed")
        #expect(error.line == 887)
        #expect(error.message == "XML declaration allowed only at the start of the document")
    }

    // MARK: - Hostile and synthetic documents

    @Test("a document that is not well-formed throws with libxml2's message and line")
    func malformed() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <us-patent-grant lang="EN">
            <us-bibliographic-data-grant>
            <invention-title>Battery</invention-title>
            </us-bibliographic-grant>
            </us-patent-grant>
            """
        let error = try #require(throws: PatentDocumentError.self) {
            try PatentDocumentReader.read(MemoryByteSource(Array(text.utf8)), href: "a.xml")
        }
        #expect(error.id == "attachment.malformed")
        #expect(error.line == 5)
        #expect(error.message.hasPrefix("Opening and ending tag mismatch: us-bibliographic-data-grant line 3 and us-bibliographic-grant"))
        #expect(error.description.hasPrefix("line 5: Opening and ending tag mismatch"))
    }

    @Test("a break inside a skipped description still fails the document, and so does a cut-off one")
    func malformedWhereNotRead() throws {
        let broken = "<us-patent-grant>\n<description>\n<p>one</p>\n<p>two <b>bold</p>\n</description>\n</us-patent-grant>\n"
        let error = try #require(throws: PatentDocumentError.self) {
            try PatentDocumentReader.read(MemoryByteSource(Array(broken.utf8)), href: "a.xml")
        }
        #expect(error.id == "attachment.malformed")
        #expect(error.line == 4)
        let cut = "<ep-patent-document country=\"EP\" doc-number=\"1\" kind=\"A1\">\n<abstract><p>text</p></abstract>\n<claims>"
        let truncated = try #require(throws: PatentDocumentError.self) {
            try PatentDocumentReader.read(MemoryByteSource(Array(cut.utf8)), href: "a.xml")
        }
        #expect(truncated.id == "attachment.malformed")
        #expect(truncated.line == 3)
    }

    @Test("an unknown root comes back opaque, read no further than its start")
    func unknownRoot() throws {
        let source = SyntheticGrant(paragraphs: 20_000, root: "invoice")
        let document = try PatentDocumentReader.read(source, href: "a.xml")
        #expect(document == PatentDocument(format: .opaque, root: "invoice"))
        #expect(source.produced < 1_000_000)
    }

    @Test("a declared external DTD is never loaded: its entities and default attributes stay out")
    func externalDTDNotLoaded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patentdocs-dtd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dtd = folder.appendingPathComponent("us-patent-grant-v45.dtd")
        try Data(#"<!ENTITY secret "LEAKED"> <!ATTLIST invention-title lang CDATA "xx">"#.utf8).write(to: dtd)
        for system in ["us-patent-grant-v45.dtd", dtd.path] {
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE us-patent-grant SYSTEM "\(system)">
                <us-patent-grant lang="EN" country="US">
                <us-bibliographic-data-grant>
                <publication-reference><document-id><country>US</country><doc-number>11111111</doc-number><kind>B2</kind></document-id></publication-reference>
                <invention-title>Solid &secret; electrolyte</invention-title>
                </us-bibliographic-data-grant>
                </us-patent-grant>
                """
            let document = try PatentDocumentReader.read(MemoryByteSource(Array(text.utf8)), href: "a.xml")
            #expect(document.number == "US11111111B2")
            #expect(document.titles == [LocalisedText(lang: "en", text: "Solid electrolyte", source: "a.xml")])
        }
    }

    @Test("a description of several megabytes streams through; what follows it is read")
    func bigDescriptionStreams() throws {
        let source = SyntheticGrant(paragraphs: 20_000)
        let document = try PatentDocumentReader.read(source, href: "big.xml")
        #expect(source.produced > 10_000_000)
        #expect(document.number == "US12345678B2")
        #expect(document.titles.map(\.text) == ["Lithium iron phosphate cathode material"])
        #expect(document.abstracts.map(\.text) == ["A cathode with a compaction density of 2.6 g/cc."])
        #expect(
            document.claims == [
                Claim(
                    number: "00001",
                    text: "1. A cathode material of lithium iron phosphate with a compaction density of at least 2.58 g/cc.", lang: "en",
                    source: "big.xml")
            ])
        #expect(document.classifications == [Classification(scheme: "IPC", raw: "H01M 4/58", source: "big.xml")])
        #expect(document.applicants.map(\.text) == ["Example Battery Co."])
    }

    @Test("a byte source that fails makes the attachment unreadable")
    func failingSource() throws {
        let error = try #require(throws: PatentDocumentError.self) {
            try PatentDocumentReader.read(FailingSource(prefix: Array("<us-patent-grant><abstract>".utf8)), href: "a.xml")
        }
        #expect(error.id == "attachment.unreadable")
        #expect(error.message.contains("inflate failed"))
    }

    // MARK: - Checking

    /// The `A-ip-records` folder, resolved from this file: the repository root is three
    /// levels up, and the shared data sits next to it.
    static let realdata = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/realdata/A-ip-records").standardizedFileURL

    static func read(_ file: String, href: String = "attachment.xml") throws -> PatentDocument {
        let bytes = try [UInt8](Data(contentsOf: realdata.appendingPathComponent(file)))
        return try PatentDocumentReader.read(MemoryByteSource(bytes), href: href)
    }

    private func check(_ expected: Expected) throws {
        let href = "patents/\(expected.file.split(separator: "/").last!)"
        let document = try Self.read(expected.file, href: href)
        #expect(document.format == expected.format)
        #expect(document.root == expected.root)
        #expect(document.number == expected.number)
        #expect(document.titles.map { Expected.Pair(lang: $0.lang, text: $0.text) } == expected.titles)
        #expect(document.abstracts.count == expected.abstracts.count)
        for (abstract, start) in zip(document.abstracts, expected.abstracts) {
            #expect(abstract.text.hasPrefix(start), "abstract: \(abstract.text.prefix(200))")
        }
        #expect(document.claims.count == expected.claims)
        if let first = expected.firstClaim {
            #expect(document.claims.first?.text.hasPrefix(first) == true, "claim: \(document.claims.first?.text.prefix(200) ?? "none")")
        }
        #expect(document.classifications.filter { $0.scheme == "IPC" }.map(\.raw) == expected.ipc)
        #expect(document.classifications.filter { $0.scheme == "CPC" }.map(\.raw) == expected.cpc)
        #expect(document.classifications.allSatisfy { $0.source == href && $0.code == nil })
        #expect(document.applicants.map(\.text) == expected.applicants)
        let texts = document.titles + document.abstracts + document.applicants
        #expect(texts.allSatisfy { $0.source == href })
        #expect(document.claims.allSatisfy { $0.source == href && !$0.text.contains("  ") })
    }
}

/// A grant whose description paragraphs are made as the reader asks for them, so the whole
/// document never exists in memory.
private final class SyntheticGrant: ByteSource {
    private let paragraphs: Int
    private let root: String
    private var next = 0
    private var chunk: [UInt8]
    private var offset = 0
    /// Bytes handed out so far.
    private(set) var produced = 0

    init(paragraphs: Int, root: String = "us-patent-grant") {
        self.paragraphs = paragraphs
        self.root = root
        chunk = Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
            <\(root) lang="EN" country="US"><us-bibliographic-data-grant>
            <publication-reference><document-id><country>US</country><doc-number>12345678</doc-number><kind>B2</kind></document-id></publication-reference>
            <classifications-ipcr><classification-ipcr><section>H</section><class>01</class><subclass>M</subclass><main-group>4</main-group><subgroup>58</subgroup></classification-ipcr></classifications-ipcr>
            <invention-title id="t">Lithium iron phosphate cathode material</invention-title>
            <us-parties><us-applicants><us-applicant><addressbook><orgname>Example Battery Co.</orgname></addressbook></us-applicant></us-applicants></us-parties>
            </us-bibliographic-data-grant>
            <abstract><p>A cathode with a compaction density of 2.6 g/cc.</p></abstract>
            <description id="description">

            """.utf8)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if offset == chunk.count {
            guard next <= paragraphs else { return 0 }
            offset = 0
            if next < paragraphs {
                let filler = String(repeating: "The olivine cathode is coated with carbon and calcined under argon. ", count: 8)
                chunk = Array("<p id=\"p-\(next)\" num=\"\(next)\">Paragraph \(next). <b>\(filler)</b>\(filler)</p>\n".utf8)
            } else {
                chunk = Array(
                    """
                    </description>
                    <claims id="claims"><claim id="CLM-00001" num="00001"><claim-text>1. A cathode material of lithium iron phosphate with a compaction density of at least <b>2.58</b> g/cc.</claim-text></claim></claims>
                    </\(root)>

                    """.utf8)
            }
            next += 1
        }
        let n = min(buffer.count, chunk.count - offset)
        chunk.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        produced += n
        return n
    }
}

/// A byte source that gives a few bytes and then fails, as a corrupt archive member does.
private final class FailingSource: ByteSource {
    private var prefix: [UInt8]?

    init(prefix: [UInt8]) { self.prefix = prefix }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let bytes = prefix else { throw Failure() }
        prefix = nil
        let n = min(buffer.count, bytes.count)
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: n) }
        return n
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "inflate failed: invalid stored block lengths" }
    }
}
