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

/// Where a dossier's packets are, relative to the output folder that holds `summary.html`
/// and the queues.
public struct PacketPaths: Codable, Sendable, Hashable {
    /// The relative path of `packet.json`.
    public var json: String
    /// The relative path of `packet.html`.
    public var html: String

    public init(json: String, html: String) {
        self.json = json
        self.html = html
    }

    /// The standard layout: `packets/<folder>/packet.json` and `.../packet.html`, where the
    /// folder is `PathComponent.folderName(forDossierID:)`.
    public init(dossierID: String, under parent: String = "packets") {
        let folder = PathComponent.folderName(forDossierID: dossierID)
        let prefix = parent.isEmpty ? folder : "\(parent)/\(folder)"
        self.init(json: "\(prefix)/packet.json", html: "\(prefix)/packet.html")
    }
}
