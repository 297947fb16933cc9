import Foundation
import Hashing
import Testing

@testable import Packets

/// Folder names from dossier ids: safe, deterministic, injective even on case-insensitive
/// file systems, bounded in length.
@Suite struct PathComponentTests {
    @Test(arguments: [
        ("JS-2026-004211", "JS-2026-004211"),
        ("RV-IPSR-LFP", "RV-IPSR-LFP"),
        ("../../x", "%2E.%2F..%2Fx~l"),
        ("a/b", "a%2Fb~l"),
        ("A\u{0}B", "A%00B"),
        ("100%", "100%25"),
        ("..", "%2E%2E"),
        (".hidden", "%2Ehidden~l"),
        ("end.", "end%2E~l"),
        ("v1.2", "v1.2~l"),
        ("a b\tc\n", "a%20b%09c%0A~l"),
        ("CON", "%43ON"),
        ("NUL.txt", "%4EUL.txt~38"),
        ("江苏-2026-1", "江苏-2026-1"),
        ("Ärger", "%C3%84rger~l"),
        ("ab", "ab~l"),
        ("AB", "AB"),
        ("aB", "aB~1"),
        ("Ab", "Ab~2"),
        ("x~y", "x%7Ey~l"),
        ("", "%"),
        ("e\u{301}", "e%CC%81~l"),
        ("\u{202E}RTL", "%E2%80%AERTL"),
    ])
    func namesAreSafe(_ id: String, _ expected: String) {
        #expect(PathComponent.name(for: id) == expected)
        #expect(PathComponent.fileName(forDossierID: id) == expected + ".html")
    }

    @Test func namesNeverHoldSeparatorsControlsOrDotSegments() {
        let ids = ["../../x", "a/b\\c", "\u{0}", "..", ".", "x/../y", String(repeating: "/", count: 300), "a\u{7F}b", "\r\n"]
        for id in ids {
            let name = PathComponent.name(for: id)
            #expect(!name.contains("/") && !name.contains("\\") && name != "." && name != ".." && !name.hasPrefix("."))
            #expect(!name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            #expect(name.utf8.count <= PathComponent.maximumLength)
        }
    }

    @Test func distinctIdsGiveDistinctNamesEvenWhenCaseIsFolded() {
        let ids = [
            "ab", "AB", "Ab", "aB", "a%62", "a%2Fb", "a/b", "A/B", "ab~l", "ab~L", "CON", "con", "%43ON", "", "%", "x.", "x%2E", "é",
            "e\u{301}", "É",
        ]
        let names = ids.map(PathComponent.name(for:))
        #expect(Set(names).count == ids.count)
        #expect(Set(names.map { $0.lowercased() }).count == ids.count)
    }

    @Test func veryLongIdsAreCutAndKeptApartByTheirDigest() {
        let base = String(repeating: "A", count: 400)
        let a = PathComponent.name(for: base + "1")
        let b = PathComponent.name(for: base + "2")
        #expect(a != b)
        #expect(a.utf8.count <= PathComponent.maximumLength && b.utf8.count <= PathComponent.maximumLength)
        #expect(a.hasPrefix(String(repeating: "A", count: 100)))
        #expect(a.hasSuffix("~" + ContentHash.sha256(text: base + "1")))
        let chinese = PathComponent.name(for: String(repeating: "江", count: 200))
        #expect(chinese.utf8.count <= PathComponent.maximumLength)
        #expect(PathComponent.name(for: base + "1") == a)
    }

    @Test func standardPacketPathsUseTheFileName() {
        let paths = PacketPaths(dossierID: "../x")
        #expect(paths.html == "packets/%2E.%2Fx~l.html")
        #expect(paths.line == nil)
        #expect(PacketPaths(dossierID: "../x", html: false).html == nil)
        // The longest name still leaves room for the extension in a 255-byte file name.
        #expect(PathComponent.fileName(forDossierID: String(repeating: "x", count: 600)).utf8.count <= 255)
    }
}
