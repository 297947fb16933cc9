import CZlib
import Foundation
import Testing

@testable import OutboundCompression

/// `DictionaryDeflate` compresses each blob with a copy of one primed compressor
/// (`deflateCopy`) and reads it with pooled decompressors: the streams must be the ones a
/// compressor set up afresh for each blob writes, from any number of threads, and read back.
@Suite struct DictionaryDeflateTests {
    /// Text-like blobs that share words with the dictionary and with each other.
    static func blobs(_ count: Int) -> [[UInt8]] {
        let words = ["packaging", "machine", "frame", "conveyor", "claim", "wherein", "包装机", "机架", "控制器", "130", "°C", "\u{1}", "\0"]
        return (0..<count).map { index in
            var text = "blob \(index): "
            // A different mix of the words for every blob, without a random number generator.
            for k in 0..<(50 + index % 400) { text += words[(index &* 31 &+ k &* k &* 7 &+ k) % words.count] + " " }
            return Array(text.utf8)
        }
    }

    static let dictionary = Array(String(repeating: "a packaging machine comprising a frame and a conveyor; 包装机，机架；", count: 200).utf8)

    /// The raw deflate stream of a compressor made for this blob alone (zlib's own allocator).
    static func fresh(_ bytes: [UInt8], level: Int32) -> [UInt8] {
        var stream = z_stream()
        #expect(outbound_deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK)
        defer { deflateEnd(&stream) }
        #expect(dictionary.withUnsafeBufferPointer { deflateSetDictionary(&stream, $0.baseAddress, uInt($0.count)) } == Z_OK)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 16)
        let produced = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                #expect(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return out.count - Int(stream.avail_out)
            }
        }
        return Array(output[..<produced])
    }

    @Test(arguments: [1, 6, 9])
    func writesTheStreamOfAFreshCompressorFromManyThreads(level: Int) throws {
        let blobs = Self.blobs(300)
        let deflate = DictionaryDeflate(dictionary: Self.dictionary, level: level)
        let results = Results(count: blobs.count)
        DispatchQueue.concurrentPerform(iterations: blobs.count) { index in
            results.set(index, Result { try deflate.compress(blobs[index]) })
        }
        for (index, blob) in blobs.enumerated() {
            let stream = try results.get(index).get()
            #expect(stream == Self.fresh(blob, level: Int32(level)), "blob \(index)")
            #expect(try deflate.decompress(stream) == blob, "blob \(index)")
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Result<[UInt8], any Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<[UInt8], any Error>) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
        func get(_ index: Int) -> Result<[UInt8], any Error> {
            lock.lock()
            defer { lock.unlock() }
            return values[index]!
        }
    }
}
