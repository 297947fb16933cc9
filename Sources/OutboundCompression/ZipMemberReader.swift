import CZlib
import DossierModel

/// The inflated bytes of one zip member, read straight from the archive file.
///
/// Output is capped at the declared size plus one byte (to notice a stream that is longer
/// than declared) and at the budget plus one byte, so a lying header never makes it inflate
/// past a limit; that extra byte is never returned. At the end it checks that the data
/// filled exactly the declared sizes and that the CRC-32 matches.
final class ZipMemberReader: ByteSource {
    private let source: any RandomAccessByteSource
    private let member: ZipMember
    private let limits: ArchiveLimits
    private let budget: InflationBudget
    private let inflater: Inflater?
    private let input: UnsafeMutableRawBufferPointer
    private var nextCompressed: Int
    private var compressedLeft: Int
    private var produced = 0
    private var crc = CRC32()
    private var finished = false

    init(source: any RandomAccessByteSource, member: ZipMember, limits: ArchiveLimits, budget: InflationBudget) throws {
        self.source = source
        self.member = member
        self.limits = limits
        self.budget = budget
        inflater = member.method == .deflate ? try Inflater(windowBits: -MAX_WBITS) : nil
        input = .allocate(byteCount: 64 * 1024, alignment: 1)
        nextCompressed = member.dataOffset
        compressedLeft = member.compressedSize
        inflater?.setInput(input.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 0)
    }

    deinit {
        input.deallocate()
    }

    func read(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard output.count > 0, !finished else { return 0 }
        let n = try inflater == nil ? readStored(into: output) : readDeflated(into: output)
        if n > 0 {
            crc.update(UnsafeRawBufferPointer(rebasing: output[0..<n]))
            try budget.charge(n, member: member.name)
        }
        if finished { try verify() }
        return n
    }

    /// Copies stored bytes, never more than the declared size or the budget allows.
    private func readStored(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        let want = min(output.count, compressedLeft, budget.allowance)
        if want == 0 {
            finished = true
            return 0
        }
        let n = try source.read(at: nextCompressed, into: UnsafeMutableRawBufferPointer(rebasing: output[0..<want]))
        guard n == want else { throw ArchiveError.zipTruncated("the data of '\(member.name)' is cut short", member: member.name) }
        nextCompressed += n
        compressedLeft -= n
        produced += n
        if compressedLeft == 0 { finished = true }
        return n
    }

    /// Inflates into `output`: one call to zlib per round, refilling the input as needed.
    private func readDeflated(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        let inflater = inflater!
        while true {
            if inflater.pendingInput == 0 && compressedLeft > 0 { try refill(inflater) }
            let declaredLeft = member.uncompressedSize - produced
            let allowance = min(declaredLeft == Int.max ? Int.max : declaredLeft + 1, budget.allowance)
            let step = inflater.inflate(into: output, limit: allowance)
            produced += step.produced
            if produced > member.uncompressedSize {
                throw ArchiveError.zipSizeMismatch(
                    "'\(member.name)' inflates to more than its declared \(member.uncompressedSize) bytes", member: member.name)
            }
            if step.produced > 0 {
                let consumed = member.compressedSize - compressedLeft - inflater.pendingInput
                try limits.checkRatio(inflated: produced, compressed: consumed, member: member.name)
            }
            switch step.status {
            case Z_STREAM_END:
                finished = true
                return step.produced
            case Z_OK, Z_BUF_ERROR:
                if step.produced > 0 { return step.produced }
                if step.consumed == 0 {
                    if inflater.pendingInput == 0 && compressedLeft == 0 {
                        throw ArchiveError.zipTruncated(
                            "unexpected end of the deflate data of '\(member.name)' after \(member.compressedSize) compressed bytes",
                            member: member.name)
                    }
                    if inflater.pendingInput > 0 {
                        throw ArchiveError.zipCorrupt("the deflate data of '\(member.name)' makes no progress", member: member.name)
                    }
                }
            default:
                throw ArchiveError.zipCorrupt("the deflate data of '\(member.name)' is corrupt: \(inflater.message)", member: member.name)
            }
        }
    }

    private func refill(_ inflater: Inflater) throws {
        let want = min(input.count, compressedLeft)
        let n = try source.read(at: nextCompressed, into: UnsafeMutableRawBufferPointer(rebasing: input[0..<want]))
        guard n == want else { throw ArchiveError.zipTruncated("the data of '\(member.name)' is cut short", member: member.name) }
        nextCompressed += n
        compressedLeft -= n
        inflater.setInput(input.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)
    }

    /// At the end: all compressed bytes used, the declared size reached, the CRC-32 equal.
    private func verify() throws {
        let unused = compressedLeft + (inflater?.pendingInput ?? 0)
        if unused > 0 {
            throw ArchiveError.zipSizeMismatch(
                "the deflate data of '\(member.name)' ends \(unused) bytes before its declared compressed size \(member.compressedSize)",
                member: member.name)
        }
        if produced != member.uncompressedSize {
            throw ArchiveError.zipSizeMismatch(
                "not enough bytes in the stream of '\(member.name)': expected \(member.uncompressedSize), got only \(produced)",
                member: member.name)
        }
        if crc.value != member.crc32 {
            throw ArchiveError.zipCRC(
                "the CRC-32 of '\(member.name)' is \(hex(crc.value)) but \(hex(member.crc32)) was declared", member: member.name)
        }
    }
}
