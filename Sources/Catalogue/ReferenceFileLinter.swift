import DossierModel
import Foundation
import Hashing

/// Lints any reference file an office edits, by the `kind:` it declares: `routing-table`,
/// `calendar`, `clocks`, or none for a catalogue, and the kinds a caller adds (`pipeline`, whose
/// loader lives in Pipeline). What `outbound catalogue lint PATH` runs, on a file or on a
/// folder of files.
public enum ReferenceFileLinter {
    /// The kinds the linter knows besides catalogues (which declare no kind).
    public static let kinds = [RoutingTableLoader.kind, WorkingCalendarLoader.kind, ClockSettingsLoader.kind]

    /// Every problem in the text of a file of a kind this module does not read, in file order.
    public typealias KindLinter = @Sendable (_ text: String, _ file: String, _ sha256: String) -> [ReferenceFileError]

    /// Every problem in the file or folder at `path`, in file order; empty when all is good.
    /// A folder is checked file by file, then across its files of each kind (repeated ids,
    /// provinces or years; overlapping catalogue periods).
    /// `more` lints the files of further kinds.
    public static func lint(path: String, more: [String: KindLinter] = [:]) -> [ReferenceFileError] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [ReferenceFileError(id: "reference.unreadable", message: "no such file or directory", file: path)]
        }
        return isDirectory.boolValue ? lint(folder: path, more: more) : lintFile(path: path, more: more)
    }

    /// Every problem in `text`, read as the kind it declares; `file` is the path the errors
    /// name (a province routing table is checked against `default.yml` beside it).
    public static func lint(text: String, file: String, more: [String: KindLinter] = [:]) -> [ReferenceFileError] {
        let hash = ContentHash.sha256(text: text)
        switch declaredKind(text) {
        case nil:
            return CatalogueLinter.lint(text: text, file: file)
        case RoutingTableLoader.kind?:
            let first = RoutingTableLoader.read(text: text, file: file, sha256: hash, base: nil)
            guard first.1.isEmpty, let table = first.0, !table.isDefault else { return first.1 }
            guard let base = RoutingTableSet.siblingDefault(of: file) else { return [] }
            return RoutingTableLoader.read(text: text, file: file, sha256: hash, base: base).1
        case WorkingCalendarLoader.kind?:
            return WorkingCalendarLoader.read(text: text, file: file, sha256: hash).1
        case ClockSettingsLoader.kind?:
            return ClockSettingsLoader.read(text: text, file: file, sha256: hash).1
        case let other? where more[other] != nil:
            return more[other]?(text, file, hash) ?? []
        case let other?:
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("kind:") }
            return [
                ReferenceFileError(
                    id: "reference.unknown-kind",
                    message:
                        "kind '\(other)' is not one of \((kinds + more.keys.sorted()).joined(separator: ", ")) (leave 'kind' out for a catalogue)",
                    file: file, line: line.map { $0 + 1 }, column: 1)
            ]
        }
    }

    /// The value of the top-level `kind:` line of a YAML text, nil when there is none. Read
    /// line by line so that a file with a syntax error is still linted as its kind.
    public static func declaredKind(_ text: String) -> String? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("kind:") {
            var value = line.dropFirst("kind:".count)
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            let kind = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return kind.isEmpty ? nil : kind
        }
        return nil
    }

    /// One file.
    static func lintFile(path: String, more: [String: KindLinter]) -> [ReferenceFileError] {
        do {
            let (text, _) = try ReferenceYAML.read(path: path, prefix: "reference")
            return lint(text: text, file: path, more: more)
        } catch let error as ReferenceFileError {
            return [error]
        } catch {
            return [ReferenceFileError(id: "reference.unreadable", message: "\(error)", file: path)]
        }
    }

    /// Every file of a folder, then the checks across the files of each kind.
    static func lint(folder: String, more: [String: KindLinter]) -> [ReferenceFileError] {
        let files: [String]
        do {
            files = try ReferenceYAML.files(in: folder, prefix: "reference")
        } catch let error as ReferenceFileError {
            return [error]
        } catch {
            return [ReferenceFileError(id: "reference.unreadable", message: "\(error)", file: folder)]
        }
        let kinds = files.map { file in
            FileManager.default.contents(atPath: file).flatMap { String(data: $0, encoding: .utf8) }.flatMap(declaredKind)
        }
        if kinds.allSatisfy({ $0 == nil }) { return CatalogueLinter.lint(folder: folder) }
        var errors = files.flatMap { lintFile(path: $0, more: more) }
        guard errors.isEmpty else { return errors }
        let routing = zip(files, kinds).filter { $0.1 == RoutingTableLoader.kind }.compactMap { try? RoutingTableLoader.load(path: $0.0) }
        if !routing.isEmpty { errors += RoutingTableSet.crossCheck(routing) }
        let calendars = zip(files, kinds).filter { $0.1 == WorkingCalendarLoader.kind }.compactMap {
            try? WorkingCalendarLoader.load(path: $0.0)
        }
        errors += WorkingCalendarSet.crossCheck(calendars)
        let catalogues = zip(files, kinds).filter { $0.1 == nil }.compactMap { file, _ in
            (try? CatalogueLoader.load(path: file)).map { (catalogue: $0, file: file) }
        }
        errors += CatalogueSet.crossCheck(catalogues)
        return errors
    }
}
