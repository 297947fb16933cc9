/// An Aho-Corasick automaton over bytes: built once from many patterns, it finds every
/// occurrence of every pattern in a text in one pass, at a cost per byte that does not grow
/// with the number of patterns.
///
/// The root state keeps a dense table of 256 transitions (most bytes of a text leave or stay
/// at the root, so that step is one load); every other state keeps its transitions as a
/// sorted run of bytes in one shared array, searched linearly when short and by binary search
/// when long. Failure links give the longest proper suffix that is also a prefix of some
/// pattern; output links skip to the nearest suffix state that ends a pattern.
///
/// The value is immutable and `Sendable`: build it once per catalogue and scan from any
/// number of threads.
public struct KeywordAutomaton: Sendable {
    /// A pattern and the number the caller wants back when it matches.
    public struct Pattern: Sendable, Hashable {
        public var bytes: [UInt8]
        public var payload: Int

        public init(bytes: [UInt8], payload: Int) {
            self.bytes = bytes
            self.payload = payload
        }
    }

    /// One occurrence: the pattern's payload and the half-open byte range it covers.
    public struct Match: Sendable, Hashable, Comparable {
        public var payload: Int
        public var start: Int
        public var end: Int

        public init(payload: Int, start: Int, end: Int) {
            self.payload = payload
            self.start = start
            self.end = end
        }

        public static func < (a: Match, b: Match) -> Bool {
            (a.start, a.end, a.payload) < (b.start, b.end, b.payload)
        }
    }

    /// Transitions of the root for each byte (never a failure: missing bytes loop to 0).
    private let root: [Int32]
    /// Per state: the first index of its transitions in `edgeBytes` / `edgeTargets`.
    private let edgeStart: [Int32]
    /// Per state: how many transitions it has.
    private let edgeCount: [UInt16]
    private let edgeBytes: [UInt8]
    private let edgeTargets: [Int32]
    /// Per state: the failure link.
    private let fail: [Int32]
    /// Per state: the nearest state on the failure chain (itself included) that ends a
    /// pattern, or -1.
    private let outputLink: [Int32]
    /// Per state: the first index in `outputs` of the patterns that end exactly here.
    private let outputStart: [Int32]
    /// Pattern indexes, grouped by the state they end in.
    private let outputs: [Int32]
    /// Per pattern: its length and payload.
    private let lengths: [Int32]
    private let payloads: [Int]

    /// The number of states, root included.
    public var stateCount: Int { fail.count }
    /// The number of patterns (empty ones are dropped).
    public var patternCount: Int { lengths.count }

