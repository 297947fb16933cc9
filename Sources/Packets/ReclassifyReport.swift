import DossierModel
import Foundation

/// The content of `reclassify.json` (schema `outbound-reclassify/1`) and of
/// `reclassify.html`: what one re-classification run did, with the counts per outcome
/// transition and per catalogue entry and every dossier whose decision changed.
public struct ReclassifyReport: Codable, Sendable, Hashable {
    public static let schemaName = "outbound-reclassify/1"

    public var schema = Self.schemaName
    public var run: PacketDocument.Run
    public var catalogue: CatalogueUsed
    /// `delta` or `full`.
    public var mode: String
    public var since: String?
    /// `open` or `all`.
    public var status: String
    public var counts: Counts
    /// Dossiers per old -> new outcome, among the changed ones; sorted by old then new outcome.
    public var transitions: [Transition]
    /// Hits gained, lost and changed per catalogue entry, among the changed dossiers.
    public var entries: [EntryCount]
    /// Every dossier whose decision changed, by id.
    public var dossiers: [ReclassifyChange]

    /// The new catalogue version and what it replaced.
    public struct CatalogueUsed: Codable, Sendable, Hashable {
        public var id: String
        public var path: String
        public var sha256: String
        public var effectiveFrom: String
        public var effectiveTo: String?
        /// The SHA-256 of the file with the same id it replaced, if any.
        public var replacesSHA256: String?
        /// The diff against the replaced version, one line per change (`outbound catalogue diff`).
        public var changes: [String]

        public init(
            id: String, path: String, sha256: String, effectiveFrom: String, effectiveTo: String?, replacesSHA256: String?,
            changes: [String]
        ) {
            self.id = id
            self.path = path
            self.sha256 = sha256
            self.effectiveFrom = effectiveFrom
            self.effectiveTo = effectiveTo
            self.replacesSHA256 = replacesSHA256
            self.changes = changes
        }
    }

    public struct Counts: Codable, Sendable, Hashable {
        /// Stored dossiers that passed the filters.
        public var considered = 0
        /// Dossiers classified and routed again.
        public var reevaluated = 0
        /// Re-evaluated dossiers whose decision changed (a new decision was recorded).
        public var changed = 0
        /// Of those, the ones whose outcome changed.
        public var outcomeChanged = 0
        /// Re-evaluated dossiers whose decision stands as it was.
        public var unchanged = 0
        /// Re-evaluated dossiers per reason (a dossier can have several).
        public var byReason: [String: Int] = [:]
        /// Match texts stored for delta mode in this run.
        public var textsIndexed = 0
        /// Decisions whose hits were indexed from their blob in this run.
        public var hitsIndexed = 0

        public init() {}
    }

    public struct Transition: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        public var count: Int
    }

    public struct EntryCount: Codable, Sendable, Hashable {
        public var entryIdentity: String
        /// The entry's label in the newest hit seen (`086501X 信息处理技术`, without point).
        public var label: String
        public var gained: Int
        public var lost: Int
        public var changed: Int
    }

    public init(
        run: RunContext, catalogue: CatalogueUsed, mode: String, since: String?, status: String, counts: Counts, changes: [ReclassifyChange]
    ) {
        self.run = PacketDocument.Run(id: run.runID, generatedAt: run.generatedAt, outboundVersion: run.outboundVersion)
        self.catalogue = catalogue
        self.mode = mode
        self.since = since
        self.status = status
        self.counts = counts
        let dossiers = changes.sorted { $0.dossierID < $1.dossierID }
        self.dossiers = dossiers
        var transitions: [String: Transition] = [:]
        var entries: [String: EntryCount] = [:]
        for change in dossiers {
            let key = change.oldOutcome + " " + change.newOutcome
            transitions[key, default: Transition(from: change.oldOutcome, to: change.newOutcome, count: 0)].count += 1
            for hit in change.hits {
                var count =
                    entries[hit.entryIdentity]
                    ?? EntryCount(entryIdentity: hit.entryIdentity, label: hit.entryLabel, gained: 0, lost: 0, changed: 0)
                switch hit.change {
                case "gained": count.gained += 1
                case "lost": count.lost += 1
                default: count.changed += 1
                }
                entries[hit.entryIdentity] = count
            }
        }
        let rank = { (raw: String) in Outcome(rawValue: raw)?.rank ?? Outcome.allCases.count }
        self.transitions = transitions.values.sorted { (rank($0.from), rank($0.to)) < (rank($1.from), rank($1.to)) }
        self.entries = entries.values.sorted { $0.entryIdentity < $1.entryIdentity }
    }
}

/// Renders `reclassify.json`.
public enum ReclassifyJSON {
    public static func render(_ report: ReclassifyReport) throws -> Data {
        try CanonicalJSON.encode(report, pretty: true)
    }
}
