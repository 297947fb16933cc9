import Foundation
import OutboundCompression

/// Lays a generated corpus out in a directory in one of the layouts (`CorpusLayout`),
/// writing each dossier as it is generated: memory stays flat whatever the count.
public struct CorpusWriter: Sendable {
    public let options: GeneratorOptions

    public init(options: GeneratorOptions) {
        self.options = options
    }

    /// Writes the corpus into `directory` (created if needed) and says what was written.
    public func write(to directory: String) throws -> CorpusSummary {
        guard options.count >= 0 else { throw CorpusWriterError.invalidOptions("count must not be negative") }
        guard options.dossiersPerBatch > 0 else { throw CorpusWriterError.invalidOptions("dossiers per batch must be positive") }
        if let province = options.province, Province.named(province) == nil {
            throw CorpusWriterError.invalidOptions(
                "unknown province \(province); known: \(Province.all.map(\.code).joined(separator: ", "))")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CorpusWriterError.cannotCreate(directory)
        }
        var run = Run(directory: directory, options: options)
        let generator = DossierGenerator(options: options)
        for index in 0..<options.count {
            switch options.layout {
            case .files: try run.single(generator.dossier(at: index))
            case .batch: try run.batched(generator.dossier(at: index), compressed: false)
            case .gzip: try run.batched(generator.dossier(at: index), compressed: true)
            case .bundles: try run.bundle(generator.dossier(at: index, bundled: true), zip: index % 2 == 0)
            case .mixed:
                // A fixed pattern of 20: 5 single files, 2 bundles, 13 in batches (plain and gzip).
                switch index % 20 {
                case 0, 4, 8, 12, 16: try run.single(generator.dossier(at: index))
                case 6, 17: try run.bundle(generator.dossier(at: index, bundled: true), zip: index % 20 == 6)
                case let slot: try run.batched(generator.dossier(at: index), compressed: slot % 2 == 1)
                }
            }
        }
        try run.finish()
        return run.summary
    }

    /// The state of one write: open batches and what has been written.
    private struct Run {
        let directory: String
        let options: GeneratorOptions
        var summary = CorpusSummary(files: [], dossiers: 0, bytes: 0)
        var plainBatch: BatchFile?
        var gzipBatch: BatchFile?
        var batchNumber = 0

        init(directory: String, options: GeneratorOptions) {
            self.directory = directory
            self.options = options
        }

        mutating func single(_ dossier: GeneratedDossier) throws {
            let name = "\(dossier.id).xml"
            let path = directory + "/" + name
            guard FileManager.default.createFile(atPath: path, contents: Data(dossier.xml.utf8)) else {
                throw CorpusWriterError.cannotCreate(path)
            }
            try record(name, dossiers: 1)
        }

        mutating func batched(_ dossier: GeneratedDossier, compressed: Bool) throws {
            var batch = compressed ? gzipBatch : plainBatch
            if batch == nil {
                batchNumber += 1
                let name = "batch-\(IdentifierFactory.pad(batchNumber, 4)).xml\(compressed ? ".gz" : "")"
                let last = options.filingYears.upperBound
                batch = try BatchFile(
                    path: directory + "/" + name, compressed: compressed, exported: "\(last + 1)-01-0\(1 + batchNumber % 9)",
                    source: options.province ?? "CN")
            }
            try batch!.append(dossier)
            if batch!.count >= options.dossiersPerBatch {
                try close(batch!)
                batch = nil
            }
            if compressed { gzipBatch = batch } else { plainBatch = batch }
        }

        mutating func bundle(_ dossier: GeneratedDossier, zip: Bool) throws {
            let entries =
                [ArchiveEntry(name: "dossier.xml", bytes: Array(dossier.xml.utf8))]
                + dossier.files.map { ArchiveEntry(name: $0.path, bytes: $0.bytes) }
            let name = "\(dossier.id)\(zip ? ".zip" : ".tar.gz")"
            if zip {
                try ZipWriter.write(entries: entries, to: directory + "/" + name, deflate: true)
            } else {
                try TarWriter.write(entries: entries, to: directory + "/" + name, gzip: true)
            }
            try record(name, dossiers: 1)
        }

        mutating func finish() throws {
            if let plainBatch { try close(plainBatch) }
            if let gzipBatch { try close(gzipBatch) }
            plainBatch = nil
            gzipBatch = nil
        }

        private mutating func close(_ batch: BatchFile) throws {
            try batch.close()
            try record(String(batch.path.dropFirst(directory.count + 1)), dossiers: batch.count)
        }

        private mutating func record(_ name: String, dossiers: Int) throws {
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + name)
            summary.files.append(name)
            summary.dossiers += dossiers
            summary.bytes += (attributes[.size] as? NSNumber)?.intValue ?? 0
        }
    }
}

/// What a corpus write produced.
public struct CorpusSummary: Sendable, Hashable, Codable {
    /// Paths of the files written, relative to the directory, in the order they were closed.
    public var files: [String]
    /// Dossiers written.
    public var dossiers: Int
    /// Bytes written on disk.
    public var bytes: Int

    public init(files: [String], dossiers: Int, bytes: Int) {
        self.files = files
        self.dossiers = dossiers
        self.bytes = bytes
    }
}