    /// Builds the automaton; empty patterns are ignored. Equal patterns with different
    /// payloads each report their own match.
    public init(_ patterns: [Pattern]) {
        let patterns = patterns.filter { !$0.bytes.isEmpty }
        // 1. The trie, with transitions in per-state dictionaries while building.
        var children: [[UInt8: Int32]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() {
            var state = 0
            for byte in pattern.bytes {
                if let next = children[state][byte] {
                    state = Int(next)
                } else {
                    let next = Int32(children.count)
                    children[state][byte] = next
                    children.append([:])
                    ends.append([])
                    state = Int(next)
                }
            }
            ends[state].append(Int32(index))
        }
        let count = children.count

        // 2. Compact sorted transitions.
        var edgeStart = [Int32](repeating: 0, count: count)
        var edgeCount = [UInt16](repeating: 0, count: count)
        var edgeBytes: [UInt8] = []
        var edgeTargets: [Int32] = []
        for state in 0..<count {
            edgeStart[state] = Int32(edgeBytes.count)
            edgeCount[state] = UInt16(children[state].count)
            for (byte, target) in children[state].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        var root = [Int32](repeating: 0, count: 256)
        for (byte, target) in children[0] { root[Int(byte)] = target }

        // 3. Failure and output links, breadth first.
        var fail = [Int32](repeating: 0, count: count)
        var outputLink = [Int32](repeating: -1, count: count)
        var queue: [Int32] = []
        queue.reserveCapacity(count)
        for byte in 0..<256 where root[byte] != 0 { queue.append(root[byte]) }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            let failState = Int(fail[state])
            outputLink[state] = ends[state].isEmpty ? outputLink[failState] : Int32(state)
            for (byte, target) in children[state] {
                var f = failState
                var next: Int32 = 0
                while true {
                    if f == 0 {
                        next = root[Int(byte)]
                        break
                    }
                    if let t = children[f][byte] {
                        next = t
                        break
                    }
                    f = Int(fail[f])
                }
                fail[Int(target)] = next == target ? 0 : next
                queue.append(target)
            }
        }

        // 4. Outputs grouped by state.
        var outputStart = [Int32](repeating: 0, count: count + 1)
        var outputs: [Int32] = []
        for state in 0..<count {
            outputStart[state] = Int32(outputs.count)
            outputs.append(contentsOf: ends[state])
        }
        outputStart[count] = Int32(outputs.count)

        self.root = root
        self.edgeStart = edgeStart
        self.edgeCount = edgeCount
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.fail = fail
        self.outputLink = outputLink
        self.outputStart = outputStart
        self.outputs = outputs
        lengths = patterns.map { Int32($0.bytes.count) }
        payloads = patterns.map(\.payload)
    }

    /// Calls `body` for every occurrence of every pattern in `text`, in order of end offset
    /// (and, for one end, longest pattern first).
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        root.withUnsafeBufferPointer { root in
            edgeStart.withUnsafeBufferPointer { edgeStart in
                edgeCount.withUnsafeBufferPointer { edgeCount in
                    edgeBytes.withUnsafeBufferPointer { edgeBytes in
                        edgeTargets.withUnsafeBufferPointer { edgeTargets in
                            fail.withUnsafeBufferPointer { fail in
                                outputLink.withUnsafeBufferPointer { outputLink in
                                    var state = 0
                                    for position in 0..<text.count {
                                        let byte = text[position]
                                        while true {
                                            if state == 0 {
                                                state = Int(root[Int(byte)])
                                                break
                                            }
                                            let next = Self.transition(
                                                from: state, on: byte, edgeStart: edgeStart, edgeCount: edgeCount,
                                                edgeBytes: edgeBytes, edgeTargets: edgeTargets)
                                            if next >= 0 {
                                                state = next
                                                break
                                            }
                                            state = Int(fail[state])
                                        }
                                        var out = Int(outputLink[state])
                                        while out >= 0 {
                                            reportOutputs(of: out, endingAt: position + 1, body)
                                            out = Int(outputLink[Int(fail[out])])
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Every occurrence in `bytes`, in the order `scan` reports them.
    public func matches(in bytes: [UInt8]) -> [Match] {
        var found: [Match] = []
        bytes.withUnsafeBufferPointer { buffer in scan(buffer) { found.append($0) } }
        return found
    }

    /// The target of `state` on `byte`, or -1: linear search over short runs, binary search
    /// over long ones.
    @inline(__always)
    private static func transition(
        from state: Int, on byte: UInt8, edgeStart: UnsafeBufferPointer<Int32>, edgeCount: UnsafeBufferPointer<UInt16>,
        edgeBytes: UnsafeBufferPointer<UInt8>, edgeTargets: UnsafeBufferPointer<Int32>
    ) -> Int {
        var low = Int(edgeStart[state])
        var high = low + Int(edgeCount[state])
        if high - low <= 8 {
            while low < high {
                let b = edgeBytes[low]
                if b == byte { return Int(edgeTargets[low]) }
                if b > byte { return -1 }
                low += 1
            }
            return -1
        }
        while low < high {
            let mid = (low + high) >> 1
            let b = edgeBytes[mid]
            if b == byte { return Int(edgeTargets[mid]) }
            if b < byte { low = mid + 1 } else { high = mid }
        }
        return -1
    }

    /// Reports the patterns that end exactly at `state`.
    @inline(__always)
    private func reportOutputs(of state: Int, endingAt end: Int, _ body: (Match) -> Void) {
        for i in Int(outputStart[state])..<Int(outputStart[state + 1]) {
            let pattern = Int(outputs[i])
            body(Match(payload: payloads[pattern], start: end - Int(lengths[pattern]), end: end))
        }
    }
}
