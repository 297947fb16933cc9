import DossierModel

/// Writes the full text of a patent asset as a WIPO ST.36 document: `<patent-document>` for
/// CN documents and a `<us-patent-grant>` in the USPTO's grant red-book layout for US ones,
/// each with `classifications-ipcr`, `invention-title`, `abstract`, `description` and `claims`.
enum PatentDocumentWriter {
    /// The document for `asset`, described by `record`, with `holder` as applicant.
    static func document(asset: Asset, record: PatentRecord) -> String {
        record.country == "US" ? usGrant(asset: asset, record: record) : patentDocument(asset: asset, record: record)
    }

    /// ST.36 `<patent-document>` (the form CNIPA and EPO exchange data use).
    private static func patentDocument(asset: Asset, record: PatentRecord) -> String {
        let lang = record.lang
        let published = DayCount.compact(record.publicationDate)
        var out = XMLLines()
        out.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line(
            0,
            "<patent-document\(XMLText.attributes([("lang", lang), ("country", "CN"), ("doc-number", record.docNumber), ("kind", record.kind), ("date-publ", published), ("file", record.publicationNumber + ".xml"), ("status", "n")]))>"
        )
        out.line(1, "<bibliographic-data\(XMLText.attributes([("lang", lang), ("country", "CN")]))>")
        out.line(2, "<publication-reference>")
        documentId(&out, 3, country: "CN", number: record.docNumber, kind: record.kind, date: published)
        out.line(2, "</publication-reference>")
        out.line(2, "<application-reference>")
        documentId(&out, 3, country: "CN", number: record.applicationNumber, kind: nil, date: DayCount.compact(record.applicationDate))
        out.line(2, "</application-reference>")
        out.line(2, "<classifications-ipcr>")
        for (i, code) in record.ipc.enumerated() {
            out.line(
                3,
                "<classification-ipcr sequence=\"\(i + 1)\"><text>\(XMLText.escape(ipcrText(code, first: i == 0, actionDate: published, office: "CN")))</text></classification-ipcr>"
            )
        }
        out.line(2, "</classifications-ipcr>")
        for title in asset.titles { out.element(2, "invention-title", [("lang", title.lang)], text: title.text) }
        out.line(2, "<parties>")
        out.line(3, "<applicants>")
        for (i, applicant) in record.applicants.enumerated() {
            out.line(
                4,
                "<applicant sequence=\"\(i + 1)\" app-type=\"applicant\"><addressbook lang=\"\(lang)\"><orgname>\(XMLText.escape(applicant))</orgname><address><country>CN</country></address></addressbook></applicant>"
            )
        }
        out.line(3, "</applicants>")
        out.line(3, "<inventors>")
        for (i, inventor) in record.inventors.enumerated() {
            out.line(4, "<inventor sequence=\"\(i + 1)\"><addressbook><name>\(XMLText.escape(inventor))</name></addressbook></inventor>")
        }
        out.line(3, "</inventors>")
        out.line(2, "</parties>")
        out.line(1, "</bibliographic-data>")
        let abstracts = asset.abstracts.filter { $0.lang == lang }
        for abstract in abstracts.isEmpty ? asset.abstracts.prefix(1) : abstracts[...] {
            out.line(1, "<abstract\(XMLText.attributes([("lang", abstract.lang), ("id", "abstract")]))>")
            out.element(2, "p", [("id", "p-a-0001"), ("num", "0001")], text: abstract.text)
            out.line(1, "</abstract>")
        }
        description(&out, asset: asset, lang: lang)
        out.line(1, "<claims\(XMLText.attributes([("lang", lang), ("id", "claims")]))>")
        for (i, claim) in ClaimBlocks.claims(asset.claims, in: lang).enumerated() {
            let num = IdentifierFactory.pad(i + 1, 4)
            out.line(2, "<claim id=\"c-\(lang)-\(num)\" num=\"\(num)\"><claim-text>\(XMLText.escape(claim.text))</claim-text></claim>")
        }
        out.line(1, "</claims>")
        out.line(0, "</patent-document>")
        return out.text
    }

