import DossierModel

/// One generated dossier: the values it states (with the ground truth the model has room
/// for), and, when it was generated for a bundle, the files that go beside it.
public struct GeneratedDossier: Sendable {
    /// Position in the corpus (0-based).
    public let index: Int
    /// What the XML states. `Country.code`, `Identifier.normalised` and `checkValid`, and
    /// `Classification.code` hold the truth the generator meant, for tests of later stages.
    public let dossier: Dossier
    /// Keys of the fields of technology the assets are about (`lfp-cathode`, `tea-processing`).
    public let technologies: [String]
    /// Bundle members beside `dossier.xml` (empty unless generated for a bundle).
    public let files: [GeneratedFile]
    /// An office's own namespace, whose element and attribute the dossier carries, if any.
    let officeExtension: OfficeExtension?

    /// The dossier id (`JS-2026-004211`).
    public var id: String { dossier.id }

    /// The dossier as a complete UTF-8 XML document (`<transfer-dossier>` at the root).
    public var xml: String { DossierXMLWriter.document(self) }

    /// The `<transfer-dossier>` element without XML declaration or namespace declaration,
    /// indented for a place inside `<dossier-batch>`.
    public func batchElement(indent: Int = 2) -> String {
        DossierXMLWriter.element(self, indent: indent, declareNamespace: false)
    }
}

/// A file written beside `dossier.xml` in a bundle.
public struct GeneratedFile: Sendable, Hashable {
    /// Path inside the bundle (`patents/CN112345678A.xml`).
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Elements and attributes of a province's intake system in its own namespace: allowed by
/// the format and ignored by readers.
struct OfficeExtension: Sendable, Hashable {
    let namespace: String
    let intakeReference: String
    let received: String
}
