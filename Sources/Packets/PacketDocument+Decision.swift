import DossierModel

extension PacketDocument {
    /// The decision as the packet states it.
    public struct DecisionPart: Codable, Sendable, Hashable {
        public var outcome: String
        /// What follows from the outcome (review-rules section 3).
        public var consequence: String
        public var outbound: OutboundPart
        public var catalogueID: String?
        public var hits: [HitPart]
        public var flags: [FlagPart]
        public var screening: [ScreeningPart]
        public var route: RoutePart?
        public var notes: [String]
        public var audit: AuditPart
        public var contentHash: String?
    }

    /// The outbound test, as the decision holds it.
    public typealias OutboundPart = OutboundTest

    public struct HitPart: Codable, Sendable, Hashable {
        public var catalogueID: String
        public var entryIdentity: String
        public var entryCode: String?
        public var entryName: String
        public var entryNameEn: String
        /// `prohibited` or `restricted`.
        public var part: String
        public var controlPoint: String?
        public var controlPointLabel: String?
        public var controlPointName: String?
        /// `hit`, `threshold-failed`, `negated`, `qualifier-not-met` or `code-only`.
        public var status: String
        public var counts: Bool
        public var score: Double
        public var assetIDs: [String]
        public var evidence: [EvidencePart]
        public var thresholds: [ThresholdPart]
        public var notes: [String]
    }

    public struct EvidencePart: Codable, Sendable, Hashable {
        /// `keyword` or `ipc`.
        public var kind: String
        public var location: LocationPart
        public var term: String
        public var matched: String
        public var snippet: SnippetPart?
        public var spanStart: Int?
        public var spanEnd: Int?
        public var negated: Bool
    }

    public struct LocationPart: Codable, Sendable, Hashable {
        public var assetID: String?
        public var field: String
        public var index: String?
        public var lang: String?
        public var source: String?
        /// `asset A1 claim 3 (patents/CN1.xml)`.
        public var text: String
    }

    /// A matched text with the words around it, as the decision holds it.
    public typealias SnippetPart = Snippet

    public struct ThresholdPart: Codable, Sendable, Hashable {
        public var quantity: String
        public var limit: String
        /// `passes` (every stated value meets the limit), `fails` (one does not: evidence
        /// against) or `unverified` (no value stated: the reviewer must verify it).
        public var verdict: String
        public var stated: [StatedPart]
    }

    public struct StatedPart: Codable, Sendable, Hashable {
        public var value: Double
        public var unit: String
        public var converted: Double
        public var meets: Bool
        public var location: LocationPart
        public var snippet: SnippetPart?
    }

    public struct FlagPart: Codable, Sendable, Hashable {
        public var kind: String
        public var detail: String
        public var partyID: String?
        public var assetID: String?
        public var screening: MatchPart?
    }

    public struct ScreeningPart: Codable, Sendable, Hashable {
        public var partyID: String
        public var candidatesScored: Int
        public var matches: [MatchPart]
        public var suppressed: [MatchPart]
    }

    public struct MatchPart: Codable, Sendable, Hashable {
        public var listID: String
        public var entryID: String
        public var entryName: String
        public var matchedName: String
        public var queryName: String
        public var score: Double
        public var features: [FeaturePart]
        /// The allow-list clearance that suppressed the match, as its audit note.
        public var clearance: String?
        /// The list, law and announcement the entry was published under, when known.
        public var listing: PartyListListing?
    }

    /// One feature of a match score.
    public typealias FeaturePart = ScreeningFeature

    public struct RoutePart: Codable, Sendable, Hashable {
        public var province: String?
        public var routingTable: String
        public var tracks: [TrackPart]
        public var authorities: [AuthorityPart]
        public var clocks: [ClockPart]
        public var notes: [String]
    }

    public struct TrackPart: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
    }

    /// An authority that acts on the dossier.
    public typealias AuthorityPart = Authority

    public struct ClockPart: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var days: Int
        public var unit: String
        public var startsOn: String
        public var start: String?
        public var due: String?
        public var calendar: String?
    }

    /// The files and rules behind the decision, as the decision holds them.
    public typealias AuditPart = Audit

    /// A reference file the decision used.
    public typealias ReferencePart = ReferenceUse
}

