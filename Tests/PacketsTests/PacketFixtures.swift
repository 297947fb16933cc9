import DossierModel
import Packets

/// Small dossiers and decisions built in code for the renderer tests. Every piece of text
/// comes from `text(_:_:)`, so the hostile variant plants markup in every field.
struct PacketFixtures: Sendable {
    /// Returns the text of a field; the plain fixture gives `plain`, the hostile one a payload.
    var text: @Sendable (_ field: String, _ plain: String) -> String

    static let plain = PacketFixtures { _, plain in plain }

    /// Markup, an attribute break-out, an ampersand, quotes, a style end and a URL, tagged
    /// with the field name so a test can tell which field made it to the page.
    static func payload(_ field: String) -> String {
        "<script>alert('\(field)')</script>\"><img src=x onerror=alert(1)>&amp; 'q' </style><a href=\"https://evil.example/\(field)\">\(field)</a>"
    }

    static let hostile = PacketFixtures { field, _ in payload(field) }

    static let run = RunContext(runID: "run-7", generatedAt: "2026-11-21T02:00:00Z", outboundVersion: "0.4.0")

    static let location = TextLocation(assetID: "A1", field: .claim, index: "1", lang: "zh")

    func dossier() -> Dossier {
        Dossier(
            id: text("dossier.id", "JS-2026-000001"), filedRaw: text("dossier.filedRaw", "2026-03-02"),
            filed: CalendarDate(year: 2026, month: 3, day: 2),
            office: Office(province: text("office.province", "CN-JS"), channel: text("office.channel", "online")),
            transaction: Transaction(
                type: TransactionType(rawValue: text("transaction.type", "assignment")), track: text("transaction.track", "A"),
                value: MonetaryValue(currency: text("value.currency", "CNY"), raw: text("value.raw", "1,250,000.00"), amount: "1250000.00"),
                contractRef: text("transaction.contractRef", "C-1"),
                technologySummaries: [LocalisedText(lang: text("summary.lang", "zh"), text: text("summary.text", "一种磷酸铁锂正极材料的制备技术"))]),
            parties: [
                Party(
                    id: text("party1.id", "P1"), role: .transferor, kind: PartyKind(rawValue: text("party1.kind", "university")),
                    names: [PartyName(lang: text("party1.lang", "zh"), original: text("party1.name", "示例理工大学"))],
                    country: Country(raw: text("party1.country", "中国"), code: "CN"),
                    identifiers: [
                        Identifier(
                            scheme: text("party1.scheme", "USCC"), value: text("party1.uscc", "91320000MA1XXXXX0X"), checkValid: false)
                    ],
                    address: text("party1.address", "南京市")),
                Party(
                    id: "P2", role: PartyRole(rawValue: text("party2.role", "transferee")), kind: .enterprise,
                    names: [PartyName(lang: "en", original: text("party2.name", "Northwind Battery GmbH"))],
                    country: Country(raw: text("party2.country", "Germany"), code: "DE"), controlledBy: [text("party2.controller", "P3")]),
            ],
            assets: [
                Asset(
                    id: "A1", type: AssetType(rawValue: text("asset.type", "invention-patent")), owner: text("asset.owner", "P1"),
                    identifiers: [Identifier(scheme: "CN-application", value: text("asset.number", "202310000001.5"))],
                    titles: [LocalisedText(lang: "zh", text: text("asset.title", "一种高压实磷酸铁锂正极材料"))],
                    classifications: [
                        Classification(scheme: "IPC", raw: text("asset.ipc", "H01M4/58"), code: text("asset.ipcCode", "H01M 4/58"))
                    ],
                    funding: Funding(fiscal: true, programme: text("asset.programme", "national-key-rd")),
                    secrecy: SecrecyStatus(rawValue: text("asset.secrecy", "none")),
                    attachments: [Attachment(href: text("asset.href", "patents/CN1.xml"), kind: "st36", format: .st36)])
            ],
            attachments: [Attachment(href: text("dossier.href", "contract.txt"), kind: "contract", format: .text)],
            source: SourceLocation(file: text("source.file", "inbox/JS-2026-000001.xml"), line: 2))
    }

