import DossierModel

/// Cuts a UTF-8 XML stream into records by scanning its markup, without parsing the whole
/// document: each record is then parsed on its own (on any thread), so a malformed dossier
/// spoils only itself and the dossiers before and after it are still read.
///
/// The scanner knows comments, CDATA sections, processing instructions, the DOCTYPE
/// declaration (with an internal subset) and quoted attribute values. It resynchronises on
/// record tags: a record's end tag closes the record whatever the depth, and a record start
/// tag inside an unfinished record ends that record (which then fails to parse). Memory is
/// bounded by the largest record, never by the stream.
public final class RecordSplitter {
    private let source: any ByteSource
    private let recordNames: Set<[UInt8]>
    private let maxRecordBytes: Int

    private var buffer: [UInt8] = []
    /// Where each read lands before it is appended to `buffer` (allocated once).
    private var readChunk = [UInt8](repeating: 0, count: 1 << 20)
    private var pos = 0
    private var eof = false
    private var line = 1
    private var lineStartOffset = 0  // absolute offset of the first byte of the current line
    private var base = 0  // absolute offset of buffer[0]

    private var depth = 0
    private var rootClosed = false
    private var sawRoot = false
    private var record: (start: Int, line: Int, column: Int, depth: Int, id: String?, skipping: Bool)?
    private var recordCount = 0
    private var finished = false

    /// The root element's start tag, as read (UTF-8), once the scan has passed it.
    public private(set) var rootStartTag: [UInt8]?
    /// The root element's qualified name.
    public private(set) var rootName: String?

    /// - Parameters:
    ///   - recordNames: local names of the record elements (`transfer-dossier`).
    ///   - maxRecordBytes: a longer record is skipped and reported.
    public init(source: any ByteSource, recordNames: Set<String>, maxRecordBytes: Int = 64 << 20) {
        self.source = source
        self.recordNames = Set(recordNames.map { Array($0.utf8) })
        self.maxRecordBytes = maxRecordBytes
    }

    /// The root element's local name, scanning as far as its start tag.
    public func root() throws -> String? {
        while rootName == nil, !finished {
            guard let item = try step() else { break }
            pending.append(item)
        }
        return rootName.map { localName(of: $0) }
    }

    private var pending: [SplitItem] = []

    /// The next record or problem; nil at the end of the stream.
    public func next() throws -> SplitItem? {
        if !pending.isEmpty { return pending.removeFirst() }
        return try step()
    }

    /// The root start tag rewritten as a one-line wrapper: the prefix to put before a
    /// record so that the record sees the namespace declarations of its root.
    public var wrapper: (prefix: [UInt8], suffix: [UInt8])? {
        guard let tag = rootStartTag, let rootName else { return nil }
        var prefix = tag.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
        if prefix.count >= 2, prefix[prefix.count - 2] == UInt8(ascii: "/") {
            prefix.remove(at: prefix.count - 2)
        }
        return (prefix, Array("</\(rootName)>".utf8))
    }

    // MARK: - Scanning

    private func step() throws -> SplitItem? {
        while !finished {
            // Find the next '<'.
            if pos >= buffer.count {
                if try !fill() { return try finish() }
                continue
            }
            let lt: Int? = buffer.withUnsafeBufferPointer { b in
                var i = pos
                while i < b.count {
                    let c = b[i]
                    if c == 0x3C { return i }
                    if c == 0x0A {
                        line += 1
                        lineStartOffset = base + i + 1
                    }
                    i += 1
                }
                return nil
            }
            guard let lt else {
                pos = buffer.count
                continue
            }
            pos = lt
            // Reading more input may move the buffer: `pos` follows it, `lt` does not.
            guard let end = try tokenEnd() else { return try finish() }
            if let item = try handleToken(start: pos, end: end) {
                return item
            }
        }
        return nil
    }

    /// Reads more input; false at the end of the stream. Bytes no longer needed are dropped
    /// first: everything before `pos`, or before the open record's start.
    private func fill() throws -> Bool {
        if eof { return false }
        if var open = record, !open.skipping, buffer.count - (open.start - base) > maxRecordBytes {
            open.skipping = true
            record = open
        }
        trimBuffer(keepingFrom: record.map { $0.skipping ? pos : $0.start - base } ?? pos)
        let n = try readChunk.withUnsafeMutableBytes { try source.read(into: $0) }
        buffer.append(contentsOf: readChunk[0..<n])
        if n == 0 { eof = true }
        return n > 0
    }

