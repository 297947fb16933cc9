import DossierModel
import XMLStream

/// The dossier records of one XML stream: a `<dossier-batch>` or a single
/// `<transfer-dossier>`, in any encoding the format allows.
final class RecordStream {
    private let splitter: RecordSplitter
    private let location: SourceLocation
    private var checkedRoot = false
    private var wrapper: (prefix: [UInt8], suffix: [UInt8])?
    private var rejected = false

    init(source: ByteSource, location: SourceLocation, options: ExtractOptions) throws {
        let (utf8, _) = try TextDecoding.utf8Stream(from: source)
        splitter = RecordSplitter(source: utf8, recordNames: ["transfer-dossier"], maxRecordBytes: options.maxRecordBytes)
        self.location = location
    }

    /// The next item; nil at the end of the stream.
    func next() throws -> InputItem? {
        if rejected { return nil }
        if !checkedRoot {
            checkedRoot = true
            let root = try splitter.root()
            switch root {
            case "dossier-batch":
                wrapper = splitter.wrapper
            case "transfer-dossier", nil:
                wrapper = nil
            case let other?:
                rejected = true
                return .problem(.error("input.unknown-format", "the root element <\(other)> is not a dossier format this version reads (expected <dossier-batch> or <transfer-dossier>)", at: location.at(line: 1, column: nil), stage: .extract))
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
            return .record(RecordJob(bytes: bytes, prefixLength: prefixLength, suffixLength: suffixLength, location: location.at(line: record.line, column: record.column), idHint: record.idAttribute, index: record.index))
        case .problem(let problem):
            let diagnostic = Diagnostic.error(problem.id, problem.message, at: location.at(line: problem.line, column: problem.column), dossier: problem.recordId, stage: .extract)
            if problem.recordIndex != nil {
                return .done(.quarantine(Quarantine(diagnostic, location: diagnostic.location!, dossierId: problem.recordId)))
            }
            return .problem(diagnostic)
        }
    }

    /// A diagnostic for an error that stopped the stream.
    func failure(_ error: Error) -> Diagnostic {
        var d = inputFailure(error, location: location)
        d.notes.append("dossiers after this point in the input were not read")
        return d
    }
}