    func decision(outcome: Outcome = .ipSecurityReview, dues: [CalendarDate?] = [CalendarDate(year: 2026, month: 3, day: 9), nil])
        -> Decision
    {
        let failing = StatedValue(
            value: 2.5, unit: text("stated.unit", "g/cc"), converted: 2.5, meets: false, location: Self.location,
            snippet: Snippet(
                before: text("stated.before", "压实密度为"), match: text("stated.match", "2.5 g/cc"), after: text("stated.after", "。")))
        let passing = StatedValue(value: 165, unit: "mAh/g", converted: 165, meets: true, location: Self.location)
        let counting = Hit(
            catalogueID: text("hit.catalogue", "cn-export-tech-2025"), entryIdentity: text("hit.identity", "battery-cathode-materials"),
            entryCode: text("hit.code", "252604X"),
            entryName: text("hit.name", "电池正极材料制备技术"), entryNameEn: text("hit.nameEn", "Battery cathode material preparation"),
            part: .restricted,
            controlPoint: text("hit.point", "lfp"), controlPointLabel: text("hit.label", "CP1"),
            controlPointName: text("hit.pointName", "磷酸铁锂"),
            status: .hit, score: 0.8,
            evidence: [
                Evidence(
                    kind: .keyword, location: Self.location, term: text("evidence.term", "磷酸铁锂"), matched: text("evidence.matched", "磷酸铁锂"),
                    snippet: Snippet(
                        before: text("evidence.before", "一种"), match: text("evidence.match", "磷酸铁锂"), after: text("evidence.after", "正极材料"))
                )
            ],
            thresholds: [
                ThresholdCheck(
                    quantity: text("threshold.quantity", "specific-capacity"), limit: text("threshold.limit", ">= 160 mAh/g (at 0.1C)"),
                    stated: [passing]),
                ThresholdCheck(quantity: "first-coulombic-efficiency", limit: ">= 97 %", stated: []),
            ],
            notes: [text("hit.note", "first-coulombic-efficiency is not stated: the reviewer must verify it")])
        let against = Hit(
            catalogueID: "cn-export-tech-2025", entryIdentity: "battery-cathode-materials", entryCode: "252604X", entryName: "电池正极材料制备技术",
            entryNameEn: "Battery cathode material preparation", part: .restricted, controlPoint: "lfp-density", controlPointLabel: "CP2",
            status: .thresholdFailed, score: 0.5,
            evidence: [Evidence(kind: .keyword, location: Self.location, term: "压实密度", matched: "压实密度", negated: true)],
            thresholds: [ThresholdCheck(quantity: "compaction-density", limit: ">= 2.58 g/cm3 (at 220 MPa)", stated: [failing])])
        let match = ScreeningMatch(
            listId: text("match.list", "us-csl"), entryId: text("match.entry", "E1"),
            entryName: text("match.entryName", "Northwind Battery"),
            matchedName: text("match.matched", "Northwind Battery"), queryName: text("match.query", "Northwind Battery GmbH"), score: 0.91,
            features: [
                ScreeningFeature(id: "name", kind: .main, value: 0.91, explanation: text("feature.explanation", "token overlap 0.91")),
                ScreeningFeature(id: "country", kind: .qualifier, value: 0, explanation: "not compared"),
            ],
            listing: PartyListListing(
                listName: text("match.listName", "出口管制管控名单 (export control list)"), law: text("match.law", "出口管制法"),
                issuer: text("match.issuer", "Ministry of Commerce"), announcement: text("match.announcement", "notice 2026 No. 1"),
                date: "2026-01-02", url: text("match.url", "https://example.invalid/notice")))
        let clocks = dues.enumerated().map { index, due in
            Clock(
                id: "clock-\(index)", title: text("clock.title", "Decision on the restricted-export application"), days: 30,
                unit: "working-days",
                startsOn: text("clock.startsOn", "filing date"), start: due == nil ? nil : CalendarDate(year: 2026, month: 3, day: 2),
                due: due,
                calendar: text("clock.calendar", "cn-holidays-2026"))
        }
        let route = Route(
            province: text("route.province", "CN-JS"), routingTable: text("route.table", "cn-js"), tracks: outcome.ownTracks,
            authorities: [
                Authority(
                    id: "provincial-ip-office", name: text("authority.name", "江苏省知识产权局"),
                    nameEn: text("authority.nameEn", "Jiangsu IP Office"),
                    role: text("authority.role", "Track A IP review of invention-patent A1"), track: .a, assetIDs: ["A1"]),
                Authority(
                    id: "provincial-commerce", name: "江苏省商务厅", nameEn: "Jiangsu Department of Commerce", role: "receives the application",
                    track: .a),
            ],
            clocks: clocks, notes: [text("route.note", "calendar covers 2026")])
        return Decision(
            dossierID: text("dossier.id", "JS-2026-000001"), contentHash: text("decision.hash", "ab12"),
            filed: CalendarDate(year: 2026, month: 3, day: 2),
            outcome: outcome,
            outbound: OutboundTest(
                isOutbound: outcome != .outOfScope, holderID: "P1", holderCountry: "CN", foreignReceiverIDs: ["P2"],
                reason: text("outbound.reason", "a Chinese right holder passes the right to transferee P2")),
            catalogueID: "cn-export-tech-2025", hits: [counting, against],
            screening: [PartyScreening(partyID: "P2", result: ScreeningResult(matches: [match], suppressed: [], candidatesScored: 4))],
            flags: [
                Flag(.stateFunded, detail: text("flag.detail", "asset A1 came out of a programme paid from public funds"), assetID: "A1"),
                Flag(.partyListHit, detail: "P2 matches us-csl E1", partyID: "P2", screening: match),
            ],
            route: outcome == .outOfScope ? nil : route, notes: [text("decision.note", "a note for the reviewer")],
            audit: Audit(
                references: [
                    ReferenceUse(
                        kind: "catalogue", id: "cn-export-tech-2025", path: text("reference.path", "pipelines/catalogues/2025.yml"),
                        sha256: "c4da")
                ],
                rules: ["outbound.cn-to-foreign", "outcome.ip-security-review"], version: "0.4.0"))
    }

    static func quarantine(
        id: String? = "BAD-1", file: String = "inbox-bad/batch.xml", line: Int = 40, reason: String = "the dossier is not well-formed XML"
    ) -> Decision {
        let q = Quarantine(
            dossierId: id, location: SourceLocation(file: file, member: nil, line: line, column: 7), reason: reason,
            diagnosticId: "xml.malformed",
            diagnostics: [Diagnostic.error("xml.malformed", reason, at: SourceLocation(file: file, line: line, column: 7))])
        return Decision.quarantined(q, version: "0.4.0")
    }
}
