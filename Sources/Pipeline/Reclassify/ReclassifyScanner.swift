import Catalogue
import DossierModel
import Foundation
import Ledger

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
