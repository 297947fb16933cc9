import Catalogue
import DossierModel
import Foundation
import Packets

/// What `outbound reclassify` hands to the pipeline: a definition (a `reclassify:` one, or
/// any pipeline definition whose ledger, references and output to use) and the settings that
/// override its `reclassify:` section.
public struct ReclassifyRequest: Sendable {
    public var definitionPath: String
    /// The new catalogue file; overrides `reclassify.catalogue`.
    public var catalogue: String?
    /// Overrides `reclassify.since`.
    public var since: CalendarDate?
    /// Overrides `reclassify.status`.
    public var status: PipelineDefinition.Reclassify.Status?
    /// Overrides `reclassify.mode`: true for full mode.
    public var full: Bool?
    /// The day whose catalogue applies to a dossier without a filing date.
    public var today: CalendarDate
    /// When the run generated its outputs, as written into packets and the report.
    public var generatedAt: String
    /// Overrides the definition's concurrency when set.
    public var concurrency: Int?
    /// Stored dossiers read (and results recorded) per page.
    public var pageSize: Int

    public init(
        definitionPath: String, catalogue: String? = nil, since: CalendarDate? = nil,
        status: PipelineDefinition.Reclassify.Status? = nil, full: Bool? = nil, today: CalendarDate, generatedAt: String,
        concurrency: Int? = nil, pageSize: Int = 512
    ) {
        self.definitionPath = definitionPath
        self.catalogue = catalogue
        self.since = since
        self.status = status
        self.full = full
        self.today = today
        self.generatedAt = generatedAt
        self.concurrency = concurrency
        self.pageSize = max(1, pageSize)
    }
}

/// Why delta mode re-evaluates a dossier (the `reasons` of `reclassify.json`).
enum ReclassifyReason: String, Sendable {
    /// Full mode: every selected dossier.
    case full
    /// Its filing date puts it under another catalogue version now.
    case catalogueVersion = "catalogue-version"
    /// Its decision has a hit on an entry or control point the new version changed or removed.
    case hits
    /// Its text or codes match an added or changed keyword or IPC prefix.
    case text
    /// It was decided with reference files (catalogue, party lists, routing) other than the
    /// ones loaded now, so the diff cannot tell what changed for it.
    case references
    /// The replaced version's header changed in a way every decision shows (partial or not).
    case catalogueHeader = "catalogue-header"
}

/// Which stored dossiers a re-classification considers by their current outcome.
public typealias ReclassifyStatus = PipelineDefinition.Reclassify.Status
