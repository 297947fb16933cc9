import DossierModel
import XMLStream

/// Maps one parsed USPTO assignment record (a `<patent-assignment>` or a search API
/// `<doc>`) to a dossier, or to a quarantine naming the file, the position, the dossier id
/// and the reason. Called by `RecordReader` on the workers once the record parsed.
public enum USPTOAssignmentReader {
    /// The dossier for `root`, read in `format`; `diagnostics` are the parser's warnings.
    public static func map(_ root: ParsedElement, format: USPTOAssignmentFormat, job: RecordJob, diagnostics: [Diagnostic]) -> IntakeRecord
    {
        let position = { (line: Int) in job.fileLocation(line: line) }
        do {
            let expected = format.recordName
            guard root.name == expected else {
                throw DossierError(
                    .error("uspto.unexpected-element", "expected <\(expected)>, found <\(root.name)>", at: position(root.line)))
            }
            let assignment =
                switch format {
                case .daily: try USPTOAssignment(daily: root)
                case .searchAPI: try USPTOAssignment(searchAPI: root)
                }
            var dossier = try assignment.dossier(source: position(root.line), position: position)
            dossier.diagnostics = diagnostics + dossier.diagnostics
            return .dossier(dossier)
        } catch let error as DossierError {
            var cause = error.diagnostic
            cause.stage = .extract
            if cause.location == nil { cause.location = position(root.line) }
            if cause.dossier == nil { cause.dossier = job.idHint }
            return .quarantine(Quarantine(cause, location: job.location, dossierId: cause.dossier, others: diagnostics))
        } catch {
            let cause = Diagnostic.error("dossier.unreadable", "\(error)", at: job.location, dossier: job.idHint, stage: .extract)
            return .quarantine(Quarantine(cause, location: job.location, dossierId: job.idHint, others: diagnostics))
        }
    }
}