extension PacketDocument.DecisionPart {
    init(_ d: Decision) {
        typealias P = PacketDocument
        self.init(
            outcome: d.outcome.rawValue, consequence: d.outcome.consequence,
            outbound: d.outbound,
            catalogueID: d.catalogueID, hits: d.hits.map(P.HitPart.init),
            flags: d.flags.map {
                P.FlagPart(
                    kind: $0.kind.rawValue, detail: $0.detail, partyID: $0.partyID, assetID: $0.assetID,
                    screening: $0.screening.map(P.MatchPart.init))
            },
            screening: d.screening.map {
                P.ScreeningPart(
                    partyID: $0.partyID, candidatesScored: $0.result.candidatesScored, matches: $0.result.matches.map(P.MatchPart.init),
                    suppressed: $0.result.suppressed.map(P.MatchPart.init))
            },
            route: d.route.map(P.RoutePart.init), notes: d.notes,
            audit: d.audit,
            contentHash: d.contentHash)
    }
}

extension PacketDocument.HitPart {
    init(_ h: Hit) {
        typealias P = PacketDocument
        self.init(
            catalogueID: h.catalogueID, entryIdentity: h.entryIdentity, entryCode: h.entryCode, entryName: h.entryName,
            entryNameEn: h.entryNameEn, part: h.part.rawValue, controlPoint: h.controlPoint, controlPointLabel: h.controlPointLabel,
            controlPointName: h.controlPointName, status: h.status.rawValue, counts: h.counts, score: h.score, assetIDs: h.assetIDs,
            evidence: h.evidence.map {
                P.EvidencePart(
                    kind: $0.kind.rawValue, location: P.LocationPart($0.location), term: $0.term, matched: $0.matched,
                    snippet: $0.snippet, spanStart: $0.span?.start, spanEnd: $0.span?.end, negated: $0.negated)
            },
            thresholds: h.thresholds.map { check in
                P.ThresholdPart(
                    quantity: check.quantity, limit: check.limit, verdict: ThresholdVerdict(check).rawValue,
                    stated: check.stated.map {
                        P.StatedPart(
                            value: $0.value, unit: $0.unit, converted: $0.converted, meets: $0.meets, location: P.LocationPart($0.location),
                            snippet: $0.snippet)
                    })
            },
            notes: h.notes)
    }
}

extension PacketDocument.LocationPart {
    init(_ l: TextLocation) {
        self.init(assetID: l.assetID, field: l.field.rawValue, index: l.index, lang: l.lang, source: l.source, text: l.description)
    }
}

extension PacketDocument.MatchPart {
    init(_ m: ScreeningMatch) {
        self.init(
            listID: m.listId, entryID: m.entryId, entryName: m.entryName, matchedName: m.matchedName, queryName: m.queryName,
            score: m.score,
            features: m.features,
            clearance: m.clearance?.auditNote, listing: m.listing)
    }
}

extension PacketDocument.RoutePart {
    init(_ r: Route) {
        typealias P = PacketDocument
        self.init(
            province: r.province, routingTable: r.routingTable, tracks: r.tracks.map { P.TrackPart(id: $0.rawValue, title: $0.title) },
            authorities: r.authorities,
            clocks: r.clocks.map {
                P.ClockPart(
                    id: $0.id, title: $0.title, days: $0.days, unit: $0.unit, startsOn: $0.startsOn, start: $0.start?.description,
                    due: $0.due?.description, calendar: $0.calendar)
            },
            notes: r.notes)
    }
}

/// Whether a threshold passes, fails or cannot be told from the text.
public enum ThresholdVerdict: String, Sendable, Hashable {
    case passes, fails, unverified

    public init(_ check: ThresholdCheck) {
        self = check.unverified ? .unverified : (check.fails ? .fails : .passes)
    }
}
