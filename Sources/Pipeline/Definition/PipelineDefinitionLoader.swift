import Catalogue
import DossierModel
import Foundation
import Hashing

/// Reads a pipeline definition (`kind: pipeline`), checking every key and value; every
/// problem carries the line and column of the node at fault and an id starting `pipeline.`.
public enum PipelineDefinitionLoader {
    /// The `kind` a pipeline definition declares.
    public static let kind = "pipeline"
    static let requiredKeys = ["kind", "id", "title", "inputs", "references", "stages", "ledger", "output"]
    static let optionalKeys = ["concurrency", "packets", "limits", "note", "reclassify"]
    static let referenceKeys = ["catalogues", "routing", "calendars", "clocks", "party-lists", "allow-list", "screening-threshold"]
    static let packetKeys = ["formats", "summary", "queues"]
    static let limitKeys = ["member-size", "total-size", "ratio", "members", "nesting-depth", "record-size"]
    static let formats: [String: [String]] = ["formats": ["html", "jsonl"], "summary": ["json", "html"], "queues": ["csv", "jsonl"]]

    /// The definition in the file at `path`; throws the first problem as a `ReferenceFileError`.
    public static func load(path: String) throws -> PipelineDefinition {
        let (text, hash) = try ReferenceYAML.read(path: path, prefix: "pipeline")
        return try ReferenceYAML.value(
            read(text: text, file: path, sha256: hash), file: path, prefix: "pipeline", what: "pipeline definition")
    }

    /// The definition (nil when any problem was found) and every problem, in file order.
    static func read(text: String, file: String, sha256: String) -> (PipelineDefinition?, [ReferenceFileError]) {
        ReferenceYAML.read(text: text, file: file, prefix: "pipeline") { root, reader in
            reader.pipelineDefinition(root, file: file, sha256: sha256)
        }
    }

    /// A size written as bytes (`1048576`) or with a unit (`256 MiB`, `2 GiB`, `64 KiB`,
    /// `10 MB`); nil when it is neither.
    static func size(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let bytes = Int(trimmed), bytes > 0 { return bytes }
        let units: [(String, Int)] = [
            ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("TiB", 1 << 40),
            ("KB", 1000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("TB", 1_000_000_000_000),
        ]
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            let number = trimmed.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
            guard let value = Double(number), value > 0, value * Double(factor) < Double(Int.max) else { return nil }
            return Int(value * Double(factor))
        }
        return nil
    }
}

extension ReferenceNodeReader {
    /// The whole pipeline definition.
    mutating func pipelineDefinition(_ root: ReferenceNode, file: String, sha256: String) -> PipelineDefinition? {
        // A re-classification reads the ledger, not inputs: no `inputs`, no `stages`.
        let reclassifies = root.mapping?["reclassify"] != nil
        let required = PipelineDefinitionLoader.requiredKeys.filter { !reclassifies || ($0 != "inputs" && $0 != "stages") }
        guard
            let header = fields(
                root, of: "the pipeline definition", required: required,
                optional: PipelineDefinitionLoader.optionalKeys + (reclassifies ? ["inputs", "stages"] : []))
        else { return nil }
        expectKind(header, PipelineDefinitionLoader.kind)
        let id = identity(header, "id")
        let title = text(header, "title")
        _ = header["note"].map { text($0, "'note' of the pipeline definition") }
        let reclassify = header["reclassify"].flatMap { pipelineReclassify($0) }
        for key in ["inputs", "stages"] where reclassifies && header[key] != nil {
            report(
                "catalogue.bad-value", "a 'reclassify' pipeline reads the dossiers stored in its ledger: remove '\(key)'", at: header[key])
        }
        let inputs = reclassifies ? [] : texts(header, "inputs")
        if !reclassifies, let inputs, inputs.isEmpty {
            report("catalogue.empty-value", "'inputs' must name at least one file or folder", at: header["inputs"])
        }
        let references = header["references"].flatMap { pipelineReferences($0) }
        let stages = reclassifies ? [] : pipelineStages(header)
        var concurrency: Int?
        if let node = header["concurrency"], let raw = text(node, "'concurrency'") {
            if raw != "auto" {
                if let value = Int(raw), (1...1024).contains(value) {
                    concurrency = value
                } else {
                    report("catalogue.bad-number", "'concurrency' must be 'auto' or a whole number from 1 to 1024, not '\(raw)'", at: node)
                }
            }
        }
        let ledger = text(header, "ledger")
        if let ledger, !(ledger.hasPrefix("postgresql://") || ledger.hasPrefix("postgres://")) {
            let path = ledger.hasPrefix("sqlite:") ? String(ledger.dropFirst("sqlite:".count)) : ledger
            if path.isEmpty || path.contains("://") {
                report(
                    "catalogue.bad-value",
                    "'ledger' must be a SQLite file path (optionally 'sqlite:PATH') or a postgresql:// URL, not '\(ledger)'",
                    at: header["ledger"])
            }
        }
        let output = text(header, "output")
        let packets =
            header["packets"].map { pipelinePackets($0) }
            ?? PipelineDefinition.PacketSettings(formats: ["html", "jsonl"], summary: ["json", "html"], queues: ["csv", "jsonl"])
        let limits = header["limits"].map { pipelineLimits($0) } ?? PipelineDefinition.Limits()
        guard let id, let title, let inputs, let references, let stages, let ledger, let output, let packets else { return nil }
        if reclassifies, reclassify == nil { return nil }
        return PipelineDefinition(
            id: id, title: title, inputs: inputs, references: references, stages: stages, concurrency: concurrency,
            ledger: ledger, output: output, packets: packets, limits: limits,
            reference: ReferenceUse(kind: PipelineDefinitionLoader.kind, id: id, path: file, sha256: sha256),
            reclassify: reclassify)
    }

