import DossierModel
import Foundation

/// The routing tables of a folder (`pipelines/routing/`): the default and the province
/// tables, looked up by province code with inheritance from the default.
public struct RoutingTableSet: Sendable, Hashable {
    /// The default table.
    public let base: RoutingTable
    /// The province tables as written (before inheritance), by upper-case province code.
    public let provinces: [String: RoutingTable]

    /// A set of already-loaded tables; throws when `base` is not the default table, or two
    /// province tables share an id or a province.
    public init(default base: RoutingTable, provinces: [RoutingTable]) throws {
        if let first = Self.crossCheck([base] + provinces).first { throw first }
        self.base = base
        self.provinces = Dictionary(uniqueKeysWithValues: provinces.map { ($0.province ?? "", $0) })
    }

    /// Loads every `.yml` / `.yaml` file of `folder`: the default table, then each province
    /// table with its authority ids checked against the default; throws the first problem.
    public static func load(folder: String) throws -> RoutingTableSet {
        let files = try ReferenceYAML.files(in: folder, prefix: "routing")
        let first = try files.map { try RoutingTableLoader.load(path: $0) }
        let defaults = first.filter(\.isDefault)
        guard defaults.count == 1, let base = defaults.first else {
            throw crossCheck(first).first
                ?? ReferenceFileError(
                    id: "routing.no-default", message: "the folder holds no routing table with id 'default'", file: folder)
        }
        let provinces = try first.filter { !$0.isDefault }.map { try RoutingTableLoader.load(path: $0.reference.path, base: base) }
        return try RoutingTableSet(default: base, provinces: provinces)
    }

    /// The table for a province (`CN-JS`, any case), inheriting from the default; the default
    /// itself when `province` is nil or has no table of its own (`usedDefault` says which).
    public func table(forProvince province: String?) -> (table: RoutingTable, usedDefault: Bool) {
        guard let province, let own = provinces[province.trimmingCharacters(in: .whitespaces).uppercased()] else {
            return (base, true)
        }
        return (own.inheriting(from: base), false)
    }

    /// Every file of the set, default first, then provinces by code.
    public var references: [ReferenceUse] {
        [base.reference] + provinces.keys.sorted().compactMap { provinces[$0]?.reference }
    }

    /// Problems across tables: not exactly one default, a repeated id or province. Each error
    /// names the later file.
    static func crossCheck(_ tables: [RoutingTable]) -> [ReferenceFileError] {
        var errors: [ReferenceFileError] = []
        var ids: [String: String] = [:]
        var provinces: [String: String] = [:]
        for table in tables {
            let file = table.reference.path
            if let other = ids[table.id] {
                errors.append(
                    ReferenceFileError(id: "routing.duplicate-id", message: "id '\(table.id)' is also the id of \(other)", file: file))
            }
            ids[table.id] = ids[table.id] ?? file
            if let province = table.province {
                if let other = provinces[province] {
                    errors.append(
                        ReferenceFileError(
                            id: "routing.duplicate-province", message: "province \(province) also has the table \(other)", file: file))
                }
                provinces[province] = provinces[province] ?? file
            }
        }
        if !tables.isEmpty, !tables.contains(where: \.isDefault) {
            errors.append(
                ReferenceFileError(
                    id: "routing.no-default", message: "no routing table has the id 'default'",
                    file: tables[0].reference.path))
        }
        return errors
    }

    /// The default table beside a province table's file (`default.yml` in the same folder),
    /// so that a single province file can be linted with its inherited authorities.
    static func siblingDefault(of file: String) -> RoutingTable? {
        let folder = (file as NSString).deletingLastPathComponent
        for name in ["default.yml", "default.yaml"] {
            let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            if path != file, FileManager.default.fileExists(atPath: path),
                let table = try? RoutingTableLoader.load(path: path), table.isDefault
            {
                return table
            }
        }
        return nil
    }
}
