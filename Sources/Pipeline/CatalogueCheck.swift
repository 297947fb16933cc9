import Catalogue
import DossierModel
import Foundation

/// Checks of the reference files an office edits (catalogues for now).
public enum CatalogueCheck {
    /// Every error in the catalogue file at `path`, or in every `*.yml` of a folder (which
    /// also checks ids and effective dates across the files), as diagnostics with lines.
    public static func lint(path: String) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists else {
            return [.error("catalogue.io", "no such file or directory", at: SourceLocation(file: path))]
        }
        let errors = isDirectory.boolValue ? CatalogueLinter.lint(folder: path) : CatalogueLinter.lint(path: path)
        return errors.map(\.diagnostic)
    }
}
