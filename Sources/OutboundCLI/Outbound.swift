import ArgumentParser
import Pipeline

/// The `outbound` command: security review of outbound transfers of intellectual property.
public struct Outbound: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "outbound",
        abstract: "Security review of outbound transfers of intellectual property.",
        discussion: """
            Exit codes: 0 all processed; 1 some dossiers quarantined or failed; 64 usage; \
            65 bad pipeline, catalogue or routing file; 74 I/O or ledger failure.
            """,
        version: outboundVersion,
        subcommands: [
            Run.self, Worker.self, Reclassify.self, Classify.self, Explain.self, Extract.self, Validate.self, Generate.self,
            CatalogueCommand.self, Bench.self,
        ])

    public init() {}
}
