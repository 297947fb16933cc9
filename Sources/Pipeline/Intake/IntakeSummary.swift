import Dispatch
import DossierModel
import Extract
import Foundation
import Hashing
import Normalise

/// Counts of one intake run.
public struct IntakeSummary: Sendable, Hashable, Codable {
    public var inputs = 0
    public var dossiers = 0
    public var quarantined = 0
    public var inputProblems = 0
    /// Dossiers with at least one warning.
    public var withWarnings = 0
    /// Bytes of the input files as stored (compressed where they are).
    public var bytesRead = 0
    public var seconds = 0.0

    /// True when every input was read and every dossier accepted.
    public var isClean: Bool { quarantined == 0 && inputProblems == 0 }
}

/// Thread-safe counts of what the intake threads produced.
final class IntakeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (dossiers: 0, quarantined: 0, problems: 0, withWarnings: 0)

    func count(_ event: IntakeEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .record(.dossier(let d)):
            counts.dossiers += 1
            if d.diagnostics.contains(where: { $0.severity >= .warning }) { counts.withWarnings += 1 }
        case .record(.quarantine): counts.quarantined += 1
        case .problem: counts.problems += 1
        case .unchanged: counts.dossiers += 1
        }
    }

    var snapshot: (dossiers: Int, quarantined: Int, problems: Int, withWarnings: Int) {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }
}
