import ArgumentParser
import Foundation
import Pipeline

extension Outbound {
    /// `outbound packet [PIPELINE] ID... [--format html|json] [--pretty] [--out DIR] [--ledger L]`.
    struct Packet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render stored packets from the ledger, byte for byte as the run that decided each dossier wrote them.",
            discussion: """
                Reads the pipeline's ledger (SQLite or PostgreSQL) and renders the packet of each \
                dossier id's current decision (or the quarantine that replaced it): the page the \
                run wrote as packets/<id>.html (--format html, the default), or the packet's line \
                of the run's packets.jsonl (--format json; --pretty indents it). One packet goes to \
                the standard output; with --out DIR each is written to DIR/<id>.html or .json. \
                Exit 1 when an id is not in the ledger (the others are still rendered), 74 when \
                the ledger cannot be read. See docs/packet-format.md.
                """)

        @Argument(help: "A pipeline definition (its ledger is read) followed by dossier ids; the definition may be left out.")
        var arguments: [String]

        @Option(help: "html (the packet's page) or json (its JSON).")
        var format: String = "html"

        @ArgumentParser.Flag(help: "Indented JSON (with --format json) in place of the compact line the run wrote.")
        var pretty = false

        @Option(name: .customLong("out"), help: "A folder to write each packet into, in place of the standard output.")
        var out: String?

        @Option(help: "A ledger in place of the definition's (a SQLite path or a postgresql:// URL).")
        var ledger: String?

        /// The definition and the ids: the first argument is the definition when it names a
        /// YAML file.
        var split: (definition: String, ids: [String]) {
            if let first = arguments.first, first.hasSuffix(".yml") || first.hasSuffix(".yaml") {
                return (first, Array(arguments.dropFirst()))
            }
            return ("pipelines/nightly.yml", arguments)
        }

        func validate() throws {
            guard PacketRequest.Format(rawValue: format) != nil else { throw ValidationError("--format must be html or json") }
            if pretty && format != "json" { throw ValidationError("--pretty goes with --format json") }
            let ids = split.ids
            guard !ids.isEmpty else { throw ValidationError("give at least one dossier id") }
            if out == nil && format == "html" && ids.count > 1 {
                throw ValidationError("several pages go to a folder: give --out DIR (or --format json for JSON lines)")
            }
        }

        func run() throws {
            let (definition, ids) = split
            let request = PacketRequest(
                definitionPath: definition, ledger: ledger, dossierIDs: ids, format: PacketRequest.Format(rawValue: format) ?? .html,
                pretty: pretty, outputFolder: out)
            let result = try PacketJob.run(request, output: Console.shared, logger: RunLogging.logger(format: .plain))
            if let out { Console.shared.line("\(result.rendered) packet\(result.rendered == 1 ? "" : "s") written to \(out)") }
            if result.unknown > 0 { throw CommandEnd.someFailed }
        }
    }
}
