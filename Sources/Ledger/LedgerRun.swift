import Foundation

/// Where a run stands: `running` until it is finished or has failed. A run left `running`
/// by a process that died is how a resume finds the work it must complete.
public enum RunStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case running
    case finished
    case failed
}

/// One run as the ledger holds it.
public struct LedgerRun: Sendable, Hashable {
    public var id: RunID
    /// The pipeline definition's id (`nightly`, `reclassify`).
    public var pipelineID: String
    /// The Outbound version that ran it.
    public var outboundVersion: String
    public var startedAt: Date
    /// Nil while the run is `running`.
    public var finishedAt: Date?
    public var status: RunStatus
    /// The counts the run finished with (`decided`, `skipped`, `quarantined`, per outcome...).
    public var counts: [String: Int]
    /// The time the run's packets and summary name as their generation time (`--generated-at`);
    /// nil for runs recorded before the ledger kept it. A packet rendered again from the
    /// ledger names it, so it comes out byte for byte as the run wrote it.
    public var generatedAt: String?

    public init(
        id: RunID, pipelineID: String, outboundVersion: String, startedAt: Date, finishedAt: Date?,
        status: RunStatus, counts: [String: Int], generatedAt: String? = nil
    ) {
        self.id = id
        self.pipelineID = pipelineID
        self.outboundVersion = outboundVersion
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.counts = counts
        self.generatedAt = generatedAt
    }
}
