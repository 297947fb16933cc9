import DossierModel

/// `outbound validate`: every dossier checked against the v1 schema (XSD) and the format's
/// rules; its errors (and, unless turned off, warnings) as diagnostics.
public enum ValidateJob {
    /// What a validation found.
    public struct Report: Sendable {
        public var summary: IntakeSummary
        /// Dossiers with an error, quarantined ones included.
        public var invalid: Int

        /// True when every dossier is valid and every input was read.
        public var isClean: Bool { invalid == 0 && summary.inputProblems == 0 }

        /// The closing line.
        public var line: String {
            let all = summary.dossiers + summary.quarantined
            return
                "validate: \(all) dossiers in \(summary.inputs) inputs: \(all - invalid) valid, \(invalid) invalid, \(summary.inputProblems) input problems"
        }
    }

    /// Throws `PipelineError` (exit 65) when the schema cannot be loaded, (exit 74) for an
    /// input path that does not exist.
    public static func run(_ request: IntakeRequest, output: any CommandOutput) throws -> Report {
        let files = try request.files()
        let flow: DossierFlow
        do {
            flow = try DossierFlow.validating()
        } catch {
            throw PipelineError(
                kind: .definition, diagnostics: [.error("validate.schema", "\(error)", at: SourceLocation(file: "dossier-1.xsd"))])
        }
        let invalid = EmitState(0)
        let summary = IntakeRunner(paths: files, flow: flow, concurrency: request.concurrency).run(
            transform: { event -> (invalid: Bool, problems: [Diagnostic]) in
                switch event {
                case .record(.dossier(let dossier)):
                    let shown = dossier.diagnostics.filter { $0.severity == .error || (request.warnings && $0.severity == .warning) }
                    return (dossier.diagnostics.contains { $0.severity == .error }, shown)
                case .record(.quarantine(let quarantine)):
                    return (false, quarantine.diagnostics)
                case .problem(let diagnostic):
                    return (false, [diagnostic])
                case .unchanged:
                    return (false, [])
                }
            },
            emit: { result in
                if result.invalid { invalid.update { $0 += 1 } }
                if !result.problems.isEmpty { output.report(result.problems) }
            })
        return Report(summary: summary, invalid: invalid.current + summary.quarantined)
    }
}
