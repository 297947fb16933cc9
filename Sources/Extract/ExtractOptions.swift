import Foundation
import OutboundCompression
import XMLStream

/// Limits and switches of the extract stage.
public struct ExtractOptions: Sendable {
    /// Limits on archives and compressed streams.
    public var limits: ArchiveLimits
    /// A dossier record longer than this is quarantined unread.
    public var maxRecordBytes: Int
    /// Plain-text attachments longer than this are cut, with a warning.
    public var maxAttachmentTextBytes: Int
    /// Largest inflated size of a gzip-compressed XML stream (a nightly batch export can be
    /// several GB); the ratio limit still stops a bomb early.
    public var maxInflatedStreamBytes: Int = 1 << 40

    /// The limits for a compressed XML stream: `limits`, with the total raised to
    /// `maxInflatedStreamBytes`.
    public var streamLimits: ArchiveLimits {
        var l = limits
        l.maxTotalSize = max(l.maxTotalSize, maxInflatedStreamBytes)
        return l
    }

    /// When set, every dossier is also validated against the v1 schema.
    public var validator: SchemaValidator?

    public init(
        limits: ArchiveLimits = ArchiveLimits(), maxRecordBytes: Int = 64 << 20, maxAttachmentTextBytes: Int = 4 << 20,
        validator: SchemaValidator? = nil
    ) {
        self.limits = limits
        self.maxRecordBytes = maxRecordBytes
        self.maxAttachmentTextBytes = maxAttachmentTextBytes
        self.validator = validator
    }
}

/// The project's XSD for the v1 dossier format, compiled once.
public enum DossierSchema {
    /// The schema's text, as shipped in the module's resources.
    public static func xsd() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "dossier-1", withExtension: "xsd") else {
            throw SchemaError(message: "the dossier schema dossier-1.xsd is missing from the installation")
        }
        return try [UInt8](Data(contentsOf: url))
    }

    /// A validator for the v1 format.
    public static func validator() throws -> SchemaValidator {
        try SchemaValidator(xsd: xsd(), name: "dossier-1.xsd")
    }
}
