import DossierModel
import XMLStream

/// The two shapes in which the USPTO publishes patent assignments: the daily bulk files
/// (`<us-patent-assignments>`, one `<patent-assignment>` per recording) and the assignment
/// search API's XML (a Solr `<response>`, one `<doc>` per recording). `RecordStream` cuts
/// either into records by element name and `RecordReader` maps each with
/// `USPTOAssignmentReader`, so `outbound extract`, `classify` and `run` read them as they
/// read dossier batches: streamed, memory bounded by the largest record.
public enum USPTOAssignmentFormat: String, Sendable, Hashable {
    /// `<us-patent-assignments>` daily file.
    case daily
    /// The assignment search API's `<response>`.
    case searchAPI

    /// The local name of the record elements.
    var recordName: String {
        switch self {
        case .daily: "patent-assignment"
        case .searchAPI: "doc"
        }
    }

    /// How many bytes of a stream `detect` may look at before it gives up.
    static let maxSniffBytes = 1 << 20

    /// The shape of a stream whose root element is `root`, given its first bytes `head`; nil
    /// when it is not a USPTO assignment stream. A `<response>` is the search API's only when
    /// its head names a `reelNo` field: other Solr responses are not assignments.
    static func detect(root: String?, head: [UInt8]) -> USPTOAssignmentFormat? {
        switch root {
        case "us-patent-assignments": .daily
        case "response" where contains(head, Array(#"name="reelNo""#.utf8)): .searchAPI
        default: nil
        }
    }

    /// True when the search API's marker may still come further on in a `<response>` stream.
    static func needsMoreHead(root: String?, head: [UInt8]) -> Bool {
        root == "response" && !contains(head, Array(#"name="reelNo""#.utf8)) && !contains(head, Array("</doc>".utf8))
    }

    /// The dossier id of a record read without parsing it (`USPTO-037388-0092`), so that a
    /// malformed record can still be named; nil when its reel or frame cannot be found.
    func idHint(in record: [UInt8]) -> String? {
        let (reelTag, frameTag): (String, String)
        switch self {
        case .daily: (reelTag, frameTag) = ("<reel-no>", "<frame-no>")
        case .searchAPI: (reelTag, frameTag) = (#"name="reelNo">"#, #"name="frameNo">"#)
        }
        guard let reel = Self.digits(after: Array(reelTag.utf8), in: record),
            let frame = Self.digits(after: Array(frameTag.utf8), in: record)
        else { return nil }
        return USPTOAssignment.dossierID(reel: reel, frame: frame)
    }

    // MARK: - Bytes

    /// The ASCII digits right after the first occurrence of `marker` (spaces skipped).
    private static func digits(after marker: [UInt8], in bytes: [UInt8]) -> String? {
        guard let start = firstIndex(of: marker, in: bytes) else { return nil }
        var i = start + marker.count
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        var out = ""
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
            out.append(Character(Unicode.Scalar(bytes[i])))
            i += 1
        }
        return out.isEmpty ? nil : out
    }

    private static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        firstIndex(of: marker, in: bytes) != nil
    }

    private static func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = marker.first, bytes.count >= marker.count else { return nil }
        var i = 0
        let last = bytes.count - marker.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + marker.count)].elementsEqual(marker) { return i }
            i += 1
        }
        return nil
    }
}
