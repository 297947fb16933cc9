/// Gives some bytes already read (to sniff them), then the rest of the stream they came from.
public final class PrefixedByteSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: any ByteSource

    public init(prefix: [UInt8], upstream: any ByteSource) {
        self.prefix = prefix
        self.rest = upstream
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        if offset < prefix.count {
            let n = min(buffer.count, prefix.count - offset)
            prefix.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            offset += n
            if offset == prefix.count {
                prefix = []
                offset = 0
            }
            return n
        }
        return try rest.read(into: buffer)
    }
}
