import DossierModel
import Foundation
import Ledger
import Logging
import Packets
import PostgresLedger

/// What `outbound packet` renders: dossier packets from a pipeline's ledger.
public struct PacketRequest: Sendable {
    /// The pipeline definition whose ledger to read.
    public var definitionPath: String
    /// A ledger in place of the definition's (a SQLite path or a PostgreSQL URL).
    public var ledger: String?
    /// The dossier ids.
    public var dossierIDs: [String]
    /// The page (`html`) or the JSON (`json`).
    public var format: Format
    /// Pretty JSON (`json` only) in place of the compact line the run wrote.
    public var pretty: Bool
    /// A folder to write each packet into (`<name>.html` or `<name>.json`); nil for the
    /// standard output.
    public var outputFolder: String?

    public enum Format: String, Sendable, CaseIterable {
        case html
        case json
    }

    public init(
        definitionPath: String, ledger: String? = nil, dossierIDs: [String], format: Format, pretty: Bool = false,
        outputFolder: String? = nil
    ) {
        self.definitionPath = definitionPath
        self.ledger = ledger
        self.dossierIDs = dossierIDs
        self.format = format
        self.pretty = pretty
        self.outputFolder = outputFolder
    }
}

/// `outbound packet`: renders stored packets from the ledger, SQLite or PostgreSQL, byte for
/// byte as the run that decided each dossier wrote them (the page as `packets/<name>.html`,
/// the JSON as its line of `packets.jsonl`), for any dossier the ledger holds, whether or not
/// its files are still on disk.
public enum PacketJob {
    /// Renders the request's packets; a dossier the ledger does not know is reported
    /// (`packet.unknown-dossier`) and the others are still rendered. Returns how many were
    /// rendered; throws a `PipelineError` when the definition or the ledger cannot be used.
    public static func run(_ request: PacketRequest, output: any CommandOutput, logger: Logger) throws -> (rendered: Int, unknown: Int) {
        let definition = try PipelineDefinition.forRun(path: request.definitionPath)
        let location = request.ledger ?? definition.ledger
        let ledger = try LedgerLocation.openExisting(location, missing: "packet.no-ledger", logger: logger)
        let packets = LedgerPackets(ledger: ledger)
        let writer = try request.outputFolder.map { try AtomicFileWriter(root: $0) }
        var rendered = 0
        var unknown = 0
        for id in request.dossierIDs {
            let html = PacketPaths(dossierID: id).html
            let packet: RenderedPacket?
            do {
                packet = try packets.render(id, html: request.format == .html ? html : nil, pretty: request.pretty)
            } catch let error as PipelineError {
                throw error
            } catch {
                throw PipelineError(
                    kind: .io,
                    diagnostics: [
                        .error(
                            "ledger.read", "cannot render the packet of \(id): \(error)",
                            at: SourceLocation(file: LedgerLocation.redacted(location)),
                            dossier: id)
                    ])
            }
            guard let packet else {
                unknown += 1
                output.report([
                    .error(
                        "packet.unknown-dossier", "the ledger holds no decision or quarantine for dossier \(id)",
                        at: SourceLocation(file: LedgerLocation.redacted(location)), dossier: id)
                ])
                continue
            }
            let bytes: [UInt8]
            switch request.format {
            case .html:
                bytes = [UInt8](packet.page?.bytes ?? Data())
            case .json:
                if let pretty = packet.prettyJSON {
                    bytes = [UInt8](pretty)
                } else {
                    bytes = packet.json + [0x0A]
                }
            }
            if let writer {
                let name = PathComponent.name(for: id) + "." + request.format.rawValue
                do {
                    try writer.write(Data(bytes), to: name)
                } catch {
                    throw PipelineError(
                        kind: .io,
                        diagnostics: [
                            .error("run.write", "cannot write \(name): \(error)", at: SourceLocation(file: writer.root), dossier: id)
                        ])
                }
            } else {
                output.data(bytes)
            }
            rendered += 1
        }
        return (rendered, unknown)
    }
}
