import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real headless Chromium driven over the DevTools protocol (`--remote-debugging-pipe`:
/// JSON messages ending in a NUL byte, the browser reading fd 3 and writing fd 4), for the
/// tests that click through the workbench as a reviewer would. Every request the page makes,
/// every console message and every exception is kept, so a test can check that the pages fetch
/// nothing outside the server and log no error. Outside traffic is sent to a dead proxy
/// (loopback is never proxied), so a stray fetch fails and shows.
final class BrowserSession: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var pid: pid_t = 0
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let home: URL
    private let condition = NSCondition()
    private var responses: [Int: [String: Any]] = [:]
    private var events: [[String: Any]] = []
    private var nextID = 0
    private var closed = false
    private var sessionID: String?

    /// Starts the browser and opens one blank tab with the page, runtime, network and log
    /// domains enabled.
    init(executable: String) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-cdp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var down: [Int32] = [0, 0]
        var up: [Int32] = [0, 0]
        guard pipe(&down) == 0, pipe(&up) == 0 else { throw Failure(description: "pipe() failed") }
        // Out of the way of 3 and 4, so the child's dup2 cannot clobber one with the other.
        let childRead = fcntl(down[0], F_DUPFD, 100)
        let childWrite = fcntl(up[1], F_DUPFD, 100)
        Glibc.close(down[0])
        Glibc.close(up[1])
        toBrowser = down[1]
        fromBrowser = up[0]
        _ = fcntl(toBrowser, F_SETFD, FD_CLOEXEC)
        _ = fcntl(fromBrowser, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childRead, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrite, 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-default-browser-check",
            "--proxy-server=127.0.0.1:9", "--remote-debugging-pipe", "--user-data-dir=\(home.path)/profile", "--window-size=1200,1600",
            "about:blank",
        ]
        let environment = ["HOME=\(home.path)", "PATH=/usr/bin:/bin"]
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, &envp)
        Glibc.close(childRead)
        Glibc.close(childWrite)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): error \(spawned)") }
        let thread = Thread { [weak self] in self?.readLoop() }
        thread.start()

        let target = try command("Target.createTarget", ["url": "about:blank"], inSession: false)
        guard let targetID = target["targetId"] as? String else { throw Failure(description: "no target id: \(target)") }
        let attached = try command("Target.attachToTarget", ["targetId": targetID, "flatten": true], inSession: false)
        sessionID = attached["sessionId"] as? String
        for domain in ["Page", "Runtime", "Network", "Log"] { _ = try command("\(domain).enable") }
    }

    deinit { close() }

    /// Closes the browser and waits for it.
    func close() {
        condition.lock()
        let wasClosed = closed
        closed = true
        condition.unlock()
        guard !wasClosed else { return }
        _ = try? send("Browser.close", [:], inSession: false)
        for _ in 0..<50 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(100_000)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(pid, &status, WNOHANG)
        Glibc.close(toBrowser)
        Glibc.close(fromBrowser)
        try? FileManager.default.removeItem(at: home)
    }

    // MARK: - what a reviewer does

    /// Opens `url` and waits for the page's load event.
    func open(_ url: String) throws {
        let mark = eventCount
        let result = try command("Page.navigate", ["url": url])
        if let error = result["errorText"] as? String { throw Failure(description: "cannot open \(url): \(error)") }
        try waitFor("Page.loadEventFired", after: mark)
    }

    /// Runs `script` in the page (a click, a form filled and submitted) and waits for the page
    /// it leads to.
    func act(_ script: String) throws {
        let mark = eventCount
        _ = try evaluate(script)
        try waitFor("Page.loadEventFired", after: mark)
    }

    /// The value of a JavaScript expression in the page.
    func evaluate(_ expression: String) throws -> Any? {
        let result = try command("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "script failed: \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// The page's current text (`document.body.innerText`).
    func text() throws -> String { try evaluate("document.body.innerText") as? String ?? "" }

    /// The page's address.
    func location() throws -> String { try evaluate("location.href") as? String ?? "" }

    /// A PNG of the whole page.
    func screenshot(to file: URL) throws {
        let result = try command("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true])
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Failure(description: "no screenshot data")
        }
        try data.write(to: file)
    }

    /// Every URL the page requested.
    var requestedURLs: [String] {
        recorded("Network.requestWillBeSent").compactMap { (($0["request"] as? [String: Any])?["url"]) as? String }
    }

    /// Console errors and warnings, uncaught exceptions, and log entries of level error or
    /// warning (a blocked resource, a failed load, a CSP violation).
    var problems: [String] {
        var out: [String] = []
        for params in recorded("Runtime.consoleAPICalled") where ["error", "warning", "assert"].contains(params["type"] as? String ?? "") {
            out.append("console \(params["type"] ?? ""): \(params["args"] ?? "")")
        }
        for params in recorded("Runtime.exceptionThrown") { out.append("exception: \(params["exceptionDetails"] ?? "")") }
        for params in recorded("Log.entryAdded") {
            guard let entry = params["entry"] as? [String: Any], ["error", "warning"].contains(entry["level"] as? String ?? "") else {
                continue
            }
            out.append("log \(entry["level"] ?? ""): \(entry["text"] ?? "") \(entry["url"] ?? "")")
        }
        for params in recorded("Network.loadingFailed") { out.append("failed load: \(params["errorText"] ?? "")") }
        return out
    }

    // MARK: - the protocol

    private var eventCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return events.count
    }

    private func recorded(_ method: String) -> [[String: Any]] {
        condition.lock()
        defer { condition.unlock() }
        return events.filter { $0["method"] as? String == method }.compactMap { $0["params"] as? [String: Any] }
    }

    private func waitFor(_ method: String, after mark: Int, timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !events[min(mark, events.count)...].contains(where: { $0["method"] as? String == method }) {
            guard !closed, condition.wait(until: deadline) else { throw Failure(description: "no \(method) within \(Int(timeout)) s") }
        }
    }

    private func command(_ method: String, _ params: [String: Any] = [:], inSession: Bool = true) throws -> [String: Any] {
        let id = try send(method, params, inSession: inSession)
        let deadline = Date().addingTimeInterval(60)
        condition.lock()
        defer { condition.unlock() }
        while responses[id] == nil {
            guard condition.wait(until: deadline) else { throw Failure(description: "\(method): no answer within 60 s") }
        }
        let response = responses.removeValue(forKey: id)!
        if let error = response["error"] { throw Failure(description: "\(method): \(error)") }
        return response["result"] as? [String: Any] ?? [:]
    }

    private func send(_ method: String, _ params: [String: Any], inSession: Bool) throws -> Int {
        condition.lock()
        nextID += 1
        let id = nextID
        let session = inSession ? sessionID : nil
        condition.unlock()
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(toBrowser, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw Failure(description: "the browser closed its pipe") }
                offset += written
            }
        }
        return id
    }

    private func readLoop() {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(fromBrowser, &buffer, buffer.count)
            if count <= 0 { break }
            pending.append(contentsOf: buffer[0..<count])
            while let end = pending.firstIndex(of: 0) {
                let message = Data(pending[..<end])
                pending.removeSubrange(...end)
                guard let object = try? JSONSerialization.jsonObject(with: message) as? [String: Any] else { continue }
                condition.lock()
                if let id = object["id"] as? Int {
                    responses[id] = object
                } else {
                    events.append(object)
                }
                condition.broadcast()
                condition.unlock()
            }
        }
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
