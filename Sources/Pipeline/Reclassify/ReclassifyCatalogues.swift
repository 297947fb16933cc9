import Catalogue
import DossierModel
import Foundation
import Hashing

/// The catalogue set a re-classification decides with: the definition's folder with the new
/// version joined to it (`docs/reclassify.md`).
///
/// - a version with the same id is replaced (an amended transcription of the same version);
/// - otherwise the new version is added, and an earlier version still in force on its
///   `effective-from` is closed the day before (as an office does when it adds the file);
/// - a later version that the new one would overlap is an error (`catalogue.overlap`).
///
/// So each stored dossier gets the version in force on its filing date under the new set.
struct ReclassifyCatalogues: Sendable {
    /// The set after the change.
    let set: CatalogueSet
    /// The new version and its file.
    let new: Catalogue
    let newReference: ReferenceUse
    /// The version of the folder with the new version's id, when one is replaced.
    let replaced: Catalogue?
    /// The file of the replaced version.
    let replacedReference: ReferenceUse?
    /// The files of every version of the new set, by catalogue id.
    let references: [String: ReferenceUse]

    /// Joins `new` (read from `path`) to `base`.
    init(base: CatalogueSet, new: Catalogue, path: String) throws {
        let hash: String
        do {
            hash = try ContentHash.sha256(file: path)
        } catch {
            throw ReferenceFileError(id: "catalogue.unreadable", message: "cannot read the file to hash it", file: path)
        }
        self.new = new
        newReference = ReferenceUse(kind: "catalogue", id: new.id, path: path, sha256: hash)
        replaced = base.catalogue(id: new.id)
        replacedReference = base.references[new.id]
        var versions = base.catalogues.filter { $0.id != new.id }
        for index in versions.indices where versions[index].effectiveFrom < new.effectiveFrom {
            let version = versions[index]
            if version.effectiveTo.map({ $0 >= new.effectiveFrom }) ?? true {
                versions[index].effectiveTo = new.effectiveFrom.adding(days: -1)
            }
        }
        versions.append(new)
        set = try CatalogueSet(versions, file: path)
        var references = base.references.filter { $0.key != new.id }
        references[new.id] = newReference
        self.references = references
    }

    /// The diff from the replaced version to the new one, when a version is replaced and
    /// the stored decisions may rest on it.
    var diff: CatalogueDiff? { replaced.map { CatalogueDiff(old: $0, new: new) } }
}
