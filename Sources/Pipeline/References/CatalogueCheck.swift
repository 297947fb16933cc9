import Catalogue
import DossierModel
import Foundation

/// Checks of the reference files an office edits: catalogues, routing tables, calendars and
/// clock settings (a file says which by its `kind:`; a file without one is a catalogue).
public enum CatalogueCheck {
    /// Every error in the reference file at `path`, or in every `*.yml` of a folder (which
    /// also checks ids and effective dates across catalogue files), as diagnostics with lines.
    public static func lint(path: String) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists else {
            return [.error("catalogue.io", "no such file or directory", at: SourceLocation(file: path))]
        }
        return ReferenceFileLinter.lint(path: path).map(\.diagnostic)
    }
}
