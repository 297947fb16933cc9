import Foundation
import Hashing

/// Safe, deterministic file and folder names made from ids that come from outside
/// (dossier ids, authority ids).
///
/// The mapping is injective, also on case-insensitive and normalising file systems:
/// - ASCII letters and digits, `-` and `_` are kept; `.` is kept except at the start or the
///   end; non-ASCII letters and digits that have no case and are stable under Unicode
///   normalisation (Chinese characters) are kept;
/// - every other byte of the UTF-8 form (including `%`, `/`, `\`, `~`, NUL, controls,
///   spaces, cased non-ASCII letters) becomes `%XX` with uppercase hex digits;
/// - an id with ASCII lowercase letters gets a case suffix: `~l` when all its ASCII letters
///   are lowercase, else `~` and the uppercase hex mask of which letters are lowercase, so
///   two ids that differ only in case never fold to the same name;
/// - Windows device names (`CON`, `NUL`, `COM1`, ...) get their first letter encoded;
/// - a name longer than `maximumLength` bytes keeps a prefix and ends in `~` and the
///   SHA-256 of the id (64 lowercase hex digits).
/// `~` appears only before a suffix, so the forms cannot be confused.
public enum PathComponent {
    /// The longest name produced, in UTF-8 bytes (file systems allow 255).
    public static let maximumLength = 200

    /// The file name of a dossier's packet page: its safe name and `.html` (at most
    /// `maximumLength` + 5 bytes).
    public static func fileName(forDossierID id: String) -> String {
        name(for: id) + ".html"
    }

    /// A safe name for any id; the empty id becomes `%` (a lone `%` never comes from
    /// encoding, which always writes `%XX`).
    public static func name(for id: String) -> String {
        if id.isEmpty { return "%" }
        var pieces: [String] = []
        let scalars = Array(id.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isEdge = index == 0 || index == scalars.count - 1
            if keeps(scalar, atEdge: isEdge) {
                pieces.append(String(scalar))
            } else {
                pieces.append(String(scalar).utf8.map { "%" + HTMLText.hex($0) }.joined())
            }
        }
        if isWindowsDeviceName(id), let first = id.utf8.first, first < 0x80 {
            pieces[0] = "%" + HTMLText.hex(first)
        }
        let full = pieces.joined() + caseSuffix(id)
        guard full.utf8.count > maximumLength else { return full }
        let digest = ContentHash.sha256(text: id)
        var prefix = ""
        let budget = maximumLength - digest.count - 1
        for piece in pieces {
            if prefix.utf8.count + piece.utf8.count > budget { break }
            prefix += piece
        }
        return prefix + "~" + digest
    }

    /// `""` when the id has no ASCII lowercase letter, `~l` when every ASCII letter is
    /// lowercase, else `~` and the mask of lowercase letters (bit 0 the first letter) in
    /// uppercase hex.
    static func caseSuffix(_ id: String) -> String {
        let letters = id.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let lower = letters.map { ("a"..."z").contains($0) }
        guard lower.contains(true) else { return "" }
        if !lower.contains(false) { return "~l" }
        var nibbles: [UInt8] = Array(repeating: 0, count: (lower.count + 3) / 4)
        for (i, isLower) in lower.enumerated() where isLower { nibbles[i / 4] |= 1 << UInt8(i % 4) }
        while nibbles.count > 1, nibbles.last == 0 { nibbles.removeLast() }
        let digits = Array("0123456789ABCDEF")
        return "~" + String(nibbles.reversed().map { digits[Int($0)] })
    }

    /// True when the scalar may stand for itself in a name.
    static func keeps(_ scalar: Unicode.Scalar, atEdge: Bool) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "-", "_": return true
            case ".": return !atEdge
            default: return false
            }
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType == .decimal else { return false }
        guard !properties.changesWhenCaseFolded, !properties.changesWhenCaseMapped else { return false }
        let text = String(scalar)
        return text.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars)
            && text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars)
            && !properties.isDefaultIgnorableCodePoint && properties.generalCategory != .format
    }

    /// `CON`, `PRN`, `AUX`, `NUL`, `COM0`-`COM9`, `LPT0`-`LPT9`, alone or before a dot.
    static func isWindowsDeviceName(_ id: String) -> Bool {
        let stem = id.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? id
        let upper = stem.uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(upper) { return true }
        if upper.count == 4, upper.hasPrefix("COM") || upper.hasPrefix("LPT"), let last = upper.last, last.isASCII, last.isNumber {
            return true
        }
        return false
    }
}
