import Foundation

/// Texts of the real public files under `../shared/realdata` (IP records and restricted-party
/// lists, in many scripts) and of the repo's generated `testdata/inbox`: every text node of
/// the XML files and every field of the CSV and text files, for the tests that compare a
/// fast path with the path it shortcuts.
enum RealTexts {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Distinct texts (at most `maxLength` UTF-8 bytes each) of the files under `folders`
    /// (relative to the repository root).
    static func texts(under folders: [String], maxLength: Int = 400) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for folder in folders {
            let root = repository.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker.allObjects.sorted(by: { ($0 as! URL).path < ($1 as! URL).path }) {
                guard ["xml", "csv", "txt"].contains(url.pathExtension.lowercased()),
                    let data = try? Data(contentsOf: url)
                else { continue }
                let text = String(decoding: data, as: UTF8.self)
                let pieces = url.pathExtension.lowercased() == "xml" ? textNodes(text) : fields(text)
                for piece in pieces where !piece.isEmpty && piece.utf8.count <= maxLength && seen.insert(piece).inserted {
                    out.append(piece)
                }
            }
        }
        return out
    }

    /// The texts between tags, with the five predefined entities and numeric references
    /// replaced.
    static func textNodes(_ xml: String) -> [String] {
        xml.split(separator: "<").compactMap { part -> String? in
            guard let close = part.firstIndex(of: ">") else { return nil }
            let text = part[part.index(after: close)...]
            guard text.contains(where: { !$0.isWhitespace }) else { return nil }
            return unescape(String(text))
        }
    }

    /// The fields of CSV or tab-separated lines (quotes removed), and each whole line.
    static func fields(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            out.append(String(line))
            for field in line.split(whereSeparator: { $0 == "," || $0 == "\t" || $0 == ";" }) {
                out.append(field.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }
        }
        return out
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
        while let start = out.range(of: "&#"), let end = out[start.upperBound...].firstIndex(of: ";") {
            let digits = out[start.upperBound..<end]
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            let scalar = value.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "?"
            out.replaceSubrange(start.lowerBound...end, with: scalar)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Strings a fast path could get wrong: compatibility forms, combining marks, voiced
    /// kana written in two scalars, half-width kana, Hangul jamo, special case foldings.
    static let tricky: [String] = [
        "", " ", "\u{3000}", "\r\n", "\t Acme \n", "Ａｃｍｅ　Ｃｏ．，Ｌｔｄ．", "ＡＢＣ株式会社", "ガ", "カ\u{3099}", "ｶﾞｽ", "ﾄﾖﾀ",
        "ヿ", "゛", "ゟ", "㈱トヨタ", "(株)トヨタ", "（株）トヨタ", "주식회사 삼성", "한", "한\u{11A8}", "Straße", "STRASSE",
        "İstanbul", "ǅemal", "ﬁnance", "Å", "A\u{030A}", "Ａ\u{0301}", "e\u{0301}cole", "Côte d’Ivoire", "O'Neil & Sons",
        "people`s", "Kelvin \u{212A}", "Ω", "\u{2126}", "µ", "½", "№ 5", "Ⅻ", "①", "Ｉｎｃ．", "ＧｍｂＨ ＆ Ｃｏ． ＫＧ",
        "々", "〆", "ー", "・", "トヨタ・自動車", "北京\u{0301}", "\u{0600}非", "\u{FEFF}Acme", "Acme\u{200B}Corp",
        "\u{1F600} Smile Ltd", "𠀋𠂢", "丽\u{F900}", "\u{2F800}",
    ]
}
