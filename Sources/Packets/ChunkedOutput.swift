/// Bytes handed to a sink in chunks of about 64 KiB as they are rendered, so that a batch
/// file (summary, queue) of any size is written without holding it whole.
public struct ChunkedOutput {
    private var buffer: [UInt8] = []
    private let sink: ([UInt8]) throws -> Void
    private static let chunk = 1 << 16

    /// `sink` gets each chunk in order; `finish` hands it the last one.
    public init(sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    public mutating func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    public mutating func append(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Hands what is buffered to the sink.
    public mutating func finish() throws {
        try flush()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Renders into memory: the bytes `render` appends, whole.
    public static func collect(_ render: (inout ChunkedOutput) throws -> Void) throws -> [UInt8] {
        final class Bytes { var all: [UInt8] = [] }
        let bytes = Bytes()
        var output = ChunkedOutput { bytes.all.append(contentsOf: $0) }
        try render(&output)
        try output.finish()
        return bytes.all
    }
}
