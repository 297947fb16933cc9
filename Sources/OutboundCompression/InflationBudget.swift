/// Counts the bytes inflated from one input file, and from the archives nested in it,
/// against `ArchiveLimits.maxTotalSize`.
///
/// Pass the budget of an outer archive to the readers of the archives inside it so that
/// nesting cannot multiply the total.
public final class InflationBudget {
    /// Most bytes that may be inflated in all.
    public let limit: Int
    /// Bytes inflated so far.
    public private(set) var used = 0

    public init(limit: Int) {
        self.limit = limit
    }

    /// Bytes that may still be inflated.
    public var remaining: Int { max(0, limit - used) }

    /// How much a reader may ask zlib for: one byte more than `remaining`, so that passing
    /// the limit is noticed (and refused) without inflating further.
    var allowance: Int { remaining == Int.max ? Int.max : remaining + 1 }

    /// Records `count` more inflated bytes; throws `archive.limit` once the total is passed.
    func charge(_ count: Int, member: String?) throws {
        used += count
        if used > limit {
            throw ArchiveError.limit(
                "more than \(limit) bytes inflated in all; the input is refused as a decompression bomb", member: member)
        }
    }
}