    /// A `<us-patent-grant>` in the layout of the USPTO's weekly grant files (v4.5).
    private static func usGrant(asset: Asset, record: PatentRecord) -> String {
        let published = DayCount.compact(record.publicationDate)
        var out = XMLLines()
        out.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line(
            0,
            "<us-patent-grant\(XMLText.attributes([("lang", "EN"), ("dtd-version", "v4.5 2014-04-03"), ("file", "US\(record.docNumber)-\(published).XML"), ("status", "PRODUCTION"), ("id", "us-patent-grant"), ("country", "US"), ("date-produced", published), ("date-publ", published)]))>"
        )
        out.line(0, "<us-bibliographic-data-grant>")
        out.line(0, "<publication-reference>")
        documentId(&out, 0, country: "US", number: record.docNumber, kind: record.kind, date: published)
        out.line(0, "</publication-reference>")
        out.line(0, "<application-reference appl-type=\"utility\">")
        let digits = String(record.applicationNumber.filter(\.isNumber))
        documentId(&out, 0, country: "US", number: digits, kind: nil, date: DayCount.compact(record.applicationDate))
        out.line(0, "</application-reference>")
        out.line(0, "<classifications-ipcr>")
        for (i, code) in record.ipc.enumerated() {
            let parts = ipcParts(code)
            out.line(0, "<classification-ipcr>")
            out.line(0, "<ipc-version-indicator><date>20060101</date></ipc-version-indicator>")
            out.line(0, "<classification-level>A</classification-level>")
            out.line(0, "<section>\(parts.section)</section>")
            out.line(0, "<class>\(parts.classDigits)</class>")
            out.line(0, "<subclass>\(parts.subclass)</subclass>")
            out.line(0, "<main-group>\(parts.main)</main-group>")
            out.line(0, "<subgroup>\(parts.sub)</subgroup>")
            out.line(0, "<symbol-position>\(i == 0 ? "F" : "L")</symbol-position>")
            out.line(0, "<classification-value>I</classification-value>")
            out.line(0, "<action-date><date>\(published)</date></action-date>")
            out.line(0, "<generating-office><country>US</country></generating-office>")
            out.line(0, "<classification-status>B</classification-status>")
            out.line(0, "<classification-data-source>H</classification-data-source>")
            out.line(0, "</classification-ipcr>")
        }
        out.line(0, "</classifications-ipcr>")
        for title in asset.titles where title.lang == "en" {
            out.element(0, "invention-title", [("id", "d2e53")], text: title.text)
        }
        out.line(0, "<us-parties>")
        out.line(0, "<us-applicants>")
        for (i, applicant) in record.applicants.enumerated() {
            out.line(
                0,
                "<us-applicant sequence=\"\(IdentifierFactory.pad(i + 1, 3))\" app-type=\"applicant\" designation=\"us-only\"><addressbook><orgname>\(XMLText.escape(applicant))</orgname><address><country>CN</country></address></addressbook><residence><country>CN</country></residence></us-applicant>"
            )
        }
        out.line(0, "</us-applicants>")
        out.line(0, "<inventors>")
        for (i, inventor) in record.inventors.enumerated() {
            let names = inventor.split(separator: " ", maxSplits: 1)
            out.line(
                0,
                "<inventor sequence=\"\(IdentifierFactory.pad(i + 1, 3))\" designation=\"us-only\"><addressbook><last-name>\(XMLText.escape(String(names.last ?? "")))</last-name><first-name>\(XMLText.escape(String(names.first ?? "")))</first-name><address><country>CN</country></address></addressbook></inventor>"
            )
        }
        out.line(0, "</inventors>")
        out.line(0, "</us-parties>")
        out.line(0, "<assignees>")
        for applicant in record.applicants {
            out.line(
                0,
                "<assignee><addressbook><orgname>\(XMLText.escape(applicant))</orgname><role>03</role><address><country>CN</country></address></addressbook></assignee>"
            )
        }
        out.line(0, "</assignees>")
        out.line(0, "</us-bibliographic-data-grant>")
        for abstract in asset.abstracts where abstract.lang == "en" {
            out.line(0, "<abstract id=\"abstract\">")
            out.element(0, "p", [("id", "p-0001"), ("num", "0000")], text: abstract.text)
            out.line(0, "</abstract>")
        }
        description(&out, asset: asset, lang: "en")
        out.element(0, "us-claim-statement", text: "What is claimed is:")
        out.line(0, "<claims id=\"claims\">")
        for (i, claim) in ClaimBlocks.claims(asset.claims, in: "en").enumerated() {
            let num = IdentifierFactory.pad(i + 1, 5)
            out.line(0, "<claim id=\"CLM-\(num)\" num=\"\(num)\"><claim-text>\(i + 1). \(XMLText.escape(claim.text))</claim-text></claim>")
        }
        out.line(0, "</claims>")
        out.line(0, "</us-patent-grant>")
        return out.text
    }

