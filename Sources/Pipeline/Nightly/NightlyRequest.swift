import Catalogue
import DossierModel
import Foundation

/// What `outbound run` hands to the pipeline: the definition and the run's settings.
public struct NightlyRequest: Sendable {
    /// The pipeline definition file.
    public var definitionPath: String
    /// The day whose catalogue applies to a dossier without a filing date.
    public var today: CalendarDate
    /// When the run generated its outputs, as written into packets and the summary.
    public var generatedAt: String
    /// Overrides the definition's concurrency when set.
    public var concurrency: Int?
    /// Where the run reports how far it has come (the CLI's progress line on a terminal).
    public var progress: (any RunProgress)?
    /// Results recorded in the ledger per transaction.
    public var batchSize: Int

    public init(
        definitionPath: String, today: CalendarDate, generatedAt: String, concurrency: Int? = nil, progress: (any RunProgress)? = nil,
        batchSize: Int = 256
    ) {
        self.definitionPath = definitionPath
        self.today = today
        self.generatedAt = generatedAt
        self.concurrency = concurrency
        self.progress = progress
        self.batchSize = max(1, batchSize)
    }
}

extension PipelineDefinition {
    /// The reference paths of the review.
    var reviewPaths: ReviewReferencePaths {
        ReviewReferencePaths(
            catalogues: references.catalogues, routing: references.routing, calendars: references.calendars,
            clocks: references.clocks, partyLists: references.partyLists, allowList: references.allowList,
            screeningThreshold: references.screeningThreshold)
    }
}
