import Foundation
import Testing

/// Paths and helpers shared by the generator's tests.
enum TestSupport {
    /// The repository root: three levels up from `Tests/GeneratorTests/TestSupport.swift`.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The v1 schema this module owns.
    static let schemaPath = repoRoot.appendingPathComponent("Sources/Extract/Resources/dossier-1.xsd").path

    /// The shared specification folder beside the repository.
    static let sharedSpec = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/spec")

    /// xmllint, when installed.
    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory(_ label: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("generator-tests-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Removes a directory made by `temporaryDirectory`.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs a program and returns its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let input = Pipe()
        process.standardInput = stdin == nil ? nil : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates files against the v1 schema with xmllint; `-` reads `stdin`.
    static func validate(_ paths: [String], stdin: Data? = nil) throws -> (status: Int32, output: String) {
        try run(xmllint!, ["--noout", "--nonet", "--schema", schemaPath] + paths, stdin: stdin)
    }

    /// Paths of the files in a directory, sorted.
    static func files(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted().map { directory + "/" + $0 }
    }
}
