import Catalogue
import DossierModel

/// One text of a dossier that the catalogue matcher reads, prepared for matching, with the
/// place it came from.
struct MatchField: Sendable {
    let location: TextLocation
    let text: MatchText
    /// Position of the field in reading order, for a stable sort of evidence.
    let order: Int

    /// Every text of the dossier in reading order: per asset its titles, abstracts, claims and
    /// text attachments; then the transaction's technology summaries and the dossier-level
    /// text attachments (`assetID` nil).
    static func fields(of dossier: Dossier) -> [MatchField] {
        var out: [MatchField] = []
        func add(_ text: String, _ location: TextLocation) {
            guard !text.isEmpty else { return }
            out.append(MatchField(location: location, text: MatchText(text), order: out.count))
        }
        for asset in dossier.assets {
            for (i, title) in asset.titles.enumerated() {
                add(
                    title.text, TextLocation(assetID: asset.id, field: .title, index: String(i + 1), lang: title.lang, source: title.source)
                )
            }
            for (i, abstract) in asset.abstracts.enumerated() {
                add(
                    abstract.text,
                    TextLocation(assetID: asset.id, field: .abstract, index: String(i + 1), lang: abstract.lang, source: abstract.source))
            }
            for (i, claim) in asset.claims.enumerated() {
                let number = claim.number.flatMap { $0.isEmpty ? nil : $0 } ?? String(i + 1)
                add(claim.text, TextLocation(assetID: asset.id, field: .claim, index: number, lang: claim.lang, source: claim.source))
            }
            for (i, attachment) in asset.attachments.enumerated() {
                guard let text = attachment.text else { continue }
                add(text, TextLocation(assetID: asset.id, field: .attachment, index: String(i + 1), source: attachment.href))
            }
        }
        for (i, summary) in dossier.transaction.technologySummaries.enumerated() {
            add(
                summary.text,
                TextLocation(assetID: nil, field: .technologySummary, index: String(i + 1), lang: summary.lang, source: summary.source))
        }
        for (i, attachment) in dossier.attachments.enumerated() {
            guard let text = attachment.text else { continue }
            add(text, TextLocation(assetID: nil, field: .attachment, index: String(i + 1), source: attachment.href))
        }
        return out
    }

    /// How much a keyword found in this field says about the asset: the title and claims
    /// define the technology, an attachment may mention a term in passing.
    var weight: Double {
        switch location.field {
        case .title: 1.0
        case .claim: 0.9
        case .technologySummary: 0.9
        case .abstract: 0.85
        case .attachment: 0.6
        case .classification: 0.5
        }
    }

    /// The evidence snippet for a span of original UTF-8 offsets.
    func snippet(_ span: Range<Int>) -> Snippet {
        let parts = text.context(of: span)
        return Snippet(before: parts.before, match: parts.match, after: parts.after)
    }
}
