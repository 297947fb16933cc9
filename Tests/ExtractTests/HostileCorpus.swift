import DossierModel
import Extract
import Foundation

/// The hostile files of `../shared/realdata/C-hostile` and what the readers make of them,
/// for the hostile-input tests.
enum HostileCorpus {
    /// `../shared/realdata/C-hostile`, resolved from this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/realdata/C-hostile").standardized

    /// Every file under `root`, as "category/name", sorted.
    static func files() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: [String] = []
        while let next = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(next).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                found.append(next)
            }
        }
        return found.sorted()
    }

    /// What one input became: its dossiers, quarantines and input problems, in order.
    struct Outcome: CustomStringConvertible {
        var dossiers: [Dossier] = []
        var quarantines: [Quarantine] = []
        var problems: [Diagnostic] = []

        /// The ids of the quarantines' causes and of the input problems, in order.
        var ids: [String] { quarantines.map(\.diagnosticId) + problems.map(\.id) }

        /// Every diagnostic, the dossiers' warnings included.
        var diagnostics: [Diagnostic] {
            quarantines.flatMap(\.diagnostics) + problems + dossiers.flatMap(\.diagnostics)
        }

        /// Everything the reader produced, as text: what must never hold a canary.
        var text: String {
            let encoder = JSONEncoder()
            let dossierText = dossiers.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) }
            return (dossierText + diagnostics.map(\.description)).joined(separator: "\n")
        }

        var description: String {
            "\(dossiers.count) dossiers, quarantines \(quarantines.map(\.diagnosticId)), problems \(problems.map(\.id))"
        }
    }

    /// Reads `path` as the extract stage does: every item, every record parsed and mapped.
    static func read(_ path: String, options: ExtractOptions = ExtractOptions()) -> Outcome {
        var outcome = Outcome()
        let reader = InputReader(path: path, options: options)
        while let item = reader.next() {
            switch item {
            case .record(let job):
                add(RecordReader.read(job, validator: options.validator), to: &outcome)
            case .done(let record):
                add(record, to: &outcome)
            case .problem(let diagnostic):
                outcome.problems.append(diagnostic)
            }
        }
        return outcome
    }

    private static func add(_ record: IntakeRecord, to outcome: inout Outcome) {
        switch record {
        case .dossier(let dossier): outcome.dossiers.append(dossier)
        case .quarantine(let quarantine): outcome.quarantines.append(quarantine)
        }
    }
}