    /// A short description: technical field, summary and embodiment, from the abstract.
    private static func description(_ out: inout XMLLines, asset: Asset, lang: String) {
        let abstract = asset.abstracts.first { $0.lang == lang }?.text ?? asset.abstracts.first?.text ?? ""
        let title = asset.titles.first { $0.lang == lang }?.text ?? asset.titles.first?.text ?? ""
        let zh = lang == "zh"
        let paragraphs: [(String, String)] = [
            (zh ? "技术领域" : "TECHNICAL FIELD", zh ? "本发明涉及\(title)。" : "The invention relates to \(title.lowercasedFirst)."),
            (zh ? "发明内容" : "SUMMARY", abstract),
            (
                zh ? "具体实施方式" : "DETAILED DESCRIPTION",
                ClaimBlocks.claims(asset.claims, in: lang).map(\.text).joined(separator: zh ? "" : " ")
            ),
        ]
        out.line(1, "<description id=\"description\">")
        var n = 1
        for (heading, text) in paragraphs {
            out.element(2, "heading", [("id", "h-\(IdentifierFactory.pad(n, 4))"), ("level", "1")], text: heading)
            out.element(2, "p", [("id", "p-\(IdentifierFactory.pad(n, 4))"), ("num", IdentifierFactory.pad(n, 4))], text: text)
            n += 1
        }
        out.line(1, "</description>")
    }

    private static func documentId(_ out: inout XMLLines, _ depth: Int, country: String, number: String, kind: String?, date: String) {
        var line = "<document-id><country>\(country)</country><doc-number>\(XMLText.escape(number))</doc-number>"
        if let kind { line += "<kind>\(kind)</kind>" }
        line += "<date>\(date)</date></document-id>"
        out.line(depth, line)
    }

    /// The fixed-width `<text>` of an ST.36 `classification-ipcr` (`H01M   4/58        20060101AFI20210305BHCN`).
    static func ipcrText(_ code: String, first: Bool, actionDate: String, office: String) -> String {
        let p = ipcParts(code)
        let main = String(repeating: " ", count: max(0, 4 - p.main.count)) + p.main
        let sub = p.sub + String(repeating: " ", count: max(0, 8 - p.sub.count))
        return "\(p.section)\(p.classDigits)\(p.subclass)\(main)/\(sub)    20060101A\(first ? "F" : "L")I\(actionDate)BH\(office)"
    }

    /// `H01M 4/58` split into section, class, subclass, main group and subgroup.
    static func ipcParts(_ code: String) -> (section: String, classDigits: String, subclass: String, main: String, sub: String) {
        let chars = Array(code)
        guard chars.count >= 4 else { return (code, "", "", "", "") }
        let rest = code.dropFirst(4).trimmingSpaces
        let groups = rest.split(separator: "/")
        return (
            String(chars[0]), String(chars[1...2]), String(chars[3]), String(groups.first ?? ""), String(groups.dropFirst().first ?? "")
        )
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
