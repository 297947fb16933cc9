import DossierModel

/// A `Dossier` and a `Decision` reaching every type the ledger blobs hold, for
/// `CanonicalJSONTests`. With `filled`, every optional is set, every array holds elements
/// (one per case of every enum and per known value of every vocabulary, plus an unknown
/// value), and the strings carry what JSON must escape and what it must not (quotes,
/// backslashes, slashes, control characters, DEL, U+2028, non-ASCII, emoji); without it,
/// every optional is nil and every array empty.
enum LedgerBlobFixtures {
    /// A string for field `name`: with characters to escape when `filled`.
    static func text(_ name: String, _ filled: Bool = true) -> String {
        filled ? "\(name) \"q\" \\ a/b \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F} é 中文 😀 \u{2028} e\u{301}" : name
    }

    static func optional(_ name: String, _ filled: Bool) -> String? { filled ? text(name) : nil }

    static func dossier(filled f: Bool) -> Dossier {
        func s(_ name: String) -> String? { optional(name, f) }
        func a<T>(_ values: [T]) -> [T] { f ? values : [] }
        let formats: [AttachmentFormat] = [.st36, .st96, .cnipa, .text, .opaque, .missing]
        let attachments = a(
            formats.enumerated().map { index, format in
                Attachment(
                    href: text("href\(index)"), kind: s("kind"), format: format, size: f ? index * 1000 : nil, text: s("text"),
                    documentNumber: s("doc"))
            })
        let identifiers = a(
            [true, false].map { valid in
                Identifier(scheme: text("scheme"), value: text("value"), normalised: s("normalised"), checkValid: f ? valid : nil)
            })
        let texts = a([LocalisedText(lang: s("lang"), text: text("text"), source: s("source")), LocalisedText(lang: "zh", text: "一种")])
        let roles = PartyRole.known + [PartyRole(rawValue: text("role"))]
        let kinds = PartyKind.known + [PartyKind(rawValue: text("kind"))]
        let parties = a(
            roles.enumerated().map { index, role in
                Party(
                    id: "P\(index)", role: role, kind: kinds[index % kinds.count],
                    names: a([PartyName(lang: s("lang"), original: text("original"), normalised: s("normalised"), legalForm: s("legal"))]),
                    country: f ? Country(raw: text("country"), code: s("code")) : nil, identifiers: identifiers, address: s("address"),
                    controlledBy: a(["P0", text("controller")]))
            })
        let types = AssetType.known + [AssetType(rawValue: text("type"))]
        let secrecies = SecrecyStatus.known + [SecrecyStatus(rawValue: text("secrecy"))]
        let assets = a(
            types.enumerated().map { index, type in
                Asset(
                    id: "A\(index)", type: type, owner: s("owner"), identifiers: identifiers, titles: texts,
                    classifications: a([
                        Classification(scheme: "IPC", raw: text("raw"), code: s("code"), source: s("source")),
                        Classification(scheme: "CPC", raw: "H01M4/58"),
                    ]),
                    abstracts: texts,
                    claims: a([
                        Claim(number: s("number"), text: text("claim"), lang: s("lang"), source: s("source")),
                        Claim(number: nil, text: "c"),
                    ]),
                    applicants: texts, funding: f ? Funding(fiscal: index % 2 == 0, programme: s("programme")) : nil,
                    secrecy: f ? secrecies[index % secrecies.count] : nil, attachments: attachments)
            })
        let severities: [Diagnostic.Severity] = [.note, .warning, .error]
        let stages: [Stage] = [.extract, .normalise, .classify, .route, .packets, .ledger, .pipeline]
        let diagnostics = a(
            stages.enumerated().map { index, stage in
                Diagnostic(
                    id: text("id"), severity: severities[index % severities.count], message: text("message"),
                    location: f ? SourceLocation(file: text("file"), member: s("member"), line: 3, column: 4) : nil,
                    dossier: s("dossier"), stage: stage, notes: a([text("note"), "n"]))
            } + [Diagnostic(id: "bare", severity: .note, message: "m")])
        let transactions = TransactionType.known + [TransactionType(rawValue: text("transaction"))]
        return Dossier(
            id: text("id"), filedRaw: s("filedRaw"), filed: f ? CalendarDate(year: 2026, month: 3, day: 2) : nil,
            office: f ? Office(province: s("province"), channel: s("channel")) : nil,
            transaction: Transaction(
                type: f ? transactions[3] : .assignment, track: s("track"),
                value: f ? MonetaryValue(currency: s("currency"), raw: text("raw"), amount: s("amount")) : nil,
                contractRef: s("contractRef"), technologySummaries: texts),
            parties: parties, assets: assets, attachments: attachments,
            source: SourceLocation(file: text("file"), member: s("member"), line: f ? 12 : nil, column: f ? 7 : nil),
            contentHash: s("hash"), diagnostics: diagnostics, foreignRegistry: s("registry"))
    }

