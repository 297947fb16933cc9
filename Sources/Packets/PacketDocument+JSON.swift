/// Writes the pretty JSON of a `PacketDocument` directly: the bytes `SortedJSONEncoder(pretty:
/// true)` (and so Foundation's `JSONEncoder` with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`) writes for the document's synthesised `Codable`, without the
/// Codable calls, which cost most of a packet's JSON (500 generated dossiers: 0.43 G
/// instructions through the encoder).
///
/// Every type below writes its members in the UTF-8 order of their keys, leaves out a nil
/// optional (as `encodeIfPresent` does) and always writes an array. A field added to a part
/// must be added here too: `PacketDocumentJSONTests` compares both encodings on fixtures that
/// set every field.
struct PacketJSONWriter: JSONMemberWriter {
    var bytes: [UInt8] = []
    private var depth = 0
    /// True until the current object or array has a member.
    private var empty = true

    init(capacity: Int = 8192) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func object(_ members: (inout PacketJSONWriter) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout PacketJSONWriter, Element) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { writer in
            for element in elements {
                writer.member()
                try write(&writer, element)
            }
        }
    }

    /// `open`, the members, a newline and the indentation of this level, `close`; an empty
    /// one as Foundation writes it (`[`, two newlines, the indentation, `]`).
    private mutating func container(open: UInt8, close: UInt8, _ members: (inout PacketJSONWriter) throws -> Void) rethrows {
        bytes.append(open)
        depth += 1
        empty = true
        try members(&self)
        depth -= 1
        if empty { bytes.append(0x0A) }
        bytes.append(0x0A)
        indent()
        bytes.append(close)
        empty = false
    }

    /// The separator and indentation before the next member of an object or array.
    private mutating func member() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        indent()
        empty = false
    }

    private mutating func indent() {
        for _ in 0..<(2 * depth) { bytes.append(0x20) }
    }

    /// The key of the next member (ASCII, nothing to escape): `"key" : `.
    mutating func key(_ key: StaticString) {
        member()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(0x20)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
    }

    // MARK: Members (the scalar ones are `JSONMemberWriter`'s)

    mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        array(values) { writer, value in JSONText.writeString(value, into: &writer.bytes) }
    }

    /// A member whose value is an object written by `members`.
    mutating func object(_ key: StaticString, _ members: (inout PacketJSONWriter) throws -> Void) rethrows {
        self.key(key)
        try object(members)
    }

    /// A member whose value is an array of objects, each written by `write`.
    mutating func objects<Element>(_ key: StaticString, _ elements: [Element], _ write: (Element, inout PacketJSONWriter) throws -> Void)
        rethrows
    {
        self.key(key)
        try array(elements) { writer, element in try writer.object { try write(element, &$0) } }
    }
}

extension PacketDocument {
    /// The bytes of `packet.json` without the final newline, as `CanonicalJSON` writes them.
    /// A document with a `change` takes the Codable path (`ReclassifyChange` has no writer).
    func prettyJSON() throws -> [UInt8] {
        if change != nil { return try SortedJSONEncoder(pretty: true).encode(self) }
        var writer = PacketJSONWriter()
        try writer.object { w in
            if let decision { try w.object("decision") { try decision.write(&$0) } }
            if let dossier { w.object("dossier") { dossier.write(&$0) } }
            w.string("dossierID", dossierID)
            w.string("kind", kind)
            w.string("outcome", outcome)
            if let quarantine { w.object("quarantine") { quarantine.write(&$0) } }
            w.object("run") { w in
                w.string("generatedAt", run.generatedAt)
                w.string("id", run.id)
                w.string("outboundVersion", run.outboundVersion)
            }
            w.string("schema", schema)
        }
        return writer.bytes
    }
}
