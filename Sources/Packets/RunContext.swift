/// The run a packet or summary was made in: given by the caller, never read from a clock,
/// so the same inputs render the same bytes.
public struct RunContext: Codable, Sendable, Hashable {
    /// The run's id in the ledger (or any id the caller chooses).
    public var runID: String
    /// When the run generated its outputs, exactly as the caller gives it (ISO 8601 is usual).
    public var generatedAt: String
    /// The Outbound version that rendered the outputs.
    public var outboundVersion: String

    public init(runID: String, generatedAt: String, outboundVersion: String) {
        self.runID = runID
        self.generatedAt = generatedAt
        self.outboundVersion = outboundVersion
    }
}

/// Where a dossier's packet is, relative to the output folder that holds `summary.html` and
/// the queues: its own page `packets/<name>.html` (the packet's JSON embedded in it), and its
/// line in the run's `packets.jsonl`.
public struct PacketPaths: Codable, Sendable, Hashable {
    /// The relative path of the packet's page; nil when the run writes no per-dossier files
    /// (`packets.formats: [jsonl]`).
    public var html: String?
    /// The packet's line in `packets.jsonl` (from 1); nil when the run writes no such file or
    /// has not numbered the line yet.
    public var line: Int?

    public init(html: String?, line: Int? = nil) {
        self.html = html
        self.line = line
    }

    /// The standard layout: `packets/<name>.html`, where the name is
    /// `PathComponent.fileName(forDossierID:)`; `html: false` for a run that writes no pages.
    public init(dossierID: String, html: Bool = true, under parent: String = "packets") {
        guard html else {
            self.init(html: nil)
            return
        }
        let name = PathComponent.fileName(forDossierID: dossierID)
        self.init(html: parent.isEmpty ? name : "\(parent)/\(name)")
    }

    /// The name of a run's bulk packet file.
    public static let jsonl = "packets.jsonl"

    enum CodingKeys: String, CodingKey {
        case html
        case line = "jsonl_line"
    }
}
