import Foundation

/// Checks catalogue files and reports every problem, not just the first: what
/// `outbound catalogue lint FILE` prints, one `path:line:col: error: message [id]` each.
public enum CatalogueLinter {
    /// Every problem in the file at `path`, in file order; empty when the file is good.
    public static func lint(path: String) -> [ReferenceFileError] {
        do {
            return lint(text: try CatalogueLoader.readText(path: path), file: path)
        } catch let error as ReferenceFileError {
            return [error]
        } catch {
            return [ReferenceFileError(id: "catalogue.unreadable", message: "\(error)", file: path)]
        }
    }

    /// Every problem in `text`; `file` is the path the errors name.
    public static func lint(text: String, file: String) -> [ReferenceFileError] {
        CatalogueLoader.read(text: text, file: file).1
    }

    /// Every problem in the catalogue files of a folder, then the problems across them
    /// (repeated ids, overlapping effective dates): see `CatalogueSet`.
    public static func lint(folder: String) -> [ReferenceFileError] {
        let files: [String]
        do {
            files = try CatalogueSet.catalogueFiles(in: folder)
        } catch let error as ReferenceFileError {
            return [error]
        } catch {
            return [ReferenceFileError(id: "catalogue.unreadable", message: "\(error)", file: folder)]
        }
        var errors: [ReferenceFileError] = []
        var loaded: [(catalogue: Catalogue, file: String)] = []
        for file in files {
            let problems = lint(path: file)
            errors += problems
            if problems.isEmpty, let catalogue = try? CatalogueLoader.load(path: file) {
                loaded.append((catalogue, file))
            }
        }
        return errors + CatalogueSet.crossCheck(loaded)
    }
}
