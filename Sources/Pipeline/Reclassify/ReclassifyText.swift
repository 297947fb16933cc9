import Catalogue
import DossierModel
import Foundation
import Ledger

/// The texts of a dossier version as the matcher normalises them, joined by line feeds (no
/// catalogue term holds one: normalisation turns every run of whitespace into one space),
/// and its classification codes: what delta mode scans for added or changed catalogue terms
/// without decoding the dossier or normalising its text again. Stored in the ledger's
/// `dossier_text` the first time a re-classification needs it.
struct ReclassifyText: Codable, Sendable, Hashable {
    /// A classification code as the matcher reads it.
    struct Code: Codable, Sendable, Hashable {
        var scheme: String
        var code: String
    }

    /// The normalised texts, UTF-8, separated by `\n`.
    var text: String
    var codes: [Code]

    /// Every text the matcher reads (titles, abstracts, claims, text attachments, technology
    /// summaries; see `docs/matching.md`) and every classification code.
    init(_ dossier: Dossier) {
        var texts: [String] = []
        var codes: [Code] = []
        for asset in dossier.assets {
            texts += asset.titles.map(\.text) + asset.abstracts.map(\.text) + asset.claims.map(\.text)
            texts += asset.attachments.compactMap(\.text)
            codes += asset.classifications.map { Code(scheme: $0.scheme, code: $0.code ?? $0.raw) }
        }
        texts += dossier.transaction.technologySummaries.map(\.text)
        texts += dossier.attachments.compactMap(\.text)
        var bytes: [UInt8] = []
        for text in texts where !text.isEmpty {
            if !bytes.isEmpty { bytes.append(0x0A) }
            bytes += MatchText(text).bytes
        }
        self.text = String(decoding: bytes, as: UTF8.self)
        self.codes = codes
    }

    var blob: EncodedBlob {
        get throws { try LedgerBlobCodec.encode(self) }
    }

    init(blob: EncodedBlob) throws {
        self = try LedgerBlobCodec.decode(Self.self, blob)
    }
}
