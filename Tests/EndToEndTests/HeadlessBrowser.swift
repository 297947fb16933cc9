import Foundation

/// Loads a page in a real headless Chromium (installed by `scripts/setup.sh`), as a reviewer's
/// browser would, and returns the DOM it built and the console messages it logged.
enum HeadlessBrowser {
    struct Page {
        /// The serialised DOM after loading.
        var dom: String
        /// Console messages (errors, warnings, logs) the page produced.
        var console: [String]
        /// Requests the browser could not make (the page must fetch nothing).
        var failedLoads: [String]
    }

    /// The browser, or nil when none is installed.
    static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Loads `file` and dumps its DOM; the network is off, so any fetch would fail and show.
    static func load(_ file: URL) throws -> Page {
        guard let executable else { throw BrowserMissing() }
        let result = try run(
            executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--enable-logging=stderr", "--v=0", "--proxy-server=127.0.0.1:9", "--dump-dom", file.absoluteString,
            ])
        let lines = result.stderr.split(separator: "\n").map(String.init)
        return Page(
            dom: result.stdout,
            console: lines.filter { $0.contains(":CONSOLE") },
            failedLoads: lines.filter { $0.contains("net::ERR_") })
    }

    /// Saves a screenshot of `file` as PNG.
    static func screenshot(_ file: URL, to png: URL, width: Int = 1100, height: Int = 1500) throws {
        guard let executable else { throw BrowserMissing() }
        _ = try run(
            executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--screenshot=\(png.path)", "--window-size=\(width),\(height)", file.absoluteString,
            ])
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var description: String { "no headless Chromium: run scripts/setup.sh (it installs chromium)" }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try CapturedProcess.run(
            URL(fileURLWithPath: executable), arguments, environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"], timeout: 120)
        return (String(decoding: run.stdout, as: UTF8.self), String(decoding: run.stderr, as: UTF8.self))
    }
}
