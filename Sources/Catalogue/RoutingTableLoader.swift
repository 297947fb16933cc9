import DossierModel
import Hashing

/// Reads a routing table (`kind: routing-table`, documented in `docs/routing.md`), checking
/// every key and value; every problem carries the line and column of the node at fault and an
/// id starting `routing.`.
public enum RoutingTableLoader {
    /// The `kind` a routing table declares.
    public static let kind = "routing-table"
    static let requiredKeys = ["kind", "id", "title", "source"]
    static let optionalKeys = ["province", "note", "authorities", "track-a"] + RoutingProcedure.allCases.map(\.rawValue)

    /// The table in the file at `path`. A province table's authority ids are checked against
    /// its own authorities and `base`'s (the default table) when `base` is given; throws the
    /// first problem as a `ReferenceFileError`.
    public static func load(path: String, base: RoutingTable? = nil) throws -> RoutingTable {
        let (text, hash) = try ReferenceYAML.read(path: path, prefix: "routing")
        return try load(text: text, file: path, sha256: hash, base: base)
    }

    /// The table written in `text`; `file` is the path the errors and the reference name.
    public static func load(text: String, file: String, base: RoutingTable? = nil) throws -> RoutingTable {
        try load(text: text, file: file, sha256: ContentHash.sha256(text: text), base: base)
    }

    static func load(text: String, file: String, sha256: String, base: RoutingTable?) throws -> RoutingTable {
        try ReferenceYAML.value(
            read(text: text, file: file, sha256: sha256, base: base), file: file, prefix: "routing", what: "routing table")
    }

    /// The table (nil when any problem was found) and every problem, in file order.
    static func read(text: String, file: String, sha256: String, base: RoutingTable?) -> (RoutingTable?, [ReferenceFileError]) {
        ReferenceYAML.read(text: text, file: file, prefix: "routing") { root, reader in
            reader.routingTable(root, file: file, sha256: sha256, base: base)
        }
    }
}

extension ReferenceNodeReader {
    /// The whole routing-table file.
    mutating func routingTable(_ root: ReferenceNode, file: String, sha256: String, base: RoutingTable?) -> RoutingTable? {
        guard
            let header = fields(
                root, of: "the routing table", required: RoutingTableLoader.requiredKeys,
                optional: RoutingTableLoader.optionalKeys)
        else { return nil }
        expectKind(header, RoutingTableLoader.kind)
        let id = identity(header, "id")
        let title = text(header, "title")
        let source = text(header, "source")
        _ = header["note"].map { text($0, "'note' of the routing table") }
        let isDefault = id == RoutingTable.defaultID
        let province = provinceCode(header, isDefault: isDefault)
        if isDefault {
            for key in ["authorities", "track-a"] + RoutingProcedure.allCases.map(\.rawValue) where header[key] == nil {
                report("catalogue.missing-key", "the default routing table must name '\(key)'; province tables inherit it", at: root)
            }
        }
        let authorities = routingAuthorities(header)
        let known = Set(authorities.map(\.id) + (isDefault ? [] : base?.authorities.map(\.id) ?? []))
        let checkReferences = isDefault || base != nil
        let reviewers = trackAReviewers(header, known: known, check: checkReferences)
        var procedures: [RoutingProcedure: [RoutingAssignment]] = [:]
        for procedure in RoutingProcedure.allCases {
            if let list = assignments(header, procedure.rawValue, known: known, check: checkReferences) {
                procedures[procedure] = list
            }
        }
        guard let id, let title, let source, isDefault || province != nil else { return nil }
        let reference = ReferenceUse(kind: RoutingTableLoader.kind, id: id, path: file, sha256: sha256)
        return RoutingTable(
            id: id, province: province, title: title, source: source, authorities: authorities,
            reviewers: reviewers, procedures: procedures, reference: reference)
    }

