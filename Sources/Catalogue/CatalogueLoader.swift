import DossierModel
import Foundation
import Yams

/// Reads a catalogue file (YAML, documented in `docs/catalogue-format.md`) into a
/// `Catalogue`, checking every key and value; every problem carries the line and column of
/// the node at fault.
public enum CatalogueLoader {
    /// The keys of the file's top-level mapping.
    static let requiredHeaderKeys = ["id", "title", "source", "effective-from", "transcription", "entries"]
    static let optionalHeaderKeys = ["effective-to"]

    /// The catalogue in the file at `path`; throws the first problem (in file order) as a
    /// `ReferenceFileError`, whose message says how many more there are.
    public static func load(path: String) throws -> Catalogue {
        try load(text: try readText(path: path), file: path)
    }

    /// The catalogue written in `text`; `file` is the path the errors name.
    public static func load(text: String, file: String) throws -> Catalogue {
        try ReferenceYAML.value(read(text: text, file: file), file: file, prefix: "catalogue", what: "catalogue")
    }

    /// The catalogue (nil when any problem was found) and every problem, in file order.
    static func read(text: String, file: String) -> (Catalogue?, [ReferenceFileError]) {
        ReferenceYAML.read(text: text, file: file, prefix: "catalogue") { root, reader in reader.catalogue(root) }
    }

    /// The text of a file, or a `catalogue.unreadable` / `catalogue.encoding` error.
    static func readText(path: String) throws -> String {
        try ReferenceYAML.read(path: path, prefix: "catalogue").text
    }

    /// Errors in file order (those without a position first), keeping the order found for ties.
    static func sorted(_ errors: [ReferenceFileError]) -> [ReferenceFileError] {
        errors.enumerated().sorted { a, b in
            let ka = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// A YAML scanner, parser or composer error as a `ReferenceFileError` with its position.
    static func syntaxError(_ error: any Error, file: String) -> ReferenceFileError {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ReferenceFileError(
                id: "catalogue.yaml-syntax", message: "not valid YAML: \(problem)",
                file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ReferenceFileError(
                id: "catalogue.duplicate-key",
                message: "a mapping repeats the key(s) \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                file: file, line: context.mark.line, column: context.mark.column)
        default:
            return ReferenceFileError(id: "catalogue.yaml-syntax", message: "not valid YAML: \(error)", file: file)
        }
    }
}

extension ReferenceNodeReader {
    /// The whole file: header, then entries, then the checks across entries.
    mutating func catalogue(_ root: ReferenceNode) -> Catalogue? {
        guard
            let header = fields(
                root, of: "the catalogue file", required: CatalogueLoader.requiredHeaderKeys,
                optional: CatalogueLoader.optionalHeaderKeys)
        else { return nil }
        let id = text(header, "id")
        if let id, !Self.isIdentity(id) {
            report("catalogue.bad-identity", "id '\(id)' must be lower-case letters and digits joined by hyphens", at: header["id"])
        }
        let title = bilingual(header, "title")
        let source = catalogueSource(header)
        let from = date(header, "effective-from")
        let to = date(header, "effective-to")
        if let from, let to, to < from {
            report("catalogue.date-order", "effective-to \(to) is before effective-from \(from)", at: header["effective-to"])
        }
        let transcription = text(header, "transcription")
        let parsed = (list(header, "entries") ?? []).compactMap { node in entry(node).map { ($0, node) } }
        checkUnique(parsed)
        let entries = parsed.map(\.0)
        guard let id, let title, let source, let from, let transcription else { return nil }
        return Catalogue(
            id: id, title: title, source: source, effectiveFrom: from, effectiveTo: to,
            transcription: transcription, entries: entries)
    }

    /// The `source` block of the header.
    mutating func catalogueSource(_ header: ReferenceFields) -> CatalogueSource? {
        guard let node = header["source"],
            let block = fields(
                node, of: "the catalogue 'source'", required: ["instrument", "announcement"],
                optional: ["url", "full-text"])
        else { return nil }
        let instrument = text(block, "instrument")
        let announcement = text(block, "announcement")
        let url = text(block, "url")
        let fullText = text(block, "full-text")
        guard let instrument, let announcement else { return nil }
        return CatalogueSource(instrument: instrument, announcement: announcement, url: url, fullText: fullText)
    }
}
