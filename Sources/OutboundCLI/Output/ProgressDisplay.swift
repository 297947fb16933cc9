import Foundation
import Pipeline

/// The live progress line of a run on a terminal: the input read of its total, with the rate
/// and the time left, and the dossiers handed on with their rate, unchanged and quarantined;
/// drawn through the `Console` at most ten times a second.
///
///     84.2 MB of 190.1 MB (44 %), 21.0 MB/s, 5 s left; 8,871 dossiers (2,212/s), 0 unchanged, 3 quarantined
final class ProgressDisplay: RunProgress, @unchecked Sendable {
    private let console: Console
    private let lock = NSLock()
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var total = 0
    private var bytes = 0
    private var dossiers = 0
    private var unchanged = 0
    private var quarantined = 0

    init(console: Console) {
        self.console = console
    }

    func start(totalBytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        total = totalBytes
        drawIfDue(force: true)
    }

    func read(bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.bytes = max(self.bytes, bytes)
        drawIfDue(force: false)
    }

    func dossier(quarantined: Bool, skipped: Bool) {
        lock.lock()
        defer { lock.unlock() }
        dossiers += 1
        if quarantined { self.quarantined += 1 }
        if skipped { unchanged += 1 }
        drawIfDue(force: false)
    }

    func finish() {
        lock.lock()
        drawIfDue(force: true)
        lock.unlock()
        console.endProgress()
    }

    private func drawIfDue(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        console.showProgress(
            Self.line(
                elapsed: now.timeIntervalSince(started), bytes: bytes, total: total, dossiers: dossiers, unchanged: unchanged,
                quarantined: quarantined))
    }

    /// The text of the line.
    static func line(elapsed: Double, bytes: Int, total: Int, dossiers: Int, unchanged: Int, quarantined: Int) -> String {
        let seconds = max(elapsed, 0.001)
        let rate = Double(bytes) / seconds
        var text = "\(megabytes(bytes)) of \(megabytes(total))"
        if total > 0 { text += " (\(min(100, bytes * 100 / total)) %)" }
        text += ", \(megabytes(Int(rate)))/s"
        if rate > 0, total > bytes {
            text += ", \(duration(Double(total - bytes) / rate)) left"
        }
        text += "; \(grouped(dossiers)) dossiers (\(grouped(Int((Double(dossiers) / seconds).rounded())))/s), "
        text += "\(grouped(unchanged)) unchanged, \(grouped(quarantined)) quarantined"
        return text
    }

    /// `190.1 MB`.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// `5 s`, `3 min 20 s`, `1 h 05 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return String(format: "%d h %02d min", whole / 3600, (whole % 3600) / 60)
    }
}
