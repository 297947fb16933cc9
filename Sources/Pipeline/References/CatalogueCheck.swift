import Catalogue
import DossierModel
import Foundation

/// Checks of the reference files an office edits: catalogues, routing tables, calendars and
/// clock settings (Catalogue's `ReferenceFileLinter`), and pipeline definitions (a file says
/// which by its `kind:`; a file without one is a catalogue).
public enum CatalogueCheck {
    /// The kinds this module adds to the linter's.
    static let kinds: [String: ReferenceFileLinter.KindLinter] = [
        PipelineDefinitionLoader.kind: { text, file, sha256 in PipelineDefinitionLoader.read(text: text, file: file, sha256: sha256).1 }
    ]

    /// Every error in the reference file at `path`, or in every `*.yml` of a folder (which
    /// also checks ids and effective dates across catalogue files), as diagnostics with lines.
    public static func lint(path: String) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists else {
            return [.error("catalogue.io", "no such file or directory", at: SourceLocation(file: path))]
        }
        return errors(path: path).map(\.diagnostic)
    }

    /// Every problem in the file or folder at `path`, in file order.
    public static func errors(path: String) -> [ReferenceFileError] {
        ReferenceFileLinter.lint(path: path, more: kinds)
    }

    /// Every problem in `text`, read as the kind it declares.
    public static func errors(text: String, file: String) -> [ReferenceFileError] {
        ReferenceFileLinter.lint(text: text, file: file, more: kinds)
    }
}
