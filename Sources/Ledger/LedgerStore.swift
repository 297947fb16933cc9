import DossierModel
import Foundation

/// The run and dossier store Pipeline writes to and reads from: the seam between the
/// runner and the database.
///
/// `SQLiteLedger` is the default; a PostgreSQL store for many workers will implement the
/// same protocol. Every method is synchronous (Pipeline's workers are Dispatch threads),
/// each is one transaction, and every write is idempotent: recording the same thing twice
/// in the same run changes nothing, so a worker that redoes work (after a crash, or after
/// another worker's lease expired) cannot write a duplicate. Methods throw `LedgerError`
/// only (the iteration also rethrows what its body throws).
public protocol LedgerStore: Sendable {
    // MARK: Runs

    /// Starts a run of the pipeline `pipelineID` and returns its id; `generatedAt` is the time
    /// its packets and summary name.
    func beginRun(pipelineID: String, outboundVersion: String, generatedAt: String?) throws -> RunID

    /// Ends a run: `finished` or `failed`, with the counts its summary reports.
    func finishRun(_ run: RunID, status: RunStatus, counts: [String: Int]) throws

    /// The run with this id, if any.
    func run(_ run: RunID) throws -> LedgerRun?

    /// The newest run of a pipeline (a `running` one after a crash is the run to resume).
    func latestRun(pipelineID: String) throws -> LedgerRun?

    /// Records an input file the run reads (registering the same path again in the same
    /// run keeps the first row), and returns the earlier runs that read a file with the
    /// same SHA-256, oldest first.
    @discardableResult
    func registerInputFile(_ run: RunID, path: String, size: Int64, sha256: String) throws -> [RunID]

    /// The input files a run registered, in the order it registered them.
    func inputFiles(in run: RunID) throws -> [InputFile]

    // MARK: Recording

    /// Records a batch in one transaction, all of it or none of it: the results, then the
    /// packets written for them (or for versions stored before), then the versions the run
    /// saw unchanged.
    ///
    /// A decided result stores the dossier version (once per id and content hash; a version
    /// seen again only moves its last-seen run) and its decision, which becomes the current
    /// decision of its id. A decision is stored once per version: one equal to the current
    /// decision of the same version (same body, same reference files), as a run resumed after
    /// a crash makes again, is not stored twice. A quarantine is stored once per run, file,
    /// position and diagnostic id; one with a dossier id supersedes that id's current
    /// decision. A packet is stored once per version, run and kind (written again, its path
    /// and hash are replaced). A version seen unchanged moves its last-seen run.
    @discardableResult
    func record(_ results: [LedgerResult], packets: [PacketEntry], skipped: [DossierKey], in run: RunID) throws -> BatchReceipt

    // MARK: Lookups

    /// The state of each dossier id the ledger knows; ids it does not know are absent.
    func states(of dossierIDs: [String]) throws -> [String: DossierState]

    /// Every dossier version the run saw, decided or skipped, sorted by id and hash.
    func dossiers(in run: RunID) throws -> [RunDossier]

    /// A page of `dossiers(in:)`: at most `limit` versions, those after `after` in the same
    /// order (the ledger's own order of ids, which keeps the versions of an id together).
    func dossiers(in run: RunID, after: DossierKey?, limit: Int) throws -> [RunDossier]

    /// The dossier ids the run recorded more than once (two versions, a version and a
    /// quarantine, two quarantines), sorted.
    func repeatedDossierIDs(in run: RunID) throws -> [String]

    /// The quarantines the run recorded, in the order it recorded them.
    func quarantines(in run: RunID) throws -> [StoredQuarantine]

    /// The packets the run wrote, sorted by dossier id, hash and kind.
    func packets(in run: RunID) throws -> [StoredPacket]

    /// Every version, decision and quarantine recorded for a dossier id, oldest first.
    func history(of dossierID: String) throws -> DossierHistory

    /// One stored dossier version with its body, if it is stored.
    func storedVersion(_ key: DossierKey) throws -> DossierVersion?

    /// Where the ledger is, for messages: a SQLite path, or a PostgreSQL URL without its
    /// password.
    var path: String { get }

