import DossierModel
import Foundation
import Hashing
import XMLStream

/// One dossier record cut from an input, ready to be parsed and mapped on any thread.
public struct RecordJob: Sendable {
    /// The bytes to parse: the record, wrapped in its batch's root start tag when `prefixLength > 0`.
    public var bytes: [UInt8]
    /// Length of the wrapper prefix before the record, on the record's first line.
    public var prefixLength: Int
    /// Length of the wrapper suffix after the record.
    public var suffixLength: Int = 0
    /// Where the record starts: file, archive member, line and column.
    public var location: SourceLocation
    /// The record's `id` attribute as read by the splitter, for naming a malformed record.
    public var idHint: String?
    /// 0-based index of the record in its input.
    public var index: Int
    /// The USPTO assignment shape the record comes in; nil for a v1 dossier.
    public var usptoFormat: USPTOAssignmentFormat? = nil

    /// The file position of a position in `bytes`.
    public func fileLocation(line: Int, column: Int) -> SourceLocation {
        let startLine = location.line ?? 1
        let startColumn = location.column ?? 1
        if line <= 1 {
            return location.at(line: startLine, column: max(1, startColumn + column - 1 - prefixLength))
        }
        return location.at(line: startLine + line - 1, column: column > 0 ? column : nil)
    }

    /// libxml2's message with every "line N" of the parsed record turned into the file's
    /// line ("Opening and ending tag mismatch: parties line 1 and assets").
    public func fileLines(in message: String) -> String {
        guard message.contains("line ") else { return message }
        var out = ""
        var rest = Substring(message)
        while let range = rest.range(of: "line ") {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isNumber }
            if let n = Int(digits) {
                out += String(fileLocation(line: n).line ?? n)
                rest = rest.dropFirst(digits.count)
            }
        }
        return out + rest
    }

    /// The record's own bytes, without the wrapper: what its content hash covers, so the same
    /// dossier in another night's batch hashes the same.
    public var recordBytes: ArraySlice<UInt8> { bytes[prefixLength..<(bytes.count - suffixLength)] }

    /// The file position of a line in `bytes`.
    public func fileLocation(line: Int) -> SourceLocation {
        location.at(line: (location.line ?? 1) + max(line, 1) - 1, column: nil)
    }
}

/// Parses and maps one record: the part of extraction that runs on the workers.
public enum RecordReader {
    /// Parses `job` and maps it to a dossier, or to a quarantine naming the file, the
    /// dossier, the position and the reason.
    public static func read(_ job: RecordJob, validator: SchemaValidator? = nil) -> IntakeRecord {
        let record = read(parsing: job, validator: validator)
        return record.withContentHash(ContentHash.sha256(job.recordBytes))
    }

    static func read(parsing job: RecordJob, validator: SchemaValidator?) -> IntakeRecord {
        let parsed = DocumentParser.parse(job.bytes, unwrap: job.prefixLength > 0, validator: job.usptoFormat == nil ? validator : nil)
        var diagnostics: [Diagnostic] = []
        for problem in parsed.problems {
            let severity: Diagnostic.Severity = problem.level == .warning ? .warning : .error
            diagnostics.append(
                Diagnostic(
                    id: problem.diagnosticId, severity: severity, message: job.fileLines(in: problem.message),
                    location: job.fileLocation(line: problem.line, column: problem.column),
                    dossier: job.idHint, stage: .extract))
        }
        if parsed.droppedProblems > 0 {
            diagnostics.append(
                .warning(
                    "xml.too-many-problems", "\(parsed.droppedProblems) further XML problems were not recorded", at: job.location,
                    dossier: job.idHint, stage: .extract))
        }
        let wellFormed = !parsed.problems.contains { $0.level != .warning && !$0.isValidity }
        guard wellFormed, let root = parsed.root else {
            let cause =
                diagnostics.first { $0.severity == .error }
                ?? .error("xml.malformed", "the dossier is not well-formed XML", at: job.location, dossier: job.idHint, stage: .extract)
            return .quarantine(Quarantine(cause, location: job.location, dossierId: job.idHint, others: diagnostics.filter { $0 != cause }))
        }
        if let format = job.usptoFormat {
            return USPTOAssignmentReader.map(root, format: format, job: job, diagnostics: diagnostics)
        }
        var mapper = DossierMapper(location: job.location, position: { job.fileLocation(line: $0) })
        do {
            var dossier = try mapper.map(root)
            dossier.diagnostics = diagnostics + dossier.diagnostics
            return .dossier(dossier)
        } catch let error as DossierError {
            var cause = error.diagnostic
            cause.stage = .extract
            return .quarantine(Quarantine(cause, location: job.location, dossierId: job.idHint, others: diagnostics + mapper.diagnostics))
        } catch {
            let cause = Diagnostic.error("dossier.unreadable", "\(error)", at: job.location, dossier: job.idHint, stage: .extract)
            return .quarantine(Quarantine(cause, location: job.location, dossierId: job.idHint, others: diagnostics))
        }
    }
}

extension IntakeRecord {
    /// The record with its dossier's (or quarantine's) content hash set.
    public func withContentHash(_ hash: String?) -> IntakeRecord {
        switch self {
        case .dossier(var dossier):
            dossier.contentHash = hash
            return .dossier(dossier)
        case .quarantine(var quarantine):
            quarantine.contentHash = hash
            return .quarantine(quarantine)
        }
    }
}
