import Foundation

/// The re-classification steps of the benchmark: the ledger of the first nightly run (with
/// packets) re-classified against the newest shipped catalogue with one keyword added to one
/// control point, in full (every stored dossier decided again) and in delta mode (only those
/// the change can affect), each on its own copy of the ledger (the copy is not timed).
extension Benchmark {
    /// The keyword added, to the first control point of `battery-cathode-materials`.
    static let addedKeyword = "cathode precursor"

    /// `input` is the corpus the nightly read (named in the definition, never read).
    static func reclassifySteps(_ request: BenchmarkRequest, input: String, table: inout BenchmarkTable, log: (String) -> Void) throws {
        let source = request.work + "/run-plain-1/ledger.sqlite"
        guard FileManager.default.fileExists(atPath: source) else {
            log("no nightly ledger at \(source): no re-classification steps")
            return
        }
        let catalogue = try oneKeywordCatalogue(request)
        for (mode, label) in [("full", "outbound reclassify --full"), ("delta", "outbound reclassify, delta after one keyword")] {
            for round in 1...request.repeats {
                let folder = "\(request.work)/run-reclassify-\(mode)-\(round)"
                try? FileManager.default.removeItem(atPath: folder)
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source + suffix) {
                    try FileManager.default.copyItem(atPath: source + suffix, toPath: folder + "/ledger.sqlite" + suffix)
                }
                let definition = """
                    kind: pipeline
                    id: bench
                    title: Benchmark re-classification
                    inputs: [\(input)]
                    stages: [extract, normalise, classify, route, packets]
                    references:
                      catalogues: pipelines/catalogues
                      routing: pipelines/routing
                      calendars: pipelines/calendars
                      clocks: pipelines/clocks.yml
                    ledger: \(folder)/ledger.sqlite
                    output: \(folder)/out

                    """
                try definition.write(toFile: folder + "/bench.yml", atomically: true, encoding: .utf8)
                sync()
                var arguments = [
                    request.executable, "reclassify", folder + "/bench.yml", "--catalogue", catalogue, "--status", "all", "--jobs",
                    String(request.jobs), "--today", "2026-11-21",
                ]
                if mode == "full" { arguments.append("--full") }
                let cost = try ChildProcess.measure(arguments, stderr: folder + "/run.err")
                guard cost.status == 0 else {
                    throw BenchmarkError(description: "\(label) exited with status \(cost.status): \(lastLine(of: folder + "/run.err"))")
                }
                let summary = (try? String(contentsOfFile: folder + "/out/reclassify.json", encoding: .utf8)).flatMap(counts) ?? ""
                table.add("\(label) (\(request.jobs) jobs)", BenchmarkRun(seconds: cost.seconds, peakRSS: cost.peakRSS))
                log(
                    String(
                        format: "  %@ (%d jobs)%@: %.2f s; %@", label, request.jobs,
                        request.repeats > 1 ? " (\(round)/\(request.repeats))" : "",
                        cost.seconds, summary))
            }
        }
    }

    /// The newest shipped catalogue with `addedKeyword` added to its first control point
    /// of `battery-cathode-materials` (the same id, so it replaces that version), written to
    /// the work folder.
    static func oneKeywordCatalogue(_ request: BenchmarkRequest) throws -> String {
        let folder = "pipelines/catalogues"
        let newest = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yml") }.sorted().last
        guard let newest else { throw BenchmarkError(description: "no catalogue in \(folder)") }
        let text = try String(contentsOfFile: folder + "/" + newest, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        guard let entry = lines.firstIndex(where: { $0.contains("identity: battery-cathode-materials") }),
            let english = lines[entry...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("en: [") }),
            let close = lines[english].lastIndex(of: "]")
        else { throw BenchmarkError(description: "\(newest) has no English keywords under battery-cathode-materials") }
        lines[english].insert(contentsOf: ", \(addedKeyword)", at: close)
        let path = request.work + "/catalogue-one-keyword.yml"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// "considered N, re-evaluated N, changed N" from a reclassify.json.
    static func counts(_ json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let counts = object["counts"] as? [String: Any]
        else { return nil }
        let keys = ["considered", "reevaluated", "changed"]
        return keys.map { "\($0) \(counts[$0] as? Int ?? 0)" }.joined(separator: ", ")
    }
}
