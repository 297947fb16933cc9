import DossierModel
import Foundation

/// The normalise stage: turns the raw values Extract put in a dossier into canonical ones,
/// keeping the originals beside them, and records what it could not read as warnings on
/// the dossier.
///
/// It normalises the filing date, the contract value, every party (kind, names, country,
/// identifiers) and every asset (type, identifiers, classifications, secrecy). A party kind
/// or asset type the format does not define becomes `other` (`party.unknown-kind`,
/// `asset.unknown-type`); an undefined secrecy value is kept and reported
/// (`secrecy.unknown`). Vocabulary values are read case-insensitively and trimmed.
///
/// The stage is pure and deterministic: warnings come in the order of the dossier, each
/// with the dossier id, stage `.normalise` and the dossier's source location, after the
/// warnings the dossier already has. A warning the dossier already carries is not added
/// again, so running the stage on its own output changes nothing (the second run no longer
/// sees the unknown kind it replaced, and keeps the first run's warning about it).
public struct DossierNormaliser: Sendable {
    public init() {}

    /// The normalised dossier; the same as `DossierNormaliser().normalise(dossier)`.
    public static func normalise(_ dossier: Dossier) -> Dossier {
        DossierNormaliser().normalise(dossier)
    }

    /// The normalised dossier.
    public func normalise(_ dossier: Dossier) -> Dossier {
        let context = NormaliseContext(dossier: dossier.id, location: dossier.source)
        var out = dossier
        if let raw = dossier.filedRaw {
            out.filed = DateNormaliser.normalise(raw, field: "the filing date", context: context)
        }
        if let value = dossier.transaction.value {
            out.transaction.value = AmountNormaliser.normalise(value, context: context)
        }
        out.parties = dossier.parties.map { normalise($0, context: context.about("party \($0.id)")) }
        out.assets = dossier.assets.map { normalise($0, context: context.about("asset \($0.id)")) }
        for diagnostic in context.collector.drain() where !out.diagnostics.contains(diagnostic) {
            out.diagnostics.append(diagnostic)
        }
        return out
    }

    /// The normalised party.
    func normalise(_ party: Party, context: NormaliseContext) -> Party {
        var out = party
        out.kind = vocabulary(party.kind)
        if !out.kind.isKnown {
            context.warn(
                "party.unknown-kind",
                "party \(party.id) has kind \"\(party.kind.rawValue)\", which the dossier format does not define; read as \"other\"")
            out.kind = .other
        }
        let isPerson = out.kind == .individual
        out.names = party.names.map { NameNormaliser.normalise($0, legalForms: !isPerson) }
        out.country = party.country.map { CountryNormaliser.normalise($0, context: context) }
        out.identifiers = party.identifiers.map { IdentifierNormaliser.normalise($0, context: context) }
        return out
    }

    /// The normalised asset.
    func normalise(_ asset: Asset, context: NormaliseContext) -> Asset {
        var out = asset
        out.type = vocabulary(asset.type)
        if !out.type.isKnown {
            context.warn(
                "asset.unknown-type",
                "asset \(asset.id) has type \"\(asset.type.rawValue)\", which the dossier format does not define; read as \"other\"")
            out.type = .other
        }
        out.identifiers = asset.identifiers.map { IdentifierNormaliser.normalise($0, context: context) }
        out.classifications = asset.classifications.map { ClassificationNormaliser.normalise($0, context: context) }
        if let secrecy = asset.secrecy {
            out.secrecy = vocabulary(secrecy)
            if out.secrecy?.isKnown == false {
                context.warn(
                    "secrecy.unknown",
                    "asset \(asset.id) has secrecy \"\(secrecy.rawValue)\", which the dossier format does not define")
                out.secrecy = secrecy
            }
        }
        return out
    }

    /// A vocabulary value trimmed and in lower case when that makes it a known one;
    /// otherwise the value as it was.
    func vocabulary<V: OpenVocabulary>(_ value: V) -> V {
        let folded = V(rawValue: TextFolding.trimmed(value.rawValue).lowercased())
        return folded.isKnown ? folded : value
    }
}
