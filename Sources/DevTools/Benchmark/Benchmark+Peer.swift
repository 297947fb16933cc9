import Foundation

extension Benchmark {
    /// Why the Python lxml peer cannot run here (no such script, no Python, no lxml), or nil
    /// when it can.
    static func peerMissing(python: String, peer: String) -> String? {
        guard FileManager.default.fileExists(atPath: peer) else { return "no peer at \(peer)" }
        let probe = (try? ChildProcess.measure([python, "-c", "import lxml.etree"]))?.status
        guard probe == 0 else { return "\(python) cannot import lxml (apt-get install python3-lxml)" }
        return nil
    }

    /// One run of the peer over `input` into the fresh folder `folder` (`folder/out`), its log
    /// in `folder/run.err`.
    static func runPeer(_ request: BenchmarkRequest, peer: String, input: String, folder: String) throws -> ChildProcess.Cost {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        sync()
        return try ChildProcess.measure(
            [request.python, peer, input, "--out", folder + "/out", "--jobs", String(request.jobs)], stderr: folder + "/run.err")
    }

    /// The bytes of a SQLite ledger with its write-ahead log; nil when there is none.
    static func ledgerSize(_ path: String) -> Int64? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return ["", "-wal", "-shm"].reduce(Int64(0)) { total, suffix in
            total + (((try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }
}
