import Catalogue
import DossierModel
import Foundation

/// `outbound catalogue diff OLD NEW`: each side a catalogue file, or the id of a version in
/// the catalogue folder; the diff as text or JSON (`CatalogueDiff`).
public enum CatalogueDiffJob {
    /// The diff of two versions; throws a `PipelineError` (`.definition`, exit 65) naming a
    /// file that cannot be read or an id the folder does not hold.
    public static func diff(old: String, new: String, folder: String, json: Bool) throws -> Data {
        let before = try load(old, folder: folder)
        let after = try load(new, folder: folder)
        let diff = CatalogueDiff(old: before, new: after)
        do {
            return json ? try diff.json() : Data(diff.text.utf8)
        } catch {
            throw PipelineError(
                kind: .io, diagnostics: [.error("catalogue.diff", "cannot encode the diff: \(error)", at: SourceLocation(file: new))])
        }
    }

    /// A file when `reference` names one, else the version with that id in `folder`.
    static func load(_ reference: String, folder: String) throws -> Catalogue {
        do {
            if FileManager.default.fileExists(atPath: reference) { return try CatalogueLoader.load(path: reference) }
            let set = try CatalogueSet.load(folder: folder)
            guard let catalogue = set.catalogue(id: reference) else {
                let known = set.catalogues.map(\.id).joined(separator: ", ")
                throw ReferenceFileError(
                    id: "catalogue.unknown-version",
                    message: "'\(reference)' is neither a file nor the id of a version in the folder (\(known))", file: folder)
            }
            return catalogue
        } catch let error as ReferenceFileError {
            throw PipelineError(kind: .definition, diagnostics: [error.diagnostic])
        }
    }
}