    /// `province`: required in a province table, absent from the default; `CN-` and two
    /// letters or digits (ISO 3166-2:CN), returned upper case.
    mutating func provinceCode(_ header: ReferenceFields, isDefault: Bool) -> String? {
        guard let node = header["province"] else {
            if !isDefault {
                report(
                    "routing.missing-province",
                    "a routing table other than 'default' must name its 'province' (e.g. CN-JS)", at: header.node)
            }
            return nil
        }
        guard let raw = text(node, "'province' of the routing table") else { return nil }
        if isDefault {
            report("routing.default-province", "the default table applies to every province and must not name one", at: node)
            return nil
        }
        let code = raw.uppercased()
        let suffix = code.dropFirst(3)
        guard code.hasPrefix("CN-"), suffix.count == 2,
            suffix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else {
            report("routing.bad-province", "province '\(raw)' is not an ISO 3166-2 code of a Chinese province such as CN-JS", at: node)
            return nil
        }
        return code
    }

    /// `authorities`: a mapping from stable id to `{name, source, note}`.
    mutating func routingAuthorities(_ header: ReferenceFields) -> [RoutingAuthority] {
        guard let node = header["authorities"] else { return [] }
        guard let mapping = node.mapping else {
            report("catalogue.wrong-type", "'authorities' must map authority ids to their names", at: node)
            return []
        }
        var result: [RoutingAuthority] = []
        for (key, value) in mapping {
            guard let id = text(key, "an authority id"), Self.isIdentity(id) else {
                report("catalogue.bad-identity", "an authority id must be lower-case letters and digits joined by hyphens", at: key)
                continue
            }
            guard let entry = fields(value, of: "authority '\(id)'", required: ["name", "source"], optional: ["note"])
            else { continue }
            let name = bilingual(entry, "name")
            let source = text(entry, "source")
            let note = text(entry, "note")
            if let name, let source {
                result.append(RoutingAuthority(id: id, name: name, source: source, note: note))
            }
        }
        return result
    }

    /// `track-a`: a mapping from asset type to the id of its reviewing authority.
    mutating func trackAReviewers(_ header: ReferenceFields, known: Set<String>, check: Bool) -> [AssetType: String] {
        guard let node = header["track-a"] else { return [:] }
        guard let mapping = node.mapping else {
            report("catalogue.wrong-type", "'track-a' must map asset types to authority ids", at: node)
            return [:]
        }
        var result: [AssetType: String] = [:]
        for (key, value) in mapping {
            guard let type = assetType(key, "a key of 'track-a'") else { continue }
            guard let id = authorityReference(value, "the Track A reviewer of \(type)", known: known, check: check)
            else { continue }
            result[type] = id
        }
        return result
    }

    /// A procedure's list of `{authority, role}`.
    mutating func assignments(_ header: ReferenceFields, _ key: String, known: Set<String>, check: Bool) -> [RoutingAssignment]? {
        guard let items = list(header, key) else { return nil }
        var result: [RoutingAssignment] = []
        for (index, item) in items.enumerated() {
            let context = "item \(index + 1) of '\(key)'"
            guard let entry = fields(item, of: context, required: ["authority", "role"]) else { continue }
            let authority = entry["authority"].flatMap { authorityReference($0, "'authority' of \(context)", known: known, check: check) }
            let role = text(entry, "role")
            if let authority, let role {
                result.append(RoutingAssignment(authority: authority, role: role))
            }
        }
        if result.isEmpty, !items.isEmpty { return nil }
        return result
    }

    /// An asset type of the dossier format (`routing.unknown-asset-type` otherwise).
    mutating func assetType(_ node: ReferenceNode, _ what: String) -> AssetType? {
        guard let raw = text(node, what) else { return nil }
        let type = AssetType(rawValue: raw)
        guard type.isKnown else {
            let allowed = AssetType.known.map(\.rawValue).joined(separator: ", ")
            report("routing.unknown-asset-type", "\(what) '\(raw)' is not an asset type; known types: \(allowed)", at: node)
            return nil
        }
        return type
    }

    /// An authority id that the table (or the default it inherits from) defines.
    mutating func authorityReference(_ node: ReferenceNode, _ what: String, known: Set<String>, check: Bool) -> String? {
        guard let id = text(node, what) else { return nil }
        if check, !known.contains(id) {
            let allowed = known.sorted().joined(separator: ", ")
            report("routing.unknown-authority", "\(what) names authority '\(id)', which no table defines; defined: \(allowed)", at: node)
            return nil
        }
        return id
    }
}
