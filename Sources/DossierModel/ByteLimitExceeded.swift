/// Thrown by `readAll(limit:)` when a stream is longer than allowed.
public struct ByteLimitExceeded: Error, Sendable, CustomStringConvertible {
    public var limit: Int
    public var description: String { "stream is longer than the limit of \(limit) bytes" }
}
