import DossierModel
import XMLStream

/// The dossier records of one XML stream: a `<dossier-batch>` or a single
/// `<transfer-dossier>`, or the USPTO assignments of a daily file or an assignment search
/// API response (`USPTOAssignmentFormat`), in any encoding the format allows.
///
/// Public so that a stream held in memory (a fuzz input, a test) is read exactly as
/// `InputReader` reads a file's XML.
public final class RecordStream {
    private let splitter: RecordSplitter
    private let location: SourceLocation
    private var checkedRoot = false
    private var wrapper: (prefix: [UInt8], suffix: [UInt8])?
    private var rejected = false

    public init(source: any ByteSource, location: SourceLocation, options: ExtractOptions) throws {
        let (utf8, _) = try TextDecoding.utf8Stream(from: source)
        let sniffed = Self.sniff(utf8)
        usptoFormat = sniffed.uspto
        splitter = RecordSplitter(
            source: SniffedSource(head: sniffed.head, error: sniffed.error, upstream: utf8),
            recordNames: [sniffed.uspto?.recordName ?? "transfer-dossier"], maxRecordBytes: options.maxRecordBytes)
        self.location = location
    }

    /// The USPTO assignment shape of the stream, nil for the dossier format.
    private let usptoFormat: USPTOAssignmentFormat?

    /// Reads the start of the stream until its root element is known (at most
    /// `USPTOAssignmentFormat.maxSniffBytes`), to choose the record elements to cut. A read
    /// error is kept for the splitter to meet where the stream broke.
    private static func sniff(_ source: any ByteSource) -> (head: [UInt8], uspto: USPTOAssignmentFormat?, error: (any Error)?) {
        var head: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while head.count < USPTOAssignmentFormat.maxSniffBytes {
            let n: Int
            do {
                n = try readFully(source, into: &chunk)
            } catch {
                return (head, nil, error)
            }
            head += chunk[0..<n]
            let atEnd = n < chunk.count
            if let root = try? RecordSplitter(source: MemoryByteSource(head), recordNames: []).root(),
                atEnd || !USPTOAssignmentFormat.needsMoreHead(root: root, head: head)
            {
                return (head, USPTOAssignmentFormat.detect(root: root, head: head), nil)
            }
            if atEnd { break }
        }
        return (head, nil, nil)
    }

    /// The next item; nil at the end of the stream.
    public func next() throws -> InputItem? {
        if rejected { return nil }
        if !checkedRoot {
            checkedRoot = true
            let root = try splitter.root()
            switch root {
            case "dossier-batch":
                wrapper = splitter.wrapper
            case "transfer-dossier", nil:
                wrapper = nil
            case _ where usptoFormat != nil:
                wrapper = nil
            case let other?:
                rejected = true
                return .problem(
                    .error(
                        "input.unknown-format",
                        "the root element <\(other)> is not a dossier format this version reads (expected <dossier-batch> or <transfer-dossier>, or a USPTO <us-patent-assignments> or assignment search <response>)",
                        at: location.at(line: 1, column: nil), stage: .extract))
            }
        }
        guard let item = try splitter.next() else { return nil }
        switch item {
        case .record(let record):
            var bytes = record.bytes
            var prefixLength = 0
            var suffixLength = 0
            if let wrapper {
                bytes = wrapper.prefix + record.bytes + wrapper.suffix
                prefixLength = wrapper.prefix.count
                suffixLength = wrapper.suffix.count
            }
            var job = RecordJob(
                bytes: bytes, prefixLength: prefixLength, suffixLength: suffixLength,
                location: location.at(line: record.line, column: record.column), idHint: record.idAttribute, index: record.index)
            if let usptoFormat {
                job.usptoFormat = usptoFormat
                job.idHint = usptoFormat.idHint(in: record.bytes)
            }
            return .record(job)
        case .problem(let problem):
            let diagnostic = Diagnostic.error(
                problem.id, problem.message, at: location.at(line: problem.line, column: problem.column), dossier: problem.recordId,
                stage: .extract)
            if problem.recordIndex != nil {
                return .done(.quarantine(Quarantine(diagnostic, location: diagnostic.location!, dossierId: problem.recordId)))
            }
            return .problem(diagnostic)
        }
    }

    /// A diagnostic for an error that stopped the stream.
    public func failure(_ error: any Error) -> Diagnostic {
        var d = inputFailure(error, location: location)
        d.notes.append("dossiers after this point in the input were not read")
        return d
    }
}

/// The bytes the sniff read, then the error that stopped it, if any, else the rest of the stream.
private final class SniffedSource: ByteSource {
    private let head: PrefixedByteSource
    private var error: (any Error)?

    init(head: [UInt8], error: (any Error)?, upstream: any ByteSource) {
        self.head = PrefixedByteSource(prefix: head, upstream: error == nil ? upstream : MemoryByteSource([]))
        self.error = error
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try head.read(into: buffer)
        if n == 0, buffer.count > 0, let error { throw error }
        return n
    }
}
