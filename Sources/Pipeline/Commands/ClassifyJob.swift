import DossierModel
import Foundation
import Packets

/// `outbound classify`: every dossier read, normalised and decided, one JSON decision per line
/// (the ledger blob's bytes, `CanonicalJSON`) in input order; a quarantined dossier gets a
/// `quarantined` decision and its reason as diagnostics, as do input problems and (unless
/// turned off) warnings.
public enum ClassifyJob {
    /// What a classify run did.
    public struct Report: Sendable {
        public var summary: IntakeSummary
        public var outcomes: [Outcome: Int]

        /// `3 registration, 1 prohibited`, in the order of the outcome table.
        public var outcomeLine: String {
            let parts = Outcome.allCases.compactMap { outcome in outcomes[outcome].map { "\($0) \(outcome.rawValue)" } }
            return parts.isEmpty ? "none" : parts.joined(separator: ", ")
        }

        /// The closing line.
        public var line: String {
            "classify: \(summary.inputs) inputs, \(summary.dossiers + summary.quarantined) dossiers (\(outcomeLine)), "
                + "\(summary.inputProblems) input problems in \(String(format: "%.2f", summary.seconds)) s"
        }
    }

    /// Throws `PipelineError` for a bad reference file (exit 65) or an input path that does
    /// not exist (exit 74).
    public static func run(_ request: IntakeRequest, review: ReviewRequest, output: any CommandOutput) throws -> Report {
        let files = try request.files()
        let flow = try review.flow()
        let outcomes = EmitState<[Outcome: Int]>([:])
        let summary = IntakeRunner(paths: files, flow: flow, concurrency: request.concurrency).review(
            transform: { event -> (outcome: Outcome?, data: [UInt8]?, problems: [Diagnostic]) in
                switch event {
                case .decision(let decision, let dossier):
                    var json = (try? CanonicalJSON.compact(decision)) ?? []
                    json.append(0x0A)
                    let problems = (decision.quarantine?.diagnostics ?? []) + (dossier.map(request.shownWarnings(of:)) ?? [])
                    return (decision.outcome, json, problems)
                case .problem(let diagnostic):
                    return (nil, nil, [diagnostic])
                }
            },
            emit: { result in
                if let outcome = result.outcome { outcomes.update { $0[outcome, default: 0] += 1 } }
                if let data = result.data { output.data(data) }
                if !result.problems.isEmpty { output.report(result.problems) }
            })
        return Report(summary: summary, outcomes: outcomes.current)
    }
}
