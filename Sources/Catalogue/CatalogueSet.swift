import DossierModel
import Foundation
import Hashing

/// The catalogue versions of a folder (`pipelines/catalogues/`), ordered by effective date,
/// answering which version is in force on a filing date.
public struct CatalogueSet: Sendable, Hashable {
    /// The versions, earliest `effectiveFrom` first.
    public let catalogues: [Catalogue]
    /// The file each version was loaded from, with its hash, by catalogue id; empty for a set
    /// built from values.
    public private(set) var references: [String: ReferenceUse] = [:]

    /// A set of already-loaded versions; throws when two share an id or their effective
    /// periods overlap (`catalogue.duplicate-id`, `catalogue.overlap`).
    public init(_ catalogues: [Catalogue], file: String = "(catalogues)") throws {
        let errors = Self.crossCheck(catalogues.map { ($0, file) })
        if let first = errors.first { throw first }
        self.catalogues = catalogues.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// Loads every `.yml` / `.yaml` file of `folder` (not its subfolders); throws the first
    /// problem of any file, or of the set as a whole.
    public static func load(folder: String) throws -> CatalogueSet {
        let files = try catalogueFiles(in: folder)
        var loaded: [(Catalogue, String)] = []
        for file in files {
            loaded.append((try CatalogueLoader.load(path: file), file))
        }
        if let first = crossCheck(loaded).first { throw first }
        var set = try CatalogueSet(loaded.map(\.0), file: folder)
        for (catalogue, file) in loaded {
            guard let hash = try? ContentHash.sha256(file: file) else {
                throw ReferenceFileError(id: "catalogue.unreadable", message: "cannot read the file to hash it", file: file)
            }
            set.references[catalogue.id] = ReferenceUse(kind: "catalogue", id: catalogue.id, path: file, sha256: hash)
        }
        return set
    }

    /// The version in force on `date`: the one whose effective dates contain it; nil before
    /// the first version or in a gap between versions.
    public func inForce(on date: CalendarDate) -> Catalogue? {
        catalogues.last { $0.isInForce(on: date) }
    }

    /// The version with the given id.
    public func catalogue(id: String) -> Catalogue? {
        catalogues.first { $0.id == id }
    }

    /// The paths of the catalogue files of `folder`, sorted by name.
    static func catalogueFiles(in folder: String) throws -> [String] {
        try ReferenceYAML.files(in: folder, prefix: "catalogue", what: "catalogue file (.yml)")
    }

    /// Problems across versions: a repeated id, or effective periods that overlap (an open
    /// `effective-to` runs to the end of time). Each error names the later file.
    static func crossCheck(_ loaded: [(catalogue: Catalogue, file: String)]) -> [ReferenceFileError] {
        var errors: [ReferenceFileError] = []
        var ids: [String: String] = [:]
        for (catalogue, file) in loaded {
            if let other = ids[catalogue.id] {
                errors.append(
                    ReferenceFileError(
                        id: "catalogue.duplicate-id", message: "id '\(catalogue.id)' is also the id of \(other)", file: file))
            }
            ids[catalogue.id] = file
        }
        let ordered = loaded.sorted { $0.catalogue.effectiveFrom < $1.catalogue.effectiveFrom }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            let end = earlier.catalogue.effectiveTo
            if end.map({ $0 >= later.catalogue.effectiveFrom }) ?? true {
                errors.append(
                    ReferenceFileError(
                        id: "catalogue.overlap",
                        message: "'\(later.catalogue.id)' takes effect on \(later.catalogue.effectiveFrom) but "
                            + "'\(earlier.catalogue.id)' (\(earlier.file)) is in force until \(end.map(\.description) ?? "further notice"); "
                            + "give it effective-to the day before",
                        file: later.file))
            }
        }
        return errors
    }
}
