import Hashing

/// A loader of one kind of YAML reference file whose value needs nothing but the file:
/// it gives `read` (its reader over the nodes), the protocol gives the `load`s.
public protocol ReferenceFileLoader {
    associatedtype Value
    /// The prefix of the file's error ids (`calendar`, `clocks`).
    static var prefix: String { get }
    /// What the file holds, for `<prefix>.empty` (`calendar`, `clock settings`).
    static var what: String { get }
    /// The value (nil when any problem was found) and every problem, in file order.
    static func read(text: String, file: String, sha256: String) -> (Value?, [ReferenceFileError])
}

extension ReferenceFileLoader {
    /// The value in the file at `path`; throws the first problem as a `ReferenceFileError`.
    public static func load(path: String) throws -> Value {
        let (text, hash) = try ReferenceYAML.read(path: path, prefix: prefix)
        return try load(text: text, file: path, sha256: hash)
    }

    /// The value written in `text`; `file` is the path the errors and the reference name.
    public static func load(text: String, file: String) throws -> Value {
        try load(text: text, file: file, sha256: ContentHash.sha256(text: text))
    }

    public static func load(text: String, file: String, sha256: String) throws -> Value {
        try ReferenceYAML.value(read(text: text, file: file, sha256: sha256), file: file, prefix: prefix, what: what)
    }
}
