import Foundation

/// An input file a run read.
public struct InputFile: Sendable, Hashable {
    /// The path as the pipeline definition gave it.
    public var path: String
    public var size: Int64
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String

    public init(path: String, size: Int64, sha256: String) {
        self.path = path
        self.size = size
        self.sha256 = sha256
    }
}
