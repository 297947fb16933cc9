import DossierModel
import XMLStream

/// One recorded USPTO patent assignment, as both USPTO shapes give it (a `<patent-assignment>`
/// of the daily bulk files, a `<doc>` of the assignment search API): the values read,
/// nothing interpreted yet. `dossier(source:)` turns it into a `Dossier`.
///
/// The mapping is documented field by field in `docs/uspto-assignments.md`.
struct USPTOAssignment: Sendable, Hashable {
    /// A conveying party (assignor): a name and the date it signed.
    struct Assignor: Sendable, Hashable {
        var name: String
        /// `natural` or `legal` when the file says so (`name/@name-type`).
        var nameType: String?
        var executionDate: String?
    }

    /// A receiving party (assignee) with its address as written.
    struct Assignee: Sendable, Hashable {
        var name: String
        var nameType: String?
        var addressLines: [String] = []
        var city: String?
        /// A US state (`CALIFORNIA`) or, rarely, a province of another country.
        var state: String?
        /// Full English name (`KOREA, REPUBLIC OF`); the daily files give it only for
        /// assignees outside the US.
        var countryName: String?
        var postcode: String?
    }

    /// One number of a patent property: an application (kind `X0` or none), a pre-grant
    /// publication (`A1`, `A2`, `A9`) or a patent (`B1`, `B2`, `E`, `S`, `P`…).
    struct DocumentNumber: Sendable, Hashable {
        var country: String?
        var number: String
        var kind: String?
        var date: String?
    }

    /// One patent or application the assignment covers.
    struct Property: Sendable, Hashable {
        var numbers: [DocumentNumber]
        var title: String?
        var titleLanguage: String?
        /// 1-based line of the property in the record, for diagnostics.
        var line: Int
    }

    var reel: String
    var frame: String
    /// The recorded date as `YYYY-MM-DD` when it could be read, else as written.
    var recordedDate: String?
    var conveyanceText: String
    var assignors: [Assignor]
    var assignees: [Assignee]
    var properties: [Property]
    /// 1-based line of the record's start in the parsed bytes.
    var line: Int

    /// `USPTO-037388-0092`: reel zero-padded to six digits and frame to four, as the
    /// assignment search API's `displayId` writes them (`018247-0405`).
    var dossierID: String { Self.dossierID(reel: reel, frame: frame) }

    /// The dossier id for a reel and frame; non-digit values are kept as written.
    static func dossierID(reel: String, frame: String) -> String {
        "USPTO-\(pad(reel, 6))-\(pad(frame, 4))"
    }

    /// True for the ASCII digits 0-9.
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private static func pad(_ s: String, _ width: Int) -> String {
        guard !s.isEmpty, s.allSatisfy(isDigit), s.count < width else { return s }
        return String(repeating: "0", count: width - s.count) + s
    }

    /// `20151230` or `2015-12-30T04:00:00Z` as `2015-12-30`; other text unchanged; nil for the
    /// API's empty date `0001-01-01T00:00:00Z`.
    static func isoDate(_ raw: String?) -> String? {
        guard let raw = raw.map(collapseWhitespace), !raw.isEmpty else { return nil }
        if raw.hasPrefix("0001-01-01") { return nil }
        let chars = Array(raw)
        if chars.count == 8, chars.allSatisfy(isDigit) {
            return "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8]))"
        }
        if chars.count >= 10, chars[4] == "-", chars[7] == "-", String(chars[0..<10]).filter(isDigit).count == 8 {
            return String(chars[0..<10])
        }
        return raw
    }
}
