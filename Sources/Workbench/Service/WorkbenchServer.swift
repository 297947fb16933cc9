import Foundation
import Hummingbird
import Logging

/// Where the workbench listens, and whether it may: on a loopback address it may run without
/// users (one office machine, one reviewer); on any other address only with users, so a
/// workbench is never open to a network by accident.
public struct WorkbenchListen: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    /// `HOST:PORT`, `[V6]:PORT` or `:PORT` (loopback).
    public init(parsing text: String) throws {
        var host = "127.0.0.1"
        var portText = text
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw WorkbenchSetupError(id: "serve.listen", message: "--listen \(text): write an IPv6 address as [ADDRESS]:PORT")
            }
            host = String(text[text.index(after: text.startIndex)..<close])
            portText = String(text[text.index(close, offsetBy: 2)...])
        } else if let colon = text.lastIndex(of: ":") {
            if colon != text.startIndex { host = String(text[..<colon]) }
            portText = String(text[text.index(after: colon)...])
        }
        guard let port = Int(portText), (0...65535).contains(port), !host.isEmpty else {
            throw WorkbenchSetupError(id: "serve.listen", message: "--listen \(text): expected HOST:PORT with a port from 0 to 65535")
        }
        self.host = host
        self.port = port
    }

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// 127.0.0.0/8, ::1 and `localhost`.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

/// The workbench's HTTP server (Hummingbird 2): the routes, the middleware and the address.
public enum WorkbenchServer {
    /// Runs the workbench until SIGTERM or SIGINT (then finishes the requests in flight).
    public static func run(
        _ workbench: Workbench, listen: WorkbenchListen, secureCookies: Bool = false, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let app = try application(workbench, listen: listen, secureCookies: secureCookies, logger: logger, onRunning: onRunning)
        try await app.runService()
    }

    /// The application; refuses a non-loopback address when the workbench has no users.
    /// `onRunning` gets the port actually bound (for `--listen HOST:0`).
    public static func application(
        _ workbench: Workbench, listen: WorkbenchListen, secureCookies: Bool = false, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        if !listen.isLoopback, workbench.users == nil {
            throw WorkbenchSetupError(
                id: "serve.refused-listen",
                message:
                    "refusing to listen on \(listen) without users: give --users FILE (or OUTBOUND_WORKBENCH_USERS) so reviewers must sign in, or listen on 127.0.0.1"
            )
        }
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: WorkbenchMiddleware(workbench: workbench, secureCookies: secureCookies))
        WorkbenchRoutes(workbench: workbench).add(to: router)
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(listen.host, port: listen.port), serverName: "Outbound workbench"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? listen.port) },
            logger: logger)
    }
}