    /// `references:`.
    mutating func pipelineReferences(_ node: ReferenceNode) -> PipelineDefinition.References? {
        guard
            let fields = fields(
                node, of: "'references'", required: ["catalogues", "routing", "calendars", "clocks"],
                optional: ["party-lists", "allow-list", "screening-threshold"])
        else { return nil }
        let catalogues = text(fields, "catalogues")
        let routing = text(fields, "routing")
        let calendars = text(fields, "calendars")
        let clocks = text(fields, "clocks")
        let lists = fields["party-lists"] == nil ? [] : texts(fields, "party-lists")
        let allowList = fields["allow-list"] == nil ? nil : text(fields, "allow-list")
        var threshold: Double?
        if fields["screening-threshold"] != nil {
            threshold = number(fields, "screening-threshold")
            if let value = threshold, !(0...1).contains(value) {
                report("catalogue.bad-number", "'screening-threshold' must lie between 0 and 1", at: fields["screening-threshold"])
            }
        }
        if allowList != nil, lists?.isEmpty ?? true {
            report("catalogue.bad-value", "'allow-list' is given but 'party-lists' names no list", at: fields["allow-list"])
        }
        guard let catalogues, let routing, let calendars, let clocks, let lists else { return nil }
        return PipelineDefinition.References(
            catalogues: catalogues, routing: routing, calendars: calendars, clocks: clocks,
            partyLists: lists, allowList: allowList, screeningThreshold: threshold)
    }

    /// `stages:`: a list of stage names that begins with `extract` and follows the order of
    /// the data (each stage needs the one before it).
    mutating func pipelineStages(_ header: ReferenceFields) -> [PipelineStage]? {
        guard let nodes = list(header, "stages") else { return nil }
        var stages: [PipelineStage] = []
        for node in nodes {
            guard let name = text(node, "an item of 'stages'") else { continue }
            guard let stage = PipelineStage(rawValue: name) else {
                report(
                    "catalogue.bad-value",
                    "unknown stage '\(name)'; stages are \(PipelineStage.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
                continue
            }
            let expected = PipelineStage.allCases[stages.count]
            if stage != expected {
                report(
                    "catalogue.bad-value",
                    "stage '\(name)' is out of order: stages run \(PipelineStage.allCases.map(\.rawValue).joined(separator: " -> ")), each needing the one before, so '\(expected.rawValue)' comes here",
                    at: node)
                return nil
            }
            stages.append(stage)
        }
        if stages.isEmpty {
            report("catalogue.empty-value", "'stages' must list at least 'extract'", at: header["stages"])
            return nil
        }
        return stages
    }

    /// `packets:`.
    mutating func pipelinePackets(_ node: ReferenceNode) -> PipelineDefinition.PacketSettings? {
        guard let fields = fields(node, of: "'packets'", required: [], optional: PipelineDefinitionLoader.packetKeys) else { return nil }
        var chosen: [String: [String]] = [:]
        for key in PipelineDefinitionLoader.packetKeys {
            let allowed = PipelineDefinitionLoader.formats[key] ?? []
            guard fields[key] != nil else {
                chosen[key] = allowed
                continue
            }
            let values = texts(fields, key) ?? []
            for (value, item) in zip(values, fields[key]?.sequence.map(Array.init) ?? []) where !allowed.contains(value) {
                if key == "formats" && value == "json" {
                    // The folder per dossier (packet.json beside packet.html) is gone: the
                    // JSON is in the page and in the run's packets.jsonl.
                    report(
                        "catalogue.bad-value",
                        "'json' is no longer a packet format: each packet's JSON is embedded in its page (html) and written to the run's packets.jsonl (jsonl); write 'formats: [html, jsonl]'",
                        at: item)
                    continue
                }
                report(
                    "catalogue.bad-value", "'\(value)' is not a format of '\(key)'; choose from \(allowed.joined(separator: ", "))",
                    at: item)
            }
            chosen[key] = values.filter { allowed.contains($0) }
        }
        return PipelineDefinition.PacketSettings(
            formats: chosen["formats"] ?? [], summary: chosen["summary"] ?? [], queues: chosen["queues"] ?? [])
    }

    /// `limits:`: sizes in bytes or with a unit, counts as whole numbers.
    mutating func pipelineLimits(_ node: ReferenceNode) -> PipelineDefinition.Limits {
        var limits = PipelineDefinition.Limits()
        guard let fields = fields(node, of: "'limits'", required: [], optional: PipelineDefinitionLoader.limitKeys) else { return limits }
        func size(_ key: String) -> Int? {
            guard let raw = text(fields, key) else { return nil }
            guard let value = PipelineDefinitionLoader.size(raw) else {
                report(
                    "catalogue.bad-number", "'\(key)' must be a size in bytes or with a unit (KiB, MiB, GiB), not '\(raw)'", at: fields[key]
                )
                return nil
            }
            return value
        }
        func count(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard fields[key] != nil, let value = integer(fields, key) else { return nil }
            guard range.contains(value) else {
                report("catalogue.bad-number", "'\(key)' must lie between \(range.lowerBound) and \(range.upperBound)", at: fields[key])
                return nil
            }
            return value
        }
        if fields["member-size"] != nil { limits.memberBytes = size("member-size") }
        if fields["total-size"] != nil { limits.totalBytes = size("total-size") }
        if fields["record-size"] != nil { limits.recordBytes = size("record-size") }
        limits.ratio = count("ratio", 2...100_000)
        limits.members = count("members", 1...10_000_000)
        limits.nestingDepth = count("nesting-depth", 0...16)
        return limits
    }
}