    /// Drops the bytes before `index` (relative to the buffer).
    private func trimBuffer(keepingFrom index: Int) {
        guard index > 0 else { return }
        buffer.removeSubrange(0..<index)
        base += index
        pos -= index
    }

    /// The end (exclusive) of the markup token starting at `pos`, reading more input as
    /// needed; nil when the stream ends inside it.
    private func tokenEnd() throws -> Int? {
        while true {
            if let end = scanToken(pos) { return end }
            if try !fill() { return nil }
        }
    }

    /// The end of the token at `s` if it is complete in the buffer.
    private func scanToken(_ s: Int) -> Int? {
        buffer.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            func find(_ pattern: [UInt8], from: Int) -> Int? {
                var i = from
                while i + pattern.count <= n {
                    if b[i] == pattern[0] {
                        var ok = true
                        for k in 1..<pattern.count where b[i + k] != pattern[k] {
                            ok = false
                            break
                        }
                        if ok { return i + pattern.count }
                    }
                    i += 1
                }
                return nil
            }
            guard s + 1 < n else { return nil }
            let c1 = b[s + 1]
            if c1 == UInt8(ascii: "?") { return find([0x3F, 0x3E], from: s + 2) }
            if c1 == UInt8(ascii: "!") {
                guard s + 4 <= n else { return nil }
                if b[s + 2] == 0x2D, b[s + 3] == 0x2D { return find(Array("-->".utf8), from: s + 4) }
                guard s + 9 <= n else { return nil }
                if b[s + 2] == UInt8(ascii: "[") { return find(Array("]]>".utf8), from: s + 9) }
                // DOCTYPE or another declaration: brackets and quotes.
                var i = s + 2
                var bracket = 0
                var quote: UInt8 = 0
                while i < n {
                    let c = b[i]
                    if quote != 0 {
                        if c == quote { quote = 0 }
                    } else if c == 0x22 || c == 0x27 {
                        quote = c
                    } else if c == UInt8(ascii: "[") {
                        bracket += 1
                    } else if c == UInt8(ascii: "]") {
                        bracket -= 1
                    } else if c == 0x3E, bracket <= 0 {
                        return i + 1
                    }
                    i += 1
                }
                return nil
            }
            // Start or end tag: quoted values may hold '>', never '<'.
            var i = s + 1
            var quote: UInt8 = 0
            while i < n {
                let c = b[i]
                if c == 0x3C { return i }  // malformed: resynchronise before the next tag
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x22 || c == 0x27 {
                    quote = c
                } else if c == 0x3E {
                    return i + 1
                }
                i += 1
            }
            return nil
        }
    }

    private enum TagKind { case start, end, empty, other }

    /// Acts on one complete token; returns an item when a record or problem is ready.
    private func handleToken(start: Int, end: Int) throws -> SplitItem? {
        // Count the newlines inside the token.
        let tokenLine = line
        let tokenColumn = base + start - lineStartOffset + 1
        buffer.withUnsafeBufferPointer { b in
            for i in start..<end where b[i] == 0x0A {
                line += 1
                lineStartOffset = base + i + 1
            }
        }
        pos = end
        let (kind, name) = classify(start: start, end: end)
        guard kind != .other else { return nil }
        let local = localNameBytes(name)
        let isRecordName = recordNames.contains(local)

        switch kind {
        case .start, .empty:
            if !sawRoot {
                sawRoot = true
                rootStartTag = Array(buffer[start..<end])
                rootName = String(decoding: name, as: UTF8.self)
            } else if rootClosed {
                return .problem(
                    SplitProblem(
                        id: "xml.trailing-content", message: "content after the end of the root element", line: tokenLine,
                        column: tokenColumn))
            }
            var emitted: SplitItem?
            if isRecordName {
                if let open = record {
                    // A record starts inside an unfinished one: cut the unfinished one here.
                    emitted = closeRecord(open, endRelative: start, truncated: true)
                }
                let id = idAttribute(start: start, end: end)
                record = (base + start, tokenLine, tokenColumn, depth, id, false)
                if kind == .empty {
                    let open = record!
                    let item = closeRecord(open, endRelative: end, truncated: false)
                    if emitted != nil { pending.append(item) } else { emitted = item }
                    return emitted
                }
            }
            if kind == .start { depth += 1 }
            return emitted
        case .end:
            if isRecordName, let open = record {
                return closeRecord(open, endRelative: end, truncated: false)
            }
            depth -= 1
            if depth <= 0, sawRoot, record == nil { rootClosed = true }
            return nil
        case .other:
            return nil
        }
    }

    private func closeRecord(
        _ open: (start: Int, line: Int, column: Int, depth: Int, id: String?, skipping: Bool), endRelative: Int, truncated: Bool
    ) -> SplitItem {
        record = nil
        depth = open.depth
        if depth <= 0 { rootClosed = true }
        let index = recordCount
        recordCount += 1
        if open.skipping || base + endRelative - open.start > maxRecordBytes {
            return .problem(
                SplitProblem(
                    id: "xml.record-too-large", message: "record is larger than the limit of \(maxRecordBytes) bytes",
                    line: open.line, column: open.column, recordId: open.id, recordIndex: index))
        }
        let bytes = Array(buffer[(open.start - base)..<endRelative])
        return .record(
            XMLRecord(bytes: bytes, index: index, line: open.line, column: open.column, idAttribute: open.id, isTruncated: truncated))
    }

    /// End of the stream.
    private func finish() throws -> SplitItem? {
        finished = true
        if let open = record {
            let endRelative = buffer.count
            let item = closeRecord(open, endRelative: endRelative, truncated: true)
            pending.append(
                .problem(
                    SplitProblem(
                        id: "xml.truncated", message: "the input ends inside a record", line: line,
                        column: base + buffer.count - lineStartOffset + 1)))
            return item
        }
        if !sawRoot {
            return .problem(SplitProblem(id: "xml.no-root", message: "no XML element found", line: 1, column: 1))
        }
        if !rootClosed {
            return .problem(
                SplitProblem(
                    id: "xml.truncated", message: "the input ends before the root element is closed", line: line,
                    column: base + buffer.count - lineStartOffset + 1))
        }
        return nil
    }

    private func classify(start: Int, end: Int) -> (TagKind, ArraySlice<UInt8>) {
        let b = buffer
        let c1 = b[start + 1]
        if c1 == UInt8(ascii: "?") || c1 == UInt8(ascii: "!") { return (.other, []) }
        let isEnd = c1 == UInt8(ascii: "/")
        var i = start + (isEnd ? 2 : 1)
        let nameStart = i
        while i < end {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x3E || c == 0x2F || c == 0x3C { break }
            i += 1
        }
        let name = b[nameStart..<i]
        if isEnd { return (.end, name) }
        let selfClosing = end - start >= 2 && b[end - 1] == 0x3E && b[end - 2] == 0x2F
        return (selfClosing ? .empty : .start, name)
    }

    private func localNameBytes(_ name: ArraySlice<UInt8>) -> [UInt8] {
        if let colon = name.lastIndex(of: 0x3A) { return Array(name[(colon + 1)...]) }
        return Array(name)
    }

    private func localName(of qname: String) -> String {
        qname.split(separator: ":").last.map(String.init) ?? qname
    }

    /// The value of the `id="…"` attribute of the start tag in `start..<end`.
    private func idAttribute(start: Int, end: Int) -> String? {
        let tag = buffer[start..<end]
        // `id` follows whitespace, so it is never the tag's first byte (the `<`), which may
        // sit at index 0 of the buffer.
        var i = tag.startIndex + 1
        while i + 3 < tag.endIndex {
            let prev = buffer[i - 1]
            if buffer[i] == UInt8(ascii: "i"), buffer[i + 1] == UInt8(ascii: "d"),
                prev == 0x20 || prev == 0x0A || prev == 0x09 || prev == 0x0D
            {
                var j = i + 2
                while j < tag.endIndex, buffer[j] == 0x20 { j += 1 }
                guard j < tag.endIndex, buffer[j] == UInt8(ascii: "=") else {
                    i += 1
                    continue
                }
                j += 1
                while j < tag.endIndex, buffer[j] == 0x20 { j += 1 }
                guard j < tag.endIndex, buffer[j] == 0x22 || buffer[j] == 0x27 else { return nil }
                let quote = buffer[j]
                guard let close = tag[(j + 1)...].firstIndex(of: quote) else { return nil }
                return String(decoding: buffer[(j + 1)..<close], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
