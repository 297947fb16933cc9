import Catalogue
import DossierModel

/// A pipeline definition (`pipelines/*.yml`, `kind: pipeline`): what a run reads, which
/// reference files it uses, which stages run, how many workers, where the ledger and the
/// output go, which packet formats are written and the safety limits. Documented key by key
/// in `docs/pipeline-definition.md`. Paths are as written: relative ones are taken from the
/// working directory of the run.
public struct PipelineDefinition: Sendable, Hashable {
    public var id: String
    public var title: String
    /// Input files and folders (folders are read recursively).
    public var inputs: [String]
    public var references: References
    public var stages: [PipelineStage]
    /// Worker threads; nil means the number of cores.
    public var concurrency: Int?
    /// The ledger: a SQLite file path (`sqlite:` prefix optional), or a `postgresql://` URL.
    public var ledger: String
    /// The output folder for packets, the summary and the queues.
    public var output: String
    public var packets: PacketSettings
    public var limits: Limits
    /// The file the definition was read from, with its hash.
    public var reference: ReferenceUse
    /// Set when the definition re-classifies the ledger's stored dossiers (`reclassify:`);
    /// `inputs` and `stages` are then empty (`docs/reclassify.md`).
    public var reclassify: Reclassify? = nil

    /// The reference files of the review.
    public struct References: Sendable, Hashable {
        public var catalogues: String
        public var routing: String
        public var calendars: String
        public var clocks: String
        public var partyLists: [String]
        public var allowList: String?
        public var screeningThreshold: Double?
    }

    /// The files written per dossier and per batch.
    public struct PacketSettings: Sendable, Hashable {
        /// Per dossier: `json`, `html`.
        public var formats: [String]
        /// Per batch: `json`, `html`.
        public var summary: [String]
        /// Per authority: `csv`, `jsonl`.
        public var queues: [String]
    }

    /// Limits on what the readers accept; nil keeps the built-in default.
    public struct Limits: Sendable, Hashable {
        public var memberBytes: Int?
        public var totalBytes: Int?
        public var ratio: Int?
        public var members: Int?
        public var nestingDepth: Int?
        public var recordBytes: Int?
    }
}

/// The stages a pipeline can run, in the order the data flows.
public enum PipelineStage: String, Sendable, Hashable, CaseIterable {
    case extract, normalise, classify, route, packets
}
