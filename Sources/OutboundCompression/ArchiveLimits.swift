/// The bounds every reader enforces, so that a hostile file costs at most a known amount of
/// memory and time.
///
/// Readers stop as soon as a limit is passed: they never inflate past it.
public struct ArchiveLimits: Sendable, Hashable {
    /// Largest uncompressed size of one member, in bytes.
    public var maxMemberSize: Int
    /// Largest number of bytes inflated from one file, nested archives included.
    public var maxTotalSize: Int
    /// Largest inflated / compressed ratio, checked once `ratioThreshold` bytes were inflated.
    public var maxRatio: Int
    /// Inflated size below which the ratio is not checked (small files compress very well).
    public var ratioThreshold: Int
    /// Largest number of entries (files, directories, links) in one archive.
    public var maxMemberCount: Int
    /// Largest number of archives around an archive: 0 is a file on disk, 1 an archive in it.
    public var maxNestingDepth: Int

    public init(
        maxMemberSize: Int = 256 << 20, maxTotalSize: Int = 2 << 30, maxRatio: Int = 200,
        ratioThreshold: Int = 1 << 20, maxMemberCount: Int = 10_000, maxNestingDepth: Int = 2
    ) {
        self.maxMemberSize = maxMemberSize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioThreshold = ratioThreshold
        self.maxMemberCount = maxMemberCount
        self.maxNestingDepth = maxNestingDepth
    }

    /// 256 MiB per member, 2 GiB in all, ratio 200 past 1 MiB, 10,000 members, depth 2.
    public static let `default` = ArchiveLimits()

    /// Throws `archive.limit` when `inflated` bytes came from only `compressed` bytes.
    func checkRatio(inflated: Int, compressed: Int, member: String?) throws {
        guard inflated > ratioThreshold else { return }
        let (product, overflow) = maxRatio.multipliedReportingOverflow(by: max(compressed, 1))
        if !overflow && inflated > product {
            throw ArchiveError.limit(
                "\(inflated) bytes were inflated from \(compressed) compressed bytes, a ratio above the limit of \(maxRatio)",
                member: member)
        }
    }

    /// Throws `archive.limit` when an archive at `depth` is nested too deeply.
    func checkDepth(_ depth: Int) throws {
        if depth > maxNestingDepth {
            throw ArchiveError.limit("archive nested \(depth) levels deep; the limit is \(maxNestingDepth)")
        }
    }
}