    static func decision(filled f: Bool, outcome: Outcome) -> Decision {
        func s(_ name: String) -> String? { optional(name, f) }
        func a<T>(_ values: [T]) -> [T] { f ? values : [] }
        let snippet = f ? Snippet(before: text("before"), match: text("match"), after: text("after")) : nil
        let fields = TextField.allCases
        let locations = fields.map { TextLocation(assetID: s("asset"), field: $0, index: s("index"), lang: s("lang"), source: s("source")) }
        let evidence = a(
            locations.enumerated().map { index, location in
                Evidence(
                    kind: index % 2 == 0 ? .keyword : .ipc, location: location, term: text("term"), matched: text("matched"),
                    snippet: snippet, span: f ? TextSpan(start: index, end: index + 9) : nil, negated: index % 3 == 0)
            })
        let stated = a([
            StatedValue(value: 2.5, unit: text("unit"), converted: 2500, meets: false, location: locations[0], snippet: snippet),
            StatedValue(value: 165, unit: "mAh/g", converted: 0.165, meets: true, location: locations[1]),
        ])
        let hits = a(
            HitStatus.allCases.enumerated().map { index, status in
                Hit(
                    catalogueID: text("catalogue"), entryIdentity: text("identity"), entryCode: s("code"), entryName: text("name"),
                    entryNameEn: text("nameEn"), part: CataloguePart.allCases[index % 2], controlPoint: s("point"),
                    controlPointLabel: s("label"), controlPointName: s("pointName"), status: status, score: 0.8 / Double(index + 1),
                    evidence: evidence,
                    thresholds: a([
                        ThresholdCheck(quantity: text("quantity"), limit: text("limit"), stated: stated),
                        ThresholdCheck(quantity: "q", limit: "l", stated: []),
                    ]),
                    notes: a([text("note")]))
            })
        let clearance =
            f
            ? ScreeningClearance(
                party: text("party"), listId: text("list"), entryId: text("entry"), reviewer: text("reviewer"),
                date: "2026-01-02", reason: text("reason"), file: text("file"), line: 17) : nil
        let features = a([
            ScreeningFeature(id: "name", kind: .main, value: 0.91, explanation: text("explanation")),
            ScreeningFeature(id: "country", kind: .qualifier, value: -0.05, explanation: "x"),
        ])
        let match = ScreeningMatch(
            listId: text("list"), entryId: text("entry"), entryName: text("entryName"), matchedName: text("matched"),
            queryName: text("query"), score: 0.875, features: features, clearance: clearance,
            listing: f
                ? PartyListListing(
                    listName: s("listName"), law: s("law"), issuer: s("issuer"), announcement: s("announcement"), date: s("date"),
                    url: s("url")) : nil)
        // No clearance and no features: what a match of an unfilled list looks like.
        let bare = ScreeningMatch(listId: "l", entryId: "e", entryName: "n", matchedName: "m", queryName: "q", score: 1, features: [])
        let screening = a([
            PartyScreening(
                partyID: "P1", result: ScreeningResult(matches: [match, bare], suppressed: [match, bare], candidatesScored: 12)),
            PartyScreening(partyID: text("party"), result: ScreeningResult(matches: [], suppressed: [], candidatesScored: 0)),
        ])
        let flags = a(
            FlagKind.allCases.enumerated().map { index, kind in
                Flag(kind, detail: text("detail"), partyID: s("party"), assetID: s("asset"), screening: index % 2 == 0 ? match : bare)
            })
        let route = Route(
            province: s("province"), routingTable: text("table"), tracks: a(ReviewTrack.allCases),
            authorities: a(
                ReviewTrack.allCases.map {
                    Authority(
                        id: text("id"), name: text("name"), nameEn: text("nameEn"), role: text("role"), track: $0,
                        assetIDs: a(["A1", text("asset")]))
                }),
            clocks: a([
                Clock(
                    id: text("clock"), title: text("title"), days: 30, unit: "working-days", startsOn: text("startsOn"),
                    start: CalendarDate(year: 2026, month: 3, day: 2), due: CalendarDate(year: 2026, month: 4, day: 14),
                    calendar: s("calendar")),
                Clock(id: "c", title: "t", days: 0, unit: "calendar-days", startsOn: "s", start: nil, due: nil, calendar: nil),
            ]),
            notes: a([text("routeNote")]))
        let location = SourceLocation(file: text("file"), member: s("member"), line: f ? 40 : nil, column: f ? 7 : nil)
        let quarantine = Quarantine(
            dossierId: s("dossier"), location: location, reason: text("reason"), diagnosticId: "xml.malformed",
            diagnostics: a([Diagnostic.error("xml.malformed", text("message"), at: location, dossier: s("dossier"), stage: .extract)]),
            contentHash: s("hash"))
        return Decision(
            dossierID: text("dossier"), contentHash: s("hash"), filed: f ? CalendarDate(year: 2026, month: 3, day: 2) : nil,
            outcome: outcome,
            outbound: OutboundTest(
                isOutbound: f, holderID: s("holder"), holderCountry: s("country"), foreignReceiverIDs: a(["P2", text("receiver")]),
                reason: text("reason")),
            catalogueID: s("catalogue"), hits: hits, screening: screening, flags: flags, route: f ? route : nil,
            notes: a([text("note"), ""]),
            audit: Audit(
                references: a([ReferenceUse(kind: "catalogue", id: text("id"), path: "pipelines/catalogues/2025.yml", sha256: "c4da")]),
                rules: a(["outbound.cn-to-foreign", text("rule")]), version: text("version")),
            quarantine: f ? quarantine : nil)
    }
}
