import Foundation
import OutboundCompression

/// A `<dossier-batch>` file written as the dossiers come, plain or gzip-compressed, so that
/// a batch of any size is written with flat memory.
final class BatchFile {
    /// The path the file is written to.
    let path: String
    /// Dossiers written so far.
    private(set) var count = 0
    private let plain: FileHandle?
    private let gzip: GzipWriter?
    private var pending = ""
    private static let flushSize = 1 << 20

    /// Creates the file and writes the XML declaration and the `<dossier-batch>` start tag.
    init(path: String, compressed: Bool, exported: String, source: String) throws {
        self.path = path
        if compressed {
            gzip = try GzipWriter(path: path, level: 6)
            plain = nil
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else {
                throw CorpusWriterError.cannotCreate(path)
            }
            plain = handle
            gzip = nil
        }
        pending =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dossier-batch xmlns=\"\(DossierXMLWriter.namespace)\" exported=\"\(exported)\" source=\"\(source)\">\n"
    }

    /// Appends one dossier.
    func append(_ dossier: GeneratedDossier) throws {
        pending += dossier.batchElement(indent: 2)
        count += 1
        if pending.utf8.count >= Self.flushSize { try flush() }
    }

    /// Writes the end tag and closes the file.
    func close() throws {
        pending += "</dossier-batch>\n"
        try flush()
        if let gzip { try gzip.close() }
        if let plain { try plain.close() }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        if let gzip {
            try gzip.write(pending)
        } else if let plain {
            try plain.write(contentsOf: Data(pending.utf8))
        }
        pending = ""
    }
}

/// Why a corpus could not be written.
public enum CorpusWriterError: Error, Sendable, CustomStringConvertible {
    case cannotCreate(String)
    case invalidOptions(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path): "cannot create \(path)"
        case .invalidOptions(let reason): "invalid generator options: \(reason)"
        }
    }
}
