import DossierModel
import Foundation
import Ledger
import NIOCore

/// A run of consecutive results of one batch in which no dossier id occurs twice, as column
/// arrays ready to bind (`unnest($1::text[], ...)`): what `PostgreSQLLedger.record` stores with
/// a few set-based statements instead of one round trip per result.
///
/// Results of one id must be applied in order (a later one supersedes an earlier one), so a
/// batch is cut into segments wherever an id comes back; within a segment the order between
/// different ids does not matter. Nullable values travel as a sentinel plus a flag column,
/// since postgres-nio binds arrays without nulls.
struct RecordSegment: Sendable {
    /// The decided results: the versions and the decisions, column by column.
    struct Decided: Sendable {
        var ids: [String] = []
        var hashes: [String] = []
        /// `YYYY-MM-DD`, or `""` for none.
        var filed: [String] = []
        var bodies: [ByteBuffer] = []
        var bodyEncodings: [String] = []
        var outcomes: [String] = []
        var hasCatalogue: [Bool] = []
        var catalogueIDs: [String] = []
        /// The reference files used, as JSON arrays.
        var references: [String] = []
        var decisionBodies: [ByteBuffer] = []
        var decisionEncodings: [String] = []
        /// What a re-classification changed, as JSON, or `""` for none.
        var changes: [String] = []
        var hasDecidedAt: [Bool] = []
        var decidedAt: [Date] = []
        /// True when the decision's hits are given (and go into `decision_hit`).
        var indexed: [Bool] = []
        var hits = Hits()

        /// The hits of the decisions, one row per hit, keyed by dossier id.
        struct Hits: Sendable {
            var ids: [String] = []
            var catalogueIDs: [String] = []
            var entries: [String] = []
            var controlPoints: [String] = []
            var statuses: [String] = []
        }

        mutating func append(_ version: DossierVersion, _ decision: DecisionEntry, stamp: Date?) throws {
            let key = version.key
            ids.append(key.dossierID)
            hashes.append(key.contentHash)
            filed.append(version.filed?.description ?? "")
            bodies.append(ByteBuffer(bytes: version.body.bytes))
            bodyEncodings.append(PostgreSQLLedger.blobForm)
            outcomes.append(decision.outcome.rawValue)
            hasCatalogue.append(decision.catalogueID != nil)
            catalogueIDs.append(decision.catalogueID ?? "")
            references.append(try LedgerRows.json(decision.references))
            decisionBodies.append(ByteBuffer(bytes: decision.body.bytes))
            decisionEncodings.append(PostgreSQLLedger.blobForm)
            changes.append(try decision.change.map(LedgerRows.json) ?? "")
            let decided = decision.decidedAt ?? stamp
            hasDecidedAt.append(decided != nil)
            decidedAt.append(decided ?? Date(timeIntervalSince1970: 0))
            indexed.append(decision.hits != nil)
            for hit in decision.hits ?? [] {
                hits.ids.append(key.dossierID)
                hits.catalogueIDs.append(hit.catalogueID)
                hits.entries.append(hit.entryIdentity)
                hits.controlPoints.append(hit.controlPoint)
                hits.statuses.append(hit.status.rawValue)
            }
        }

        /// The same columns without the dossier ids in `ids` (the versions this run decided already).
        func excluding(_ skipped: Set<String>) -> Decided {
            guard !skipped.isEmpty else { return self }
            var kept = Decided()
            for index in ids.indices where !skipped.contains(ids[index]) {
                kept.ids.append(ids[index])
                kept.hashes.append(hashes[index])
                kept.filed.append(filed[index])
                kept.bodies.append(bodies[index])
                kept.bodyEncodings.append(bodyEncodings[index])
                kept.outcomes.append(outcomes[index])
                kept.hasCatalogue.append(hasCatalogue[index])
                kept.catalogueIDs.append(catalogueIDs[index])
                kept.references.append(references[index])
                kept.decisionBodies.append(decisionBodies[index])
                kept.decisionEncodings.append(decisionEncodings[index])
                kept.changes.append(changes[index])
                kept.hasDecidedAt.append(hasDecidedAt[index])
                kept.decidedAt.append(decidedAt[index])
                kept.indexed.append(indexed[index])
            }
            for index in hits.ids.indices where !skipped.contains(hits.ids[index]) {
                kept.hits.ids.append(hits.ids[index])
                kept.hits.catalogueIDs.append(hits.catalogueIDs[index])
                kept.hits.entries.append(hits.entries[index])
                kept.hits.controlPoints.append(hits.controlPoints[index])
                kept.hits.statuses.append(hits.statuses[index])
            }
            return kept
        }
    }

    /// The quarantines, in the order they came; `""` stands for a missing id or hash.
    struct Quarantined: Sendable {
        var ids: [String] = []
        var hashes: [String] = []
        var files: [String] = []
        var positions: [String] = []
        var reasons: [String] = []
        var diagnosticIDs: [String] = []
        /// The whole `Quarantine` as JSON.
        var details: [String] = []

        mutating func append(_ quarantine: Quarantine) throws {
            let location = quarantine.location
            ids.append(quarantine.dossierId ?? "")
            hashes.append(quarantine.contentHash ?? "")
            files.append(location.file)
            positions.append(String(location.description.dropFirst(location.file.count)))
            reasons.append(quarantine.reason)
            diagnosticIDs.append(quarantine.diagnosticId)
            details.append(try LedgerRows.json(quarantine))
        }
    }

    var decided = Decided()
    var quarantined = Quarantined()
    /// The ledger's clock when the batch was recorded (nil: the database's).
    var stamp: Date?

    /// Cuts `results` into segments, in order, each without a repeated dossier id.
    static func split(_ results: [LedgerResult], at stamp: Date?) throws -> [RecordSegment] {
        var segments: [RecordSegment] = []
        var current = RecordSegment(stamp: stamp)
        var seen: Set<String> = []
        var isEmpty = true
        for result in results {
            let id: String?
            switch result {
            case .decided(let version, _): id = version.key.dossierID
            case .quarantined(let quarantine): id = quarantine.dossierId
            }
            if let id, !seen.insert(id).inserted {
                segments.append(current)
                current = RecordSegment(stamp: stamp)
                seen = [id]
            }
            switch result {
            case .decided(let version, let decision): try current.decided.append(version, decision, stamp: stamp)
            case .quarantined(let quarantine): try current.quarantined.append(quarantine)
            }
            isEmpty = false
        }
        if !isEmpty { segments.append(current) }
        return segments
    }
}
