/// An IPC prefix of a control point, in the canonical form the catalogue loader writes, and
/// the rule that says which classification symbols it covers.
///
/// - a subclass (`B64U`) covers every symbol of the subclass (`B64U 10/13`);
/// - a whole main group (`G10L 15`, stored `G10L 15/`) covers every symbol of the group
///   (`G10L 15/00`, `G10L 15/22`), not `G10L 150/00`;
/// - a symbol (`H01M 4/58`) covers itself and the symbols written with more digits after the
///   slash (`H01M 4/582`, `H01M 4/5825`), but not `H01M 4/50` or `H01M 4/6`.
///
/// The IPC hierarchy below a main group is given by dots in the scheme, not by digits, so
/// the symbol rule is the usual approximation that offices use; a prefix that must cover a
/// whole group is written as the main group.
public struct IPCPrefix: Sendable, Hashable, CustomStringConvertible {
    /// How much of the scheme a prefix covers.
    public enum Level: String, Sendable, Hashable, Comparable {
        case subclass
        case mainGroup = "main-group"
        case symbol

        /// Subclass < main group < symbol: a finer prefix is a more specific match.
        public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .subclass ? 0 : self == .mainGroup ? 1 : 2 }
    }

    /// The prefix as stored (`H01M 4/58`, `G10L 15/`, `B64U`).
    public let text: String
    public let level: Level
    /// The four characters of the subclass (`H01M`), by which an index files the prefix.
    public let subclass: String

    /// A prefix in canonical form, or nil when the text is none of the three forms.
    public init?(_ text: String) {
        let chars = Array(text)
        guard chars.count >= 4 else { return nil }
        subclass = String(chars[0..<4])
        self.text = text
        if chars.count == 4 {
            level = .subclass
        } else if chars[4] == " ", text.hasSuffix("/"), !text.dropFirst(5).dropLast().isEmpty {
            level = .mainGroup
        } else if chars[4] == " ", text.contains("/") {
            level = .symbol
        } else {
            return nil
        }
    }

    /// True when the canonical classification symbol `code` is under this prefix.
    public func covers(_ code: String) -> Bool {
        switch level {
        case .subclass:
            return code == text || code.hasPrefix(text + " ")
        case .mainGroup:
            return code.hasPrefix(text)
        case .symbol:
            guard code.hasPrefix(text) else { return false }
            // Only more digits of the subgroup may follow.
            return code.utf8.dropFirst(text.utf8.count).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    public var description: String { text }
}
