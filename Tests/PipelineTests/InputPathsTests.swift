import Foundation
import Pipeline
import Testing

@Suite struct InputPathsTests {
    @Test func directoriesAreWalkedSortedAndFiltered() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in ["b.xml", "a.xml.gz", "sub/c.zip", "sub/d.tgz", "README.md", ".hidden/e.xml", "notes.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let found = try InputPaths.expand([dir.path])
        #expect(found.map { String($0.dropFirst(dir.path.count + 1)) } == ["a.xml.gz", "b.xml", "sub/c.zip", "sub/d.tgz"])
        // A file named explicitly is read whatever its name.
        #expect(try InputPaths.expand([dir.appendingPathComponent("notes.txt").path]).count == 1)
    }

    @Test func aMissingPathThrows() {
        #expect(throws: InputPathError.self) { try InputPaths.expand(["/no/such/outbound/path"]) }
    }
}
