import DossierModel
import Foundation

/// Expands the paths a user gave into the input files to read, in a stable order.
public enum InputPaths {
    /// File name endings read when a directory is walked; files named explicitly are
    /// always read, whatever their name.
    public static let inputSuffixes = [".xml", ".xml.gz", ".gz", ".zip", ".tar", ".tar.gz", ".tgz"]

    /// Files named are kept as given; directories are walked recursively (hidden entries
    /// skipped) for files with an input suffix, sorted by path. Throws for a path that does
    /// not exist.
    public static func expand(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputPathError(path: path)
            }
            guard isDirectory.boolValue else {
                out.append(path)
                continue
            }
            var found: [String] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            if let walker = fm.enumerator(atPath: path) {
                for case let relative as String in walker {
                    if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                    let lower = relative.lowercased()
                    guard inputSuffixes.contains(where: { lower.hasSuffix($0) }) else { continue }
                    let full = base + "/" + relative
                    var isDir: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(full) }
                }
            }
            out += found.sorted()
        }
        return out
    }
}

extension InputPaths {
    /// `expand`, with a path that does not exist as the diagnostic `input.not-found` of a
    /// `PipelineError` (exit 74).
    static func files(_ paths: [String]) throws -> [String] {
        do {
            return try expand(paths)
        } catch let error as InputPathError {
            throw PipelineError(
                kind: .io, diagnostics: [.error("input.not-found", "no such file or directory", at: SourceLocation(file: error.path))])
        }
    }
}

/// A path given on the command line does not exist.
public struct InputPathError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path): no such file or directory" }
}
