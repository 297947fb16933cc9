import DossierModel
import Packets

/// `outbound explain`: the decision on one dossier as text a person reads (`DecisionText`).
public enum ExplainJob {
    /// The dossier explained.
    public struct Report: Sendable {
        public var text: String
        /// True when the dossier was quarantined.
        public var quarantined: Bool
        /// Problems with the inputs outside any dossier (reported on `output`).
        public var inputProblems: Int

        /// True when the dossier was decided and every input read.
        public var isClean: Bool { !quarantined && inputProblems == 0 }
    }

    /// Explains the dossier `dossierID` of the inputs, or their only dossier when `dossierID`
    /// is nil; problems with the inputs go to `output`. Throws `PipelineError`:
    /// `explain.no-dossier` or `explain.several-dossiers` (exit 64), a bad reference file
    /// (65), an input path that does not exist (74).
    public static func run(_ request: IntakeRequest, review: ReviewRequest, dossierID wanted: String?, output: any CommandOutput) throws
        -> Report
    {
        let files = try request.files()
        let flow = try review.flow()
        let found = EmitState<[(id: String, text: String, quarantined: Bool)]>([])
        let summary = IntakeRunner(paths: files, flow: flow, concurrency: request.concurrency).review(
            transform: { event -> Result<(id: String, text: String, quarantined: Bool), InputProblem> in
                switch event {
                case .problem(let diagnostic):
                    return .failure(InputProblem(diagnostic: diagnostic))
                case .decision(let decision, let dossier):
                    guard wanted == nil || decision.dossierID == wanted else { return .success((decision.dossierID, "", false)) }
                    return .success((decision.dossierID, DecisionText.render(decision, dossier: dossier), decision.outcome == .quarantined))
                }
            },
            emit: { item in
                switch item {
                case .success(let explained): found.update { $0.append(explained) }
                case .failure(let problem): output.report([problem.diagnostic])
                }
            })
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
        return Report(
            text: matching.map(\.text).joined(separator: "\n"), quarantined: matching.contains(where: \.quarantined),
            inputProblems: summary.inputProblems)
    }

    /// A problem with an input, carried to the in-order hand-on.
    struct InputProblem: Error {
        var diagnostic: Diagnostic
    }
}
