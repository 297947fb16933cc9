import DossierModel
import Foundation
import Hashing
import Yams

/// What the loaders of routing tables, calendars and clock settings share: reading a file with
/// its hash, composing the YAML with positioned errors, and naming errors by the file's kind.
public enum ReferenceYAML {
    /// The text of the file at `path` and the SHA-256 of its bytes; throws
    /// `<prefix>.unreadable` or `<prefix>.encoding`.
    public static func read(path: String, prefix: String) throws -> (text: String, sha256: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReferenceFileError(id: "\(prefix).unreadable", message: "cannot read the file", file: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReferenceFileError(id: "\(prefix).encoding", message: "the file is not UTF-8 text", file: path)
        }
        return (text, ContentHash.sha256(data))
    }

    /// The root node of `text`, or the syntax error (`<prefix>.yaml-syntax`,
    /// `<prefix>.duplicate-key`, `<prefix>.empty`).
    public static func compose(text: String, file: String, prefix: String) -> Result<ReferenceNode, ReferenceFileError> {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return .failure(ReferenceFileError(id: "\(prefix).empty", message: "the file holds no YAML document", file: file))
            }
            return .success(ReferenceNode(node))
        } catch {
            return .failure(renamed(CatalogueLoader.syntaxError(error, file: file), prefix: prefix))
        }
    }

    /// The value of the top-level `kind` key, when the document is a mapping that has one.
    static func kind(of root: ReferenceNode) -> String? {
        root.mapping?["kind"]?.scalar?.string.trimmingCharacters(in: .whitespaces)
    }

    /// The error with its `catalogue.` id prefix (from the shared node reader) replaced by
    /// `prefix`, so that a routing table reports `routing.unknown-key`.
    static func renamed(_ error: ReferenceFileError, prefix: String) -> ReferenceFileError {
        var error = error
        if error.id.hasPrefix("catalogue.") {
            error.id = prefix + error.id.dropFirst("catalogue".count)
        }
        return error
    }

    /// Errors renamed and in file order.
    public static func finish(_ errors: [ReferenceFileError], prefix: String) -> [ReferenceFileError] {
        CatalogueLoader.sorted(errors.map { renamed($0, prefix: prefix) })
    }

    /// The first error, its message saying how many more there are.
    public static func firstError(_ errors: [ReferenceFileError], file: String) -> ReferenceFileError? {
        guard var first = errors.first else { return nil }
        if errors.count > 1 {
            first.message += " (and \(errors.count - 1) more problem(s); run `outbound catalogue lint \(file)`)"
        }
        return first
    }

    /// The `.yml` / `.yaml` files of `folder`, sorted by name; throws `<prefix>.unreadable` or
    /// `<prefix>.empty`.
    static func files(in folder: String, prefix: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw ReferenceFileError(id: "\(prefix).unreadable", message: "cannot list the folder", file: folder)
        }
        let files = names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else {
            throw ReferenceFileError(id: "\(prefix).empty", message: "the folder holds no .yml file", file: folder)
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return files.map { base + $0 }
    }
}

extension ReferenceNodeReader {
    /// Checks the top-level `kind` against the one the loader reads (`<prefix>.wrong-kind`).
    public mutating func expectKind(_ fields: ReferenceFields, _ expected: String) {
        guard let kind = text(fields, "kind") else { return }
        if kind != expected {
            report("catalogue.wrong-kind", "this file is read as kind '\(expected)' but says kind '\(kind)'", at: fields["kind"])
        }
    }
}
