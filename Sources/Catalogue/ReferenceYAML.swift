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

    /// What a reader builds from the YAML `text` (nil when any problem was found) and every
    /// problem, in file order, their ids under `prefix`: the `read` of every reference-file
    /// loader, each giving its own `build`.
    public static func read<Value>(
        text: String, file: String, prefix: String, _ build: (ReferenceNode, inout ReferenceNodeReader) -> Value?
    ) -> (Value?, [ReferenceFileError]) {
        let root: ReferenceNode
        switch compose(text: text, file: file, prefix: prefix) {
        case .success(let node): root = node
        case .failure(let error): return (nil, [error])
        }
        var reader = ReferenceNodeReader(file: file)
        let value = build(root, &reader)
        let errors = finish(reader.errors, prefix: prefix)
        return (errors.isEmpty ? value : nil, errors)
    }

    /// The value `read` built, or its first problem thrown (`<prefix>.empty` when the file
    /// holds no `what`).
    public static func value<Value>(_ read: (Value?, [ReferenceFileError]), file: String, prefix: String, what: String) throws -> Value {
        if let first = firstError(read.1, file: file) { throw first }
        guard let value = read.0 else {
            throw ReferenceFileError(id: "\(prefix).empty", message: "the file holds no \(what)", file: file)
        }
        return value
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
    /// `<prefix>.empty` (the folder holds no `what`).
    static func files(in folder: String, prefix: String, what: String = ".yml file") throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw ReferenceFileError(id: "\(prefix).unreadable", message: "cannot list the folder", file: folder)
        }
        let files = names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else {
            throw ReferenceFileError(id: "\(prefix).empty", message: "the folder holds no \(what)", file: folder)
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
