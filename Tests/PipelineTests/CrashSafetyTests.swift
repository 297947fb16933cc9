import Foundation
import Testing

@testable import Pipeline

/// What `scripts/crash-test.sh` (SIGKILL during `outbound run`, then resume) found, kept as
/// regressions: the temporary files of a killed write must not stay in the output.
@Suite struct CrashSafetyTests {
    func temporaryRoot() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-crash-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Everything under `root`, relative, sorted.
    func files(_ root: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []).sorted()
    }

    /// FileManager.createFile wrote its own `.dat.nosync…` file beside each packet; a SIGKILL
    /// during it left that file in the packet folder for good.
    @Test func writesLeaveOnlyTheTargetAndAnEmptyPartialFolder() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try AtomicFileWriter(root: root)
        try writer.write(Data("{\"a\":1}".utf8), to: "packets/X-1/packet.json")
        try writer.write(Data("<html></html>".utf8), to: "packets/X-1/packet.html")
        try writer.write(Data("<html>new</html>".utf8), to: "packets/X-1/packet.html")
        #expect(files(root) == [".partial", "packets", "packets/X-1", "packets/X-1/packet.html", "packets/X-1/packet.json"])
        #expect(try String(contentsOfFile: root + "/packets/X-1/packet.html", encoding: .utf8) == "<html>new</html>")
    }

    @Test func theNextWriterRemovesTheTemporaryFilesOfADeadProcess() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try AtomicFileWriter(root: root)
        // A process that has exited: its pid no longer runs (pids are not reused this fast).
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let host = AtomicFileWriter.hostTag
        let dead = first.partialFolder + "/\(gone.processIdentifier).\(host).\(UUID().uuidString).tmp"
        let deadEarlierVersion = first.partialFolder + "/\(gone.processIdentifier).\(UUID().uuidString).tmp"
        let alive = first.partialFolder + "/1.\(host).\(UUID().uuidString).tmp"  // pid 1 always runs
        // The same pid on another host of a shared output: not this host's to judge.
        let otherHost =
            first.partialFolder + "/\(gone.processIdentifier).\(host == "00000000" ? "00000001" : "00000000").\(UUID().uuidString).tmp"
        let foreign = first.partialFolder + "/notes.txt"
        for path in [dead, deadEarlierVersion, alive, otherHost, foreign] {
            try Data("half a packet".utf8).write(to: URL(fileURLWithPath: path))
        }
        #expect(first.temporaryPath().hasPrefix(first.partialFolder + "/\(getpid()).\(host)."))
        _ = try AtomicFileWriter(root: root)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: deadEarlierVersion))
        #expect(FileManager.default.fileExists(atPath: alive), "a live writer's file is kept")
        #expect(FileManager.default.fileExists(atPath: otherHost), "another host's file is kept")
        #expect(FileManager.default.fileExists(atPath: foreign), "only PID.HOST.UNIQUE.tmp names are touched")
    }

    /// Temporary names come from a per-process token and a counter (no `/dev/urandom` read
    /// per file): distinct across threads, and of the `PID.HOST.UNIQUE.tmp` form the stale
    /// file sweep reads.
    @Test func temporaryNamesAreDistinctAcrossThreadsAndNameThisProcess() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try AtomicFileWriter(root: root)
        let collected = ResultBox<[String]>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            collected.set(thread, (0..<500).map { _ in writer.temporaryPath() })
        }
        let names = Set(collected.values().joined())
        #expect(names.count == 4_000)
        for path in names {
            let parts = (path as NSString).lastPathComponent.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 4 && parts[0] == "\(getpid())" && parts[1] == AtomicFileWriter.hostTag && parts[3] == "tmp")
        }
    }

    @Test func unsafePathsAreRefused() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try AtomicFileWriter(root: root)
        for bad in ["../x", "/etc/x", "a/../../x", "a\0b", "", "a//b", "./a"] {
            #expect(throws: (any Error).self) { try writer.write(Data("x".utf8), to: bad) }
        }
        #expect(files(root) == [".partial"])
    }
}
