import DossierModel
import Extract
import Foundation
import Ledger
import Normalise
import Packets

/// The way of one dossier through the stages, the same for every command and run:
///
///     read (parse and map one record) -> normalise -> decide (classify, route) -> render (packets)
///
/// `IntakeRunner` runs `read` and `normalise` on its threads for every record of every input;
/// `outbound extract` and `validate` stop there, `classify` and `explain` go on to `decide`,
/// the nightly run (`NightlyStep`) and a shared run's workers to `render` as well, and
/// `reclassify` (`ReclassifyStep`) takes stored dossiers straight to `decide` and `render`.
/// Each stage is a pure function of its input and the references loaded once; only the
/// runners decide threads, order and where files go.
public struct DossierFlow: Sendable {
    /// How a record is read: the limits, and the v1 schema when validating.
    public var reading: ExtractOptions
    /// Classify and route; nil for a flow that ends after `normalise`.
    public var engine: ReviewEngine?
    /// The packets `render` writes; nil for a flow that renders none.
    public var rendering: PacketRendering?

    public init(reading: ExtractOptions = ExtractOptions(), engine: ReviewEngine? = nil, rendering: PacketRendering? = nil) {
        self.reading = reading
        self.engine = engine
        self.rendering = rendering
    }

    /// A flow that also validates every dossier against the v1 schema; throws when the schema
    /// cannot be loaded.
    public static func validating() throws -> DossierFlow {
        DossierFlow(reading: ExtractOptions(validator: try DossierSchema.validator()))
    }

    // MARK: The stages

    /// Read: one record's bytes parsed and mapped to a dossier, or its quarantine.
    public func read(_ job: RecordJob) -> IntakeRecord {
        RecordReader.read(job, validator: reading.validator)
    }

    /// Normalise: names, countries, identifiers, IPC codes, dates and amounts in canonical
    /// form; a quarantine passes unchanged.
    public func normalise(_ record: IntakeRecord) -> IntakeRecord {
        guard case .dossier(let dossier) = record else { return record }
        return .dossier(DossierNormaliser.normalise(dossier))
    }

    /// Decide: a normalised dossier classified and routed; a quarantine becomes its
    /// `quarantined` decision. Needs the `engine`.
    public func decide(_ record: IntakeRecord) -> Decision {
        switch record {
        case .dossier(let dossier): decide(dossier)
        case .quarantine(let quarantine): .quarantined(quarantine, version: outboundVersion)
        }
    }

    /// Decide: a normalised dossier classified and routed. Needs the `engine`.
    public func decide(_ dossier: Dossier) -> Decision {
        guard let engine else { preconditionFailure("DossierFlow.decide: this flow has no review engine") }
        return engine.decide(dossier)
    }

    /// Render: a decision's packet (none without `rendering`): its compact JSON, and its page
    /// at `paths.html` when the run writes pages; `change` adds what a re-classification
    /// changed.
    public func render(_ decision: Decision, dossier: Dossier?, at paths: PacketPaths, change: ReclassifyChange? = nil) throws
        -> RenderedPacket?
    {
        guard let rendering else { return nil }
        return try RenderedPacket(decision, dossier: dossier, run: rendering.run, html: paths.html, change: change)
    }
}

/// The packet formats a run writes.
public enum PacketFormat: String, Sendable, Hashable, CaseIterable {
    /// A page per dossier, `packets/<name>.html`, its JSON embedded.
    case html
    /// One `packets.jsonl` per run, a packet per line.
    case jsonl
}

/// What `DossierFlow.render` writes: the formats, and the run the packets name.
public struct PacketRendering: Sendable {
    public var run: RunContext
    public var formats: Set<PacketFormat>

    public init(run: RunContext, formats: Set<PacketFormat>) {
        self.run = run
        self.formats = formats
    }

    /// True when the run writes a page per dossier.
    public var writesPages: Bool { formats.contains(.html) }

    /// True when the run writes `packets.jsonl`.
    public var writesLines: Bool { formats.contains(.jsonl) }
}

/// A packet rendered for one decision: its compact JSON (a line of `packets.jsonl`, and what
/// its page embeds), and its page with the page's path relative to the output folder.
public struct RenderedPacket: Sendable {
    public var json: [UInt8]
    public var page: (path: String, bytes: Data)?
    /// The pretty JSON with a final newline, when asked for.
    public var prettyJSON: Data?

    /// Renders the packet of `decision` as `run` made it; its page when `html` gives the page's
    /// path, its pretty JSON when `pretty`.
    public init(
        _ decision: Decision, dossier: Dossier?, run: RunContext, html: String?, change: ReclassifyChange? = nil, pretty: Bool = false
    ) throws {
        json = try PacketJSON.line(decision, dossier: dossier, run: run, change: change)
        page = html.map { ($0, PacketHTML.render(decision, dossier: dossier, run: run, change: change, json: json)) }
        prettyJSON = pretty ? try PacketJSON.render(decision, dossier: dossier, run: run, change: change) : nil
    }
}
