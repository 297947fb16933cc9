import Foundation

/// Renders `summary.json`.
public enum SummaryJSON {
    /// The bytes of `summary.json`: canonical JSON with sorted keys and a final newline.
    public static func render(_ summary: BatchSummary) throws -> Data {
        try CanonicalJSON.encode(summary, pretty: true)
    }
}
