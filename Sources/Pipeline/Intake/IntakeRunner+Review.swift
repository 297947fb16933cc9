import DossierModel

/// What a review run yields, in input order.
public enum ReviewEvent: Sendable {
    /// The decision on a dossier (with the dossier it was made on), or the `quarantined`
    /// decision of a dossier that could not be read (without one).
    case decision(Decision, Dossier?)
    /// A problem with an input outside any dossier.
    case problem(Diagnostic)
}

extension IntakeRunner {
    /// Runs the intake and decides every dossier on the intake threads: extract, normalise,
    /// classify, route. `transform` runs on the intake threads too; `emit` once per event, in input
    /// order, never concurrently.
    public func review<Output: Sendable>(
        with engine: ReviewEngine,
        transform: @escaping @Sendable (ReviewEvent) -> Output,
        emit: @escaping @Sendable (Output) -> Void
    ) -> IntakeSummary {
        run(
            transform: { event in
                switch event {
                case .record(.dossier(let dossier)): transform(.decision(engine.decide(dossier), dossier))
                case .record(let record): transform(.decision(engine.decide(record), nil))
                case .problem(let diagnostic): transform(.problem(diagnostic))
                case .unchanged(let id, _, let location):
                    // A review run sets no `unchanged` check; should one be set, say so rather than drop it.
                    transform(.problem(.error("run.unexpected-skip", "dossier \(id) was skipped without a decision", at: location)))
                }
            },
            emit: emit)
    }
}
