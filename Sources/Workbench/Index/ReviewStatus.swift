import Foundation
import Ledger

/// Where a dossier stands with the reviewers, from its actions: `open` until someone takes
/// it, `taken` by a reviewer, `done` with a result. Notes and clearances leave it as it is.
public enum ReviewStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case taken
    case done

    /// The label in the pages: English and Chinese.
    var label: String {
        switch self {
        case .open: "open 待处理"
        case .taken: "taken 处理中"
        case .done: "done 已完成"
        }
    }
}

/// A dossier's review state: its status, who took or finished it, with what result, and how
/// many actions it has.
public struct ReviewState: Sendable, Hashable, Codable {
    public var status: ReviewStatus = .open
    public var by: String?
    public var result: ReviewAction.Result?
    public var actions = 0

    public init() {}

    /// The state after one more action.
    mutating func apply(_ action: ReviewAction) {
        actions += 1
        switch action.kind {
        case .take:
            status = .taken
            by = action.reviewer
            result = nil
        case .done:
            status = .done
            by = action.reviewer
            result = action.result
        case .note, .clear:
            break
        }
    }
}

/// The review state of every dossier with actions, kept in memory and updated as actions are
/// recorded; thread-safe.
final class ReviewStates: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [String: ReviewState] = [:]
    private var lastActionID: Int64 = 0

    /// Reads the actions recorded since the last call (all of them the first time).
    func catchUp(from ledger: any LedgerStore) throws {
        while true {
            lock.lock()
            let after = lastActionID
            lock.unlock()
            let page = try ledger.reviewActions(after: after, kind: nil, limit: 2000)
            add(page)
            if page.count < 2000 { return }
        }
    }

    /// Adds actions just recorded (ignored when already seen).
    func add(_ actions: [ReviewAction]) {
        lock.lock()
        defer { lock.unlock() }
        for action in actions where action.id > lastActionID {
            states[action.dossierID, default: ReviewState()].apply(action)
            lastActionID = action.id
        }
    }

    func state(of dossierID: String) -> ReviewState {
        lock.lock()
        defer { lock.unlock() }
        return states[dossierID] ?? ReviewState()
    }

    func snapshot() -> [String: ReviewState] {
        lock.lock()
        defer { lock.unlock() }
        return states
    }
}
