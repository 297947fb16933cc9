import ArgumentParser
import DossierModel
import Foundation
import Hashing
import Logging
import Pipeline
import Workbench

extension Outbound {
    /// `outbound serve [PIPELINE] [--listen HOST:PORT] [--ledger L] [--users FILE]`.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the reviewer workbench: queues, packets, history and reviewer actions over the pipeline's ledger.",
            discussion: """
                An HTTP server over the ledger the batch jobs write (SQLite or PostgreSQL), next \
                to or after the nightly runs: the queues per authority, each dossier's packet \
                rendered from the ledger with its decision history, search, the runs with their \
                re-classification reports, and /api/ with the same as JSON. Reviewers take \
                dossiers, mark them done, add notes and clear screening matches; each action is \
                recorded append-only in the ledger, and a clearance is applied by the next run \
                and re-classification as an allow-list entry. It listens on 127.0.0.1:8080 unless \
                told otherwise, and refuses any other address without users (--users FILE or \
                OUTBOUND_WORKBENCH_USERS, lines of NAME:HASH made by --hash-password). \
                See docs/workbench.md.
                """)

        @Argument(help: "The pipeline definition whose ledger to serve.")
        var definition: String = "pipelines/nightly.yml"

        @Option(help: "HOST:PORT to listen on (loopback unless users are configured).")
        var listen: String = "127.0.0.1:8080"

        @Option(help: "A ledger in place of the definition's (a SQLite path or a postgresql:// URL).")
        var ledger: String?

        @Option(help: "A users file (lines NAME:HASH); reviewers then sign in. Also OUTBOUND_WORKBENCH_USERS.")
        var users: String?

        @ArgumentParser.Flag(help: "Mark cookies Secure (behind a TLS reverse proxy).")
        var secureCookies = false

        @Option(
            name: .customLong("hash-password"),
            help: "Print a users-file line for NAME with the password read from the standard input, and exit.")
        var hashPassword: String?

        @ArgumentParser.Flag(help: "With --hash-password: make a random bearer token, print it and its users-file line.")
        var token = false

        func validate() throws {
            if token && hashPassword == nil { throw ValidationError("--token goes with --hash-password NAME") }
        }

        func run() throws {
            if let name = hashPassword { return try printUserLine(name) }
            let logger = RunLogging.logger(format: .plain)
            let listen: WorkbenchListen
            let workbench: Workbench
            do {
                listen = try WorkbenchListen(parsing: self.listen)
                let usersPath = users ?? ProcessInfo.processInfo.environment["OUTBOUND_WORKBENCH_USERS"].flatMap { $0.isEmpty ? nil : $0 }
                let users = try usersPath.map { try WorkbenchUsers.load(path: $0) }
                let pipeline = try PipelineDefinition.forRun(path: definition)
                let location = ledger ?? pipeline.ledger
                let store = try LedgerLocation.openExisting(location, missing: "serve.no-ledger", logger: logger)
                workbench = try Workbench(ledger: store, location: LedgerLocation.redacted(location), users: users, logger: logger)
            } catch let error as WorkbenchSetupError {
                throw PipelineError(
                    kind: error.id == "serve.users" ? .definition : .usage,
                    diagnostics: [
                        .error(error.id, error.message, at: error.file.map { SourceLocation(file: $0, line: error.line ?? 0, column: 0) })
                    ])
            }
            let secure = secureCookies
            let finished = DispatchSemaphore(value: 0)
            let outcome = Outcome()
            Task {
                do {
                    try await WorkbenchServer.run(workbench, listen: listen, secureCookies: secure, logger: logger) { port in
                        Console.shared.line(
                            "Outbound workbench on http://\(WorkbenchListen(host: listen.host, port: port)) over \(workbench.location)")
                    }
                } catch {
                    outcome.set(error)
                }
                finished.signal()
            }
            finished.wait()
            if let error = outcome.error {
                if let setup = error as? WorkbenchSetupError {
                    throw PipelineError(kind: .usage, diagnostics: [.error(setup.id, setup.message)])
                }
                throw PipelineError(kind: .io, diagnostics: [.error("serve.failure", "the workbench stopped: \(error)")])
            }
        }

        /// `NAME:HASH` for the users file, from the password on the standard input (or a new
        /// random token, printed once).
        func printUserLine(_ name: String) throws {
            guard WorkbenchUsers.isValidName(name) else {
                throw ValidationError("a user name is 1 to 64 letters, digits, dots, dashes or underscores")
            }
            if token {
                let secret = Secrets.random(32).map { String(format: "%02x", $0) }.joined()
                Console.shared.line("token for \(name) (shown once; give it as Authorization: Bearer TOKEN): \(secret)")
                Console.shared.line("\(name):\(Secrets.tokenHash(secret))")
                return
            }
            var data = FileHandle.standardInput.readDataToEndOfFile()
            while let last = data.last, last == 0x0A || last == 0x0D { data.removeLast() }
            let password = String(decoding: data, as: UTF8.self)
            guard password.count >= 8 else {
                throw ValidationError("the password (read from the standard input) needs 8 characters or more")
            }
            Console.shared.line("\(name):\(Secrets.passwordHash(password))")
        }
    }
}

/// How the server task ended, for the command's thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: any Error) {
        lock.lock()
        stored = error
        lock.unlock()
    }

    var error: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
