import ArgumentParser
import Foundation
import Pipeline

/// The `outbound` command: security review of outbound transfers of intellectual property.
public struct Outbound: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "outbound",
        abstract: "Security review of outbound transfers of intellectual property.",
        discussion: """
            Exit codes: 0 all processed; 1 some dossiers quarantined or failed, or an input \
            unreadable; 64 usage; 65 bad pipeline definition or reference file (catalogue, \
            routing table, calendar, clock settings, party list, allow-list); 74 an input path, \
            the ledger or the output folder failed. Every diagnostic id: docs/diagnostics.md.
            """,
        version: outboundVersion,
        subcommands: [
            Run.self, Worker.self, Reclassify.self, Packet.self, Classify.self, Explain.self, Extract.self, Validate.self, Generate.self,
            CatalogueCommand.self, Serve.self, Bench.self,
        ])

    public init() {}

    /// Parses the command line and runs the command; the one place where how a command ended
    /// becomes the exit status (`ExitStatus`) and a fatal problem's diagnostics are printed.
    public static func main() {
        let console = Console.shared
        do {
            var command = try parseAsRoot()
            try command.run()
            console.finish()
        } catch let error as PipelineError {
            console.report(error.diagnostics)
            console.finish()
            Foundation.exit(ExitStatus.code(for: error.kind))
        } catch CommandEnd.someFailed {
            console.finish()
            Foundation.exit(ExitStatus.someFailed)
        } catch CommandEnd.failed(let kind) {
            console.finish()
            Foundation.exit(ExitStatus.code(for: kind))
        } catch {
            // ArgumentParser's own: help, version, usage errors (exit 64).
            console.finish()
            exit(withError: error)
        }
    }
}
