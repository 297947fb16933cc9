import ArgumentParser
import DossierModel
import Foundation
import Packets
import Pipeline

extension Outbound {
    /// `outbound explain PATH [--dossier ID]`: one decision, readable by a person.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain the decision on one dossier: outcome, evidence, flags, route and audit.",
            discussion:
                "PATH may hold several dossiers; name one with --dossier. Exit 1 when the dossier is quarantined, 64 when it is not found.")

        @Argument(help: "An input file or directory.")
        var path: String

        @Option(help: "The id of the dossier to explain (needed when PATH holds several).")
        var dossier: String?

        @Option(name: .customLong("jobs"), help: "Worker threads (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @OptionGroup var review: ReviewOptions

        func run() throws {
            let files: [String]
            do {
                files = try InputPaths.expand([path])
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(ExitStatus.ioFailure)
            }
            let engine = try review.engine()
            let wanted = dossier
            let found = FoundDecisions()
            _ = IntakeRunner(paths: files, concurrency: jobs).review(
                with: engine,
                transform: { event -> ExplainedDecision? in
                    guard case .decision(let decision, let dossier) = event else { return nil }
                    guard wanted == nil || decision.dossierID == wanted else {
                        return ExplainedDecision(id: decision.dossierID, text: "", quarantined: false)
                    }
                    return ExplainedDecision(
                        id: decision.dossierID, text: DecisionText.render(decision, dossier: dossier),
                        quarantined: decision.outcome == .quarantined)
                },
                emit: { item in if let item { found.add(item) } })
            let all = found.items
            let matching = all.filter { !$0.text.isEmpty }
            guard !matching.isEmpty else {
                let known = all.prefix(20).map(\.id).joined(separator: ", ")
                FileHandle.standardError.write(
                    Data(
                        "explain: no dossier \(wanted.map { "'\($0)' " } ?? "")in \(path)\(known.isEmpty ? "" : "; it holds \(known)\(all.count > 20 ? ", ..." : "")")\n"
                            .utf8))
                throw ExitCode(ExitStatus.usage)
            }
            guard wanted != nil || matching.count == 1 else {
                let known = matching.prefix(20).map(\.id).joined(separator: ", ")
                FileHandle.standardError.write(
                    Data(
                        "explain: \(path) holds \(matching.count) dossiers (\(known)\(matching.count > 20 ? ", ..." : "")); name one with --dossier ID\n"
                            .utf8))
                throw ExitCode(ExitStatus.usage)
            }
            FileHandle.standardOutput.write(Data(matching.map(\.text).joined(separator: "\n").utf8))
            if matching.contains(where: \.quarantined) { throw ExitCode(ExitStatus.someFailed) }
        }
    }
}

/// A decision as `explain` prints it; `text` is empty for a dossier not asked for.
struct ExplainedDecision: Sendable {
    var id: String
    var text: String
    var quarantined: Bool
}

/// The decisions an explain run rendered, in input order.
final class FoundDecisions: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ExplainedDecision] = []

    func add(_ item: ExplainedDecision) {
        lock.lock()
        list.append(item)
        lock.unlock()
    }

    var items: [ExplainedDecision] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
