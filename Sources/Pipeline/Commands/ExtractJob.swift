import DossierModel
import Foundation
import Packets

/// `outbound extract`: every dossier of the inputs read and normalised, one JSON line each
/// (the ledger blob's bytes, `CanonicalJSON`), in input order; quarantines, input problems and
/// (unless turned off) warnings as diagnostics.
public enum ExtractJob {
    public static func run(_ request: IntakeRequest, output: any CommandOutput) throws -> IntakeSummary {
        let files = try request.files()
        return IntakeRunner(paths: files, concurrency: request.concurrency).run(
            transform: { event -> (data: [UInt8]?, problems: [Diagnostic]) in
                switch event {
                case .record(.dossier(let dossier)):
                    var json = CanonicalJSON.compact(dossier)
                    json.append(0x0A)
                    return (json, request.shownWarnings(of: dossier))
                case .record(.quarantine(let quarantine)):
                    return (nil, quarantine.diagnostics)
                case .problem(let diagnostic):
                    return (nil, [diagnostic])
                case .unchanged:
                    return (nil, [])
                }
            },
            emit: { result in
                if let data = result.data { output.data(data) }
                if !result.problems.isEmpty { output.report(result.problems) }
            })
    }
}

extension IntakeSummary {
    /// The closing line of `outbound extract`.
    public var extractLine: String {
        "extract: \(inputs) inputs, \(dossiers) dossiers, \(quarantined) quarantined, \(inputProblems) input problems in \(String(format: "%.2f", seconds)) s"
    }
}
