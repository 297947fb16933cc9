import Foundation

/// Paths of the shared real data, resolved from this file (the repo root is three levels up).
enum PartyListTestData {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let realdata = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/realdata")

    /// The path of a file under `B-restricted-lists/`.
    static func list(_ relative: String) -> String {
        realdata.appendingPathComponent("B-restricted-lists").appendingPathComponent(relative).path
    }

    /// Writes text to a fresh temporary file and returns its path.
    static func temporaryFile(_ contents: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("partylists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }
}