    /// One page of `forEachStoredDossier`: the current decisions of the dossier ids after
    /// `after` that pass `filter`, at most `limit`, sorted by dossier id, each with the version
    /// it decided; read in one short transaction (one snapshot).
    func storedDossiers(matching filter: StoredDossierFilter, after: String, limit: Int) throws -> [StoredDossier]

    // MARK: Runs listed, run reports

    /// The newest runs of every pipeline, newest first, at most `limit`.
    func recentRuns(limit: Int) throws -> [LedgerRun]

    /// Stores a run's report (its JSON), replacing one of the same kind.
    func recordRunReport(_ run: RunID, kind: RunReportKind, json: Data) throws

    /// A run's report of this kind, if it stored one.
    func runReport(_ run: RunID, kind: RunReportKind) throws -> Data?

    // MARK: Reviewer actions (append-only)

    /// Appends a reviewer's action and returns it with its id and time. Refuses a malformed
    /// action (`NewReviewAction.problem`) and a dossier id the ledger does not know.
    func appendReviewAction(_ action: NewReviewAction) throws -> ReviewAction

    /// The actions recorded on a dossier id, oldest first.
    func reviewActions(of dossierID: String) throws -> [ReviewAction]

    /// The actions recorded after the action `after` (0 for the first), oldest first, at
    /// most `limit`; `kind` keeps one kind only.
    func reviewActions(after: Int64, kind: ReviewAction.Kind?, limit: Int) throws -> [ReviewAction]
}

extension LedgerStore {
    /// Starts a run whose packets name no generation time (tests, tools).
    public func beginRun(pipelineID: String, outboundVersion: String) throws -> RunID {
        try beginRun(pipelineID: pipelineID, outboundVersion: outboundVersion, generatedAt: nil)
    }

    /// Records a batch of results (`record(_:packets:skipped:in:)`).
    @discardableResult
    public func record(_ results: [LedgerResult], in run: RunID) throws -> BatchReceipt {
        try record(results, packets: [], skipped: [], in: run)
    }

    /// Records the packets a run wrote (`record(_:packets:skipped:in:)`).
    public func recordPackets(_ packets: [PacketEntry], in run: RunID) throws {
        try record([], packets: packets, skipped: [], in: run)
    }

    /// Records that the run saw these stored versions unchanged (`record(_:packets:skipped:in:)`).
    public func markSkipped(_ keys: [DossierKey], in run: RunID) throws {
        try record([], packets: [], skipped: keys, in: run)
    }

    /// Calls `body` with the latest stored dossier of every dossier id that has a current
    /// decision and passes `filter`, in pages of at most `pageSize` sorted by dossier id.
    ///
    /// Each page is read in its own short transaction and `body` runs outside it, so the
    /// ledger never holds more than one page in memory and `body` may record results.
    public func forEachStoredDossier(
        matching filter: StoredDossierFilter, pageSize: Int, _ body: ([StoredDossier]) throws -> Void
    ) throws {
        guard pageSize > 0 else {
            throw LedgerError(
                kind: .invalidInput, path: path, operation: "iterate the stored dossiers",
                reason: "the page size is \(pageSize); it must be at least 1")
        }
        if let outcomes = filter.outcomes, outcomes.isEmpty { return }
        var after = ""
        while true {
            let page = try storedDossiers(matching: filter, after: after, limit: pageSize)
            guard let last = page.last else { return }
            try body(page)
            if page.count < pageSize { return }
            after = last.version.key.dossierID
        }
    }

    /// Every action of `kind` (every action when nil), oldest first, read in pages.
    public func allReviewActions(kind: ReviewAction.Kind? = nil, pageSize: Int = 1000) throws -> [ReviewAction] {
        var all: [ReviewAction] = []
        while true {
            let page = try reviewActions(after: all.last?.id ?? 0, kind: kind, limit: pageSize)
            all += page
            if page.count < pageSize { return all }
        }
    }

    /// The state of one dossier id, or nil when the ledger has never seen it.
    public func state(of dossierID: String) throws -> DossierState? {
        try states(of: [dossierID])[dossierID]
    }
}
