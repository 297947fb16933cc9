/// A small, fast and fully specified pseudo-random number generator (SplitMix64), so that
/// the same seed gives the same corpus on every platform and every Swift version.
///
/// The helpers (`below(_:)`, `chance(_:)`, `pick(_:)`) are written here rather than taken
/// from the standard library, whose algorithms for `Int.random(in:using:)` are not promised
/// to stay the same between releases.
struct SeededRandom: Sendable {
    private var state: UInt64

    /// A generator whose stream is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the corpus: the stream of `seed`, `index` and `salt` is
    /// independent of the streams of every other index and salt.
    init(seed: UInt64, index: UInt64, salt: UInt64 = 0) {
        var mixer = SeededRandom(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        let a = mixer.next()
        mixer = SeededRandom(seed: a &+ index &* 0xD1B5_4A32_D192_ED03)
        let b = mixer.next()
        mixer = SeededRandom(seed: b ^ (salt &* 0xA24B_AED4_963E_E407))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold {
                m = next().multipliedFullWidth(by: b)
            }
        }
        return Int(m.high)
    }

    /// A uniform integer in the closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform value in `0..<1` with 53 bits of precision.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `share` (0 never, 1 always).
    mutating func chance(_ share: Double) -> Bool {
        if share <= 0 { return false }
        if share >= 1 { return true }
        return unit() < share
    }

    /// A uniform element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An element chosen with probability proportional to its weight.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        precondition(total > 0, "weights must not all be zero")
        var roll = below(total)
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// Up to `count` distinct elements, in a random order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var out: [T] = []
        while out.count < count, !pool.isEmpty {
            out.append(pool.remove(at: below(pool.count)))
        }
        return out
    }

    /// A decimal in the closed range, rounded to `places` decimals, as text (`2.61`).
    mutating func decimal(_ low: Double, _ high: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let lo = Int((low * scale).rounded())
        let hi = Int((high * scale).rounded())
        return Self.format(int(in: lo...hi), places: places)
    }

    /// `value / 10^places` written with exactly `places` decimals, without Foundation.
    static func format(_ value: Int, places: Int) -> String {
        guard places > 0 else { return String(value) }
        let negative = value < 0
        var digits = String(abs(value))
        while digits.count <= places { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        return (negative ? "-" : "") + digits[..<split] + "." + digits[split...]
    }
}
