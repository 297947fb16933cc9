import CZlib
import DossierModel

/// Inflates a gzip stream as it is read, from any upstream `ByteSource`.
///
/// Several concatenated members are read as one stream (as `gzip -d` does). After the last
/// member only zero bytes may follow (tape padding); anything else is
/// `gzip.trailing-garbage`. A damaged stream is `gzip.corrupt`, one that ends early
/// `gzip.truncated`, one that does not start with `1f 8b` `gzip.not-gzip`. The total inflated
/// size and the inflation ratio are bounded (`archive.limit`), and inflation stops at the
/// limit: at most one byte past it is ever produced, and never returned.
public final class GzipReader: ByteSource {
    private enum State {
        case start, inMember, betweenMembers, finished
    }

    /// The limits in force; this reader uses `maxTotalSize` (through the budget) and the ratio.
    public let limits: ArchiveLimits
    /// The inflated bytes counted so far, shared with enclosing archives when given.
    public let budget: InflationBudget
    /// Number of gzip members started so far.
    public private(set) var memberCount = 0
    /// Bytes inflated so far by this reader.
    public private(set) var inflatedCount = 0
    /// Compressed bytes consumed so far by this reader.
    public private(set) var compressedCount = 0

    private let upstream: any ByteSource
    private let member: String?
    private let inflater: Inflater
    private let input: UnsafeMutableRawBufferPointer
    private var upstreamEnded = false
    private var state = State.start

    /// A reader of the gzip stream in `upstream`.
    /// - Parameters:
    ///   - budget: the budget of the file this stream is part of; a new one (of
    ///     `limits.maxTotalSize`) when nil.
    ///   - member: the archive member the stream is, for error messages.
    public init(upstream: any ByteSource, limits: ArchiveLimits = .default, budget: InflationBudget? = nil, member: String? = nil) throws {
        self.upstream = upstream
        self.limits = limits
        self.budget = budget ?? InflationBudget(limit: limits.maxTotalSize)
        self.member = member
        inflater = try Inflater(windowBits: MAX_WBITS + 16)
        input = .allocate(byteCount: 64 * 1024, alignment: 1)
        inflater.setInput(input.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 0)
    }

    deinit {
        input.deallocate()
    }

    public func read(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard output.count > 0 else { return 0 }
        while true {
            switch state {
            case .finished:
                return 0
            case .start:
                try fill(atLeast: 2)
                guard pendingStartsWithMagic() else { throw ArchiveError.notGzip(member: member, empty: inflater.pendingInput == 0) }
                memberCount = 1
                state = .inMember
            case .betweenMembers:
                try fill(atLeast: 2)
                if inflater.pendingInput == 0 {
                    state = .finished
                } else if pendingStartsWithMagic() {
                    inflater.reset()
                    memberCount += 1
                    state = .inMember
                } else {
                    try consumeZeroPadding()
                    state = .finished
                }
            case .inMember:
                if let produced = try inflateStep(into: output) { return produced }
            }
        }
    }

    /// One call to zlib; the byte count to return, or nil to go round again.
    private func inflateStep(into output: UnsafeMutableRawBufferPointer) throws -> Int? {
        if inflater.pendingInput == 0 { try fill(atLeast: 1) }
        let step = inflater.inflate(into: output, limit: budget.allowance)
        compressedCount += step.consumed
        if step.produced > 0 {
            inflatedCount += step.produced
            try budget.charge(step.produced, member: member)
            try limits.checkRatio(inflated: inflatedCount, compressed: compressedCount, member: member)
        }
        switch step.status {
        case Z_STREAM_END:
            state = .betweenMembers
        case Z_OK, Z_BUF_ERROR:
            if step.produced == 0 && step.consumed == 0 {
                if inflater.pendingInput > 0 {
                    throw ArchiveError.gzipCorrupt(member: member, index: memberCount, reason: "the decompressor made no progress")
                }
                if upstreamEnded { throw ArchiveError.gzipTruncated(member: member, index: memberCount, after: compressedCount) }
            }
        default:
            throw ArchiveError.gzipCorrupt(member: member, index: memberCount, reason: inflater.message)
        }
        return step.produced > 0 ? step.produced : nil
    }

    /// Reads from upstream until `count` bytes are pending or the upstream has ended.
    private func fill(atLeast count: Int) throws {
        let base = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var pending = inflater.pendingInput
        guard pending < count, !upstreamEnded else { return }
        if pending > 0, let next = inflater.nextInput, next != base {
            UnsafeMutableRawPointer(base).copyMemory(from: next, byteCount: pending)  // memmove
        }
        while pending < count && !upstreamEnded {
            let n = try upstream.read(into: UnsafeMutableRawBufferPointer(rebasing: input[pending...]))
            if n == 0 { upstreamEnded = true }
            pending += n
        }
        inflater.setInput(base, count: pending)
    }

    private func pendingStartsWithMagic() -> Bool {
        guard inflater.pendingInput >= 2, let next = inflater.nextInput else { return false }
        return next[0] == 0x1f && next[1] == 0x8b
    }

    /// Consumes the rest of the upstream, which must be all zero bytes.
    private func consumeZeroPadding() throws {
        while inflater.pendingInput > 0 {
            let next = inflater.nextInput!
            for i in 0..<inflater.pendingInput where next[i] != 0 {
                throw ArchiveError.gzipTrailingGarbage(member: member, index: memberCount)
            }
            inflater.setInput(next, count: 0)
            try fill(atLeast: 1)
        }
    }
}

extension ArchiveError {
    /// `gzip.not-gzip`: the stream does not start with the gzip signature.
    static func notGzip(member: String?, empty: Bool) -> ArchiveError {
        let what = empty ? "the stream is empty" : "the stream does not start with the gzip signature 1f 8b"
        return ArchiveError(id: "gzip.not-gzip", message: "not a gzip file: \(what)", member: member)
    }

    /// `gzip.corrupt`: zlib rejected the data of a member.
    static func gzipCorrupt(member: String?, index: Int, reason: String) -> ArchiveError {
        ArchiveError(id: "gzip.corrupt", message: "gzip member \(index) is corrupt: \(reason)", member: member)
    }

    /// `gzip.truncated`: the stream ended inside a member.
    static func gzipTruncated(member: String?, index: Int, after: Int) -> ArchiveError {
        ArchiveError(
            id: "gzip.truncated", message: "the gzip stream ends inside member \(index), after \(after) compressed bytes", member: member)
    }

    /// `gzip.trailing-garbage`: bytes after the last member that are neither a member nor zeros.
    static func gzipTrailingGarbage(member: String?, index: Int) -> ArchiveError {
        ArchiveError(
            id: "gzip.trailing-garbage",
            message: "bytes after gzip member \(index) are neither another gzip member nor zero padding", member: member)
    }
}
