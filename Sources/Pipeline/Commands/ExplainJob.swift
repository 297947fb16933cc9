import DossierModel
import Packets

/// `outbound explain`: the decision on one dossier as text a person reads (`DecisionText`).
public enum ExplainJob {
    /// The dossier explained.
    public struct Report: Sendable {
        public var text: String
        /// True when the dossier was quarantined.
        public var quarantined: Bool
    }

    /// Explains the dossier `dossierID` of the inputs, or their only dossier when `dossierID`
    /// is nil. Throws `PipelineError`: `explain.no-dossier` or `explain.several-dossiers`
    /// (exit 64), a bad reference file (65), an input path that does not exist (74).
    public static func run(_ request: IntakeRequest, review: ReviewRequest, dossierID wanted: String?) throws -> Report {
        let files = try request.files()
        let flow = try review.flow()
        let found = EmitState<[(id: String, text: String, quarantined: Bool)]>([])
        _ = IntakeRunner(paths: files, flow: flow, concurrency: request.concurrency).review(
            transform: { event -> (id: String, text: String, quarantined: Bool)? in
                guard case .decision(let decision, let dossier) = event else { return nil }
                guard wanted == nil || decision.dossierID == wanted else { return (decision.dossierID, "", false) }
                return (decision.dossierID, DecisionText.render(decision, dossier: dossier), decision.outcome == .quarantined)
            },
            emit: { item in if let item { found.update { $0.append(item) } } })
        let all = found.current
        let matching = all.filter { !$0.text.isEmpty }
        let place = SourceLocation(file: request.paths.joined(separator: " "))
        guard !matching.isEmpty else {
            let known = all.prefix(20).map(\.id).joined(separator: ", ")
            let message =
                "no dossier \(wanted.map { "'\($0)' " } ?? "")here\(known.isEmpty ? "" : "; it holds \(known)\(all.count > 20 ? ", ..." : "")")"
            throw PipelineError(kind: .usage, diagnostics: [.error("explain.no-dossier", message, at: place)])
        }
        guard wanted != nil || matching.count == 1 else {
            let known = matching.prefix(20).map(\.id).joined(separator: ", ")
            let message = "\(matching.count) dossiers here (\(known)\(matching.count > 20 ? ", ..." : "")); name one with --dossier ID"
            throw PipelineError(kind: .usage, diagnostics: [.error("explain.several-dossiers", message, at: place)])
        }
        return Report(text: matching.map(\.text).joined(separator: "\n"), quarantined: matching.contains(where: \.quarantined))
    }
}
