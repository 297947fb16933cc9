import Pipeline

/// The process exit codes of ARCHITECTURE.md, and the one place that maps how a command
/// ended to one of them (`Outbound.main`).
enum ExitStatus {
    /// Every input read and every dossier processed.
    static let ok: Int32 = 0
    /// Some dossiers were quarantined or failed, or an input could not be read.
    static let someFailed: Int32 = 1
    /// The command was used wrongly.
    static let usage: Int32 = 64
    /// A bad pipeline definition or reference file (catalogue, routing table, calendar, clock
    /// settings, party list, allow-list).
    static let badDefinition: Int32 = 65
    /// An input path, the ledger or the output folder failed.
    static let ioFailure: Int32 = 74

    /// The status of a problem fatal to a command.
    static func code(for kind: PipelineError.Kind) -> Int32 {
        switch kind {
        case .usage: usage
        case .definition: badDefinition
        case .io: ioFailure
        }
    }

    /// Ends a command that did its work but not all of it succeeded (exit 1) unless `clean`.
    static func check(_ clean: Bool) throws {
        if !clean { throw CommandEnd.someFailed }
    }
}

/// How a command ended when it did not end well, after it printed its own diagnostics.
enum CommandEnd: Error {
    /// Exit 1: some dossiers quarantined or failed, or an input could not be read.
    case someFailed
    /// Exit 64, 65 or 74, the diagnostics already printed (`catalogue lint`).
    case failed(PipelineError.Kind)
}
