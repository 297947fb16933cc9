import Foundation

/// The live progress line of a run on a terminal: done/total, dossiers per second and
/// quarantined, redrawn at most ten times a second on stderr. Off when stderr is not a
/// terminal (then the log says how the run went).
public final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var done = 0
    private var quarantined = 0
    private var skipped = 0
    /// The number of dossiers expected, when known (after a first pass or from the ledger).
    public var total: Int?

    public init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    /// Counts one dossier and redraws when due.
    public func advance(quarantined: Bool = false, skipped: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if quarantined { self.quarantined += 1 }
        if skipped { self.skipped += 1 }
        let now = Date()
        guard enabled, now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        draw(now)
    }

    /// Draws the final state and ends the line.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled else { return }
        draw(Date())
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(_ now: Date) {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / seconds
        let of = total.map { "/\($0)" } ?? ""
        let line = "\r\u{1B}[2K\(done)\(of) dossiers, \(Int(rate.rounded())) dossiers/s, \(skipped) unchanged, \(quarantined) quarantined"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
