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

    /// Render: the packet files of a decision at `paths` (none without `rendering`); `change`
    /// adds what a re-classification changed.
    public func render(_ decision: Decision, dossier: Dossier?, at paths: PacketPaths, change: ReclassifyChange? = nil) throws
        -> [RenderedPacket]
    {
        guard let rendering else { return [] }
        var files: [RenderedPacket] = []
        if rendering.formats.contains(.json) {
            files.append(
                RenderedPacket(
                    kind: .json, path: paths.json,
                    bytes: try PacketJSON.render(decision, dossier: dossier, run: rendering.run, change: change)))
        }
        if rendering.formats.contains(.html) {
            files.append(
                RenderedPacket(
                    kind: .html, path: paths.html, bytes: PacketHTML.render(decision, dossier: dossier, run: rendering.run, change: change))
            )
        }
        return files
    }
}

/// What `DossierFlow.render` writes: the formats, and the run the packets name.
public struct PacketRendering: Sendable {
    public var run: RunContext
    public var formats: Set<PacketKind>

    public init(run: RunContext, formats: Set<PacketKind>) {
        self.run = run
        self.formats = formats
    }
}

/// A packet file rendered for one decision: its kind, its path relative to the output folder
/// and its bytes.
public struct RenderedPacket: Sendable {
    public var kind: PacketKind
    public var path: String
    public var bytes: Data
}
