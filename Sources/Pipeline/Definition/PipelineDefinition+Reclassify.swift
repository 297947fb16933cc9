import Catalogue
import DossierModel

extension PipelineDefinition {
    /// The `reclassify:` section: the definition re-classifies the dossiers stored in its
    /// ledger against a new catalogue version instead of reading inputs (`docs/reclassify.md`).
    public struct Reclassify: Sendable, Hashable {
        /// Which stored dossiers to consider by their current outcome.
        public enum Status: String, Sendable, Hashable, CaseIterable {
            /// Every current outcome except `out-of-scope` (nothing to review) and
            /// `quarantined` (nothing stored to re-classify).
            case open
            /// Every stored dossier.
            case all
        }

        /// The new catalogue file (`--catalogue`).
        public var catalogue: String
        /// Only dossiers filed on or after this date (`--since`).
        public var since: CalendarDate?
        public var status: Status
        /// Re-evaluate every selected dossier (`--full`), not only those the change can affect.
        public var full: Bool

        public init(catalogue: String, since: CalendarDate? = nil, status: Status = .open, full: Bool = false) {
            self.catalogue = catalogue
            self.since = since
            self.status = status
            self.full = full
        }
    }
}

extension PipelineDefinitionLoader {
    /// The keys of the `reclassify:` section.
    static let reclassifyKeys = ["catalogue", "since", "status", "mode"]
}

extension ReferenceNodeReader {
    /// `reclassify:`: `catalogue` (required), `since`, `status` (`open` or `all`), `mode`
    /// (`delta` or `full`).
    mutating func pipelineReclassify(_ node: ReferenceNode) -> PipelineDefinition.Reclassify? {
        guard
            let fields = fields(
                node, of: "'reclassify'", required: ["catalogue"],
                optional: ["since", "status", "mode"])
        else { return nil }
        let catalogue = text(fields, "catalogue")
        let since = fields["since"] == nil ? nil : date(fields, "since")
        var status = PipelineDefinition.Reclassify.Status.open
        if let raw = fields["status"].flatMap({ _ in text(fields, "status") }) {
            if let value = PipelineDefinition.Reclassify.Status(rawValue: raw) {
                status = value
            } else {
                report("catalogue.bad-value", "'status' must be open or all, not '\(raw)'", at: fields["status"])
            }
        }
        var full = false
        if let raw = fields["mode"].flatMap({ _ in text(fields, "mode") }) {
            switch raw {
            case "delta": full = false
            case "full": full = true
            default: report("catalogue.bad-value", "'mode' must be delta or full, not '\(raw)'", at: fields["mode"])
            }
        }
        guard let catalogue else { return nil }
        return PipelineDefinition.Reclassify(catalogue: catalogue, since: since, status: status, full: full)
    }
}
