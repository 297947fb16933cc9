import DossierModel
import Foundation
import Hashing
import Ledger
import Logging
import Pipeline

/// The reviewer workbench over one ledger: the in-memory index of current decisions, the
/// reviewers' states, packets rendered on demand, and the one place reviewer actions are
/// recorded. The HTTP server (`WorkbenchServer`) calls it; tests call it directly too.
public final class Workbench: @unchecked Sendable {
    public let ledger: any LedgerStore
    /// Where the ledger is, for messages (a PostgreSQL URL without its password).
    public let location: String
    let keeper: IndexKeeper
    let states = ReviewStates()
    let packets: LedgerPackets
    let users: WorkbenchUsers?
    let logger: Logger
    /// The key CSRF tokens are made with: random per process.
    private let csrfKey = Secrets.random(32)
    /// Serialises recording, so the in-memory states see actions in ledger order.
    private let recording = NSLock()

    public init(ledger: any LedgerStore, location: String, users: WorkbenchUsers?, logger: Logger) throws {
        self.ledger = ledger
        self.location = location
        self.users = users
        self.logger = logger
        keeper = try IndexKeeper(ledger: ledger, logger: logger)
        packets = LedgerPackets(ledger: ledger)
        try states.catchUp(from: ledger)
    }

    /// The current index snapshot.
    public var index: WorkbenchIndex { keeper.index }

    /// Rebuilds the index now (the next request sees a run that just finished).
    public func reindex() throws { try keeper.rebuild() }

    /// The review state of one dossier.
    public func state(of dossierID: String) -> ReviewState { states.state(of: dossierID) }

    /// Every dossier's review state, after reading the actions recorded since the last look
    /// (by this workbench or another one on the same ledger).
    func snapshot() throws -> [String: ReviewState] {
        try states.catchUp(from: ledger)
        return states.snapshot()
    }

    /// The CSRF token of a session.
    func csrfToken(session: String) -> String { Secrets.hmac("csrf:" + session, key: csrfKey) }

    /// True when `token` is the session's CSRF token.
    func checkCSRF(_ token: String?, session: String?) -> Bool {
        guard let token, let session, !session.isEmpty else { return false }
        return Secrets.equal(token, csrfToken(session: session))
    }

    /// Records a reviewer's action in the ledger (append-only) and in the states.
    public func record(_ action: NewReviewAction) throws -> ReviewAction {
        recording.lock()
        defer { recording.unlock() }
        try states.catchUp(from: ledger)
        let recorded = try ledger.appendReviewAction(action)
        states.add([recorded])
        logger.info(
            "review action \(recorded.id): \(recorded.kind.rawValue) on \(recorded.dossierID) by \(recorded.reviewer)",
            metadata: ["dossier": "\(recorded.dossierID)"])
        return recorded
    }
}
