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
    /// Runs the intake and takes every dossier on to the flow's `decide` on the intake
    /// threads: read, normalise, classify, route. `transform` runs on the intake threads too;
    /// `emit` once per event, in input order, never concurrently. The flow needs an engine.
    public func review<Output: Sendable>(
        transform: @escaping @Sendable (ReviewEvent) -> Output,
        emit: @escaping @Sendable (Output) -> Void
    ) -> IntakeSummary {
        let flow = self.flow
        return run(
            transform: { event in
                switch event {
                case .record(.dossier(let dossier)): transform(.decision(flow.decide(dossier), dossier))
                case .record(let record): transform(.decision(flow.decide(record), nil))
                case .problem(let diagnostic): transform(.problem(diagnostic))
                case .unchanged(let id, _, let location):
                    // A review run sets no `unchanged` check; should one be set, say so rather than drop it.
                    transform(.problem(.error("run.unexpected-skip", "dossier \(id) was skipped without a decision", at: location)))
                }
            },
            emit: emit)
    }
}
