/// Member names: the checks that keep every member inside the bundle, and the normal form
/// in which members are listed and looked up.
///
/// Extract can use `normalise` on an `href` too, so that a reference and a member name are
/// compared in the same form.
public enum ArchivePath {
    /// The relative path `name` stands for: backslashes read as `/`, `.` and empty components
    /// dropped (`./a//b\c` is `a/b/c`). May be empty (`./`).
    ///
    /// Throws `archive.path-escape` for an absolute path (`/x`, `\\server\x`), a drive letter
    /// (`C:/x`, `C:\x`, `C:x`) or any `..` component, and `archive.bad-name` for a NUL.
    public static func normalise(_ name: String) throws -> String {
        if name.utf8.contains(0) { throw ArchiveError.badName(name, reason: "it contains a NUL character") }
        let path = String(name.map { $0 == "\\" ? "/" : $0 })
        if path.hasPrefix("/") { throw ArchiveError.pathEscape(name, reason: "it is an absolute path") }
        let bytes = Array(path.utf8.prefix(2))
        if bytes.count == 2, bytes[1] == UInt8(ascii: ":"),
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[0] & 0xdf)
        {
            throw ArchiveError.pathEscape(name, reason: "it starts with a drive letter")
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        if components.contains("..") { throw ArchiveError.pathEscape(name, reason: "it has a '..' component") }
        return components.filter { $0 != "." }.joined(separator: "/")
    }

    /// A name stored as bytes: UTF-8 when valid, else `fallback` (CP437 for zip, where names
    /// without the UTF-8 flag are in the IBM PC code page; Latin-1 for tar).
    static func decode(_ bytes: some Collection<UInt8>, fallback: Fallback) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        switch fallback {
        case .cp437:
            return String(
                String.UnicodeScalarView(
                    bytes.map { byte in
                        byte < 0x80 ? Unicode.Scalar(byte) : cp437High[Int(byte - 0x80)]
                    }))
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        }
    }

    /// The code page for names that are not valid UTF-8.
    enum Fallback {
        case cp437, latin1
    }

    /// Code page 437, bytes 0x80 to 0xff.
    static let cp437High: [Unicode.Scalar] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}"
            .unicodeScalars)
}
