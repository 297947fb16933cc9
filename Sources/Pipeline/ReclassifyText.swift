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
        get throws { try NightlyWorker.encode(self) }
    }

    init(blob: EncodedBlob) throws {
        self = try NightlyWorker.decode(Self.self, blob)
    }
}

/// Finds whether a stored text can hit one of the targets of a catalogue holding only the
/// added and changed terms (`CatalogueDiff.scanCatalogue(of:)`): any of its keywords in the
/// text, or any of its IPC prefixes covering a code. Word boundaries are not checked, so it
/// may select a dossier the matcher then finds no hit in, never the reverse.
struct ReclassifyScanner: Sendable {
    let index: CatalogueIndex

    init?(catalogue: Catalogue) {
        guard !catalogue.entries.isEmpty else { return nil }
        index = CatalogueIndex(catalogue: catalogue)
    }

    func matches(_ text: ReclassifyText) -> Bool {
        for code in text.codes where !index.ipcMatches(code: code.code, scheme: code.scheme).isEmpty { return true }
        // Threshold words are in the automaton too: a superset, harmless.
        var found = false
        var text = text.text
        text.withUTF8 { buffer in
            index.automaton.scan(buffer) { _ in found = true }
        }
        return found
    }
}
