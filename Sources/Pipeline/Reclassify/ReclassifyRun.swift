import Catalogue
import Classify
import DossierModel
import Foundation
import Ledger
import Logging
import Packets
import PostgresLedger

/// `outbound reclassify`: re-runs classify and route on the normalised dossiers stored in the
/// ledger against a catalogue set with a new version joined to it, never reading input XML;
/// records a new decision (the previous one stays in the history) and writes new packets for
/// every dossier whose decision changed, and `reclassify.json` / `reclassify.html`.
/// Delta mode (the default) re-evaluates only what `ReclassifyPlan` selects; full mode
/// re-evaluates every stored dossier the filters pass. See `docs/reclassify.md`.
public enum ReclassifyRun {
    /// Runs it; throws a `PipelineError` for a problem fatal to the run (exit 65 or 74).
    /// The file of the changed dossiers' packets, a line each (`packets.formats` with `jsonl`).
    public static let packetLines = "reclassify-packets.jsonl"

    public static func run(_ request: ReclassifyRequest, logger: Logger) throws -> ReclassifyResult {
        let started = Date()
        let definition = try PipelineDefinition.forRun(path: request.definitionPath)
        let section = definition.reclassify
        guard let cataloguePath = request.catalogue ?? section?.catalogue else {
            throw PipelineError(
                kind: .definition,
                diagnostics: [
                    .error(
                        "reclassify.no-catalogue", "no new catalogue: give --catalogue FILE or a 'reclassify:' section",
                        at: definition.reference.location)
                ])
        }
        let full = request.full ?? section?.full ?? false
        let status = request.status ?? section?.status ?? .open
        let since = request.since ?? section?.since

        let path = LedgerLocation.redacted(definition.ledger)
        let ledger = try LedgerLocation.openExisting(definition.ledger, missing: "reclassify.no-ledger", logger: logger)
        let engine: ReviewEngine
        let catalogues: ReclassifyCatalogues
        do {
            let loaded = try ReviewEngine.load(definition.reviewPaths, today: request.today)
            let base = try NightlyRun.ledgerCall(definition) {
                try ReviewerClearances.apply(to: loaded, ledger: ledger, location: definition.ledger)
            }
            catalogues = try ReclassifyCatalogues(
                base: base.classifier.catalogues, new: try CatalogueLoader.load(path: cataloguePath), path: cataloguePath)
            let references = ClassifierReferences(catalogues: catalogues.references, screening: base.classifier.references.screening)
            let classifier = Classifier(
                catalogues: catalogues.set, screening: base.classifier.screening, today: request.today, references: references)
            engine = ReviewEngine(classifier: classifier, router: base.router)
        } catch let error as ReviewSetupError {
            throw PipelineError(kind: .definition, diagnostics: error.diagnostics)
        } catch let error as ReferenceFileError {
            throw PipelineError(kind: .definition, diagnostics: [error.diagnostic])
        }

        let writer = try definition.outputWriter()
        let runID = try NightlyRun.ledgerCall(definition) {
            try ledger.beginRun(pipelineID: definition.id, outboundVersion: outboundVersion, generatedAt: request.generatedAt)
        }
        let context = RunContext(runID: runID.description, generatedAt: request.generatedAt, outboundVersion: outboundVersion)
        logger.info("run \(runID): reclassify \(full ? "full" : "delta") against \(catalogues.new.id) (\(cataloguePath)), ledger \(path)")

        var counts = ReclassifyReport.Counts()
        var changes: [ReclassifyChange] = []
        var packetsWritten = 0
        let jobs = request.concurrency ?? definition.concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        let formats = Set(definition.packets.formats.compactMap(PacketFormat.init(rawValue:)))
        // The changed dossiers' packets, a line each, in the order they are recorded.
        let lines = formats.contains(.jsonl) ? try StreamingFile(Self.packetLines, in: writer) : nil
        defer { lines?.discard() }
        do {
            if !full { counts.hitsIndexed = try indexMissingHits(ledger, pageSize: request.pageSize, jobs: jobs) }
            let plan = try ReclassifyPlan(full: full, catalogues: catalogues, engine: engine, today: request.today, ledger: ledger)
            let step = ReclassifyStep(plan: plan, run: context, formats: formats, writer: writer)
            let outcomes: Set<Outcome>? = status == .all ? nil : Set(Outcome.allCases).subtracting([.outOfScope, .quarantined])
            let filter = StoredDossierFilter(filedOnOrAfter: since, outcomes: outcomes)
            // The match texts of the dossiers the plan scans, read with their page.
            let prepare: @Sendable ([StoredDossier]) throws -> [DossierKey: EncodedBlob] = { page in
                guard plan.scanner != nil else { return [:] }
                return try ledger.matchTexts(of: page.filter { plan.select($0) == .scan }.map(\.version.key))
            }
            try StoredDossierPages.forEach(ledger, matching: filter, pageSize: request.pageSize, prepare: prepare) { page, texts in
                let results = ReclassifyStep.parallelMap(page, jobs: jobs) { stored in
                    step.work(stored, text: texts[stored.version.key])
                }
                var recorded: [LedgerResult] = []
                var packets: [PacketEntry] = []
                var newTexts: [(key: DossierKey, body: EncodedBlob)] = []
                for result in results {
                    counts.considered += 1
                    if let text = result.newText { newTexts.append(text) }
                    if let failure = result.failure { throw failure }
                    guard !result.reasons.isEmpty else { continue }
                    counts.reevaluated += 1
                    for reason in result.reasons { counts.byReason[reason.rawValue, default: 0] += 1 }
                    guard let changed = result.changed else {
                        counts.unchanged += 1
                        continue
                    }
                    counts.changed += 1
                    if changed.change.outcomeChanged { counts.outcomeChanged += 1 }
                    var change = changed.change
                    if let lines, let line = changed.line { change.packet?.line = try lines.appendLine(line) }
                    changes.append(change)
                    recorded.append(changed.result)
                    packets += changed.packets
                    if changed.line != nil || !changed.packets.isEmpty { packetsWritten += 1 }
                }
                if !recorded.isEmpty || !packets.isEmpty { try ledger.record(recorded, packets: packets, skipped: [], in: runID) }
                if !newTexts.isEmpty { try ledger.recordMatchTexts(newTexts) }
                counts.textsIndexed += newTexts.count
            }
        } catch let error as PipelineError {
            try? ledger.finishRun(runID, status: .failed, counts: [:])
            throw error
        } catch {
            try? ledger.finishRun(runID, status: .failed, counts: [:])
            throw PipelineError(kind: .io, diagnostics: [.error("reclassify.failure", "\(error)", at: SourceLocation(file: path))])
        }

        let report = ReclassifyReport(
            run: context,
            catalogue: ReclassifyReport.CatalogueUsed(
                id: catalogues.new.id, path: cataloguePath, sha256: catalogues.newReference.sha256,
                effectiveFrom: catalogues.new.effectiveFrom.description, effectiveTo: catalogues.new.effectiveTo?.description,
                replacesSHA256: catalogues.replacedReference?.sha256,
                changes: catalogues.diff.map { $0.text.split(separator: "\n").map(String.init) } ?? []),
            mode: full ? "full" : "delta", since: since?.description, status: status.rawValue, counts: counts, changes: changes)
        do {
            try lines?.publish()
            if definition.packets.summary.contains("json") { try writer.write(try ReclassifyJSON.render(report), to: "reclassify.json") }
            if definition.packets.summary.contains("html") { try writer.write(ReclassifyHTML.render(report), to: "reclassify.html") }
        } catch {
            try? ledger.finishRun(runID, status: .failed, counts: [:])
            throw PipelineError(
                kind: .io, diagnostics: [.error("run.write", "cannot write the report: \(error)", at: SourceLocation(file: writer.root))])
        }
        var runCounts = [
            "considered": counts.considered, "reevaluated": counts.reevaluated, "changed": counts.changed,
            "unchanged": counts.unchanged, "packets": packetsWritten,
        ]
        for (reason, count) in counts.byReason { runCounts["reason." + reason] = count }
        try NightlyRun.ledgerCall(definition) {
            try ledger.recordRunReport(runID, kind: .reclassify, json: try ReclassifyJSON.render(report))
            try ledger.finishRun(runID, status: .finished, counts: runCounts)
        }
        let seconds = Date().timeIntervalSince(started)
        logger.info(
            "run \(runID) finished: \(counts.considered) considered, \(counts.reevaluated) re-evaluated, \(counts.changed) changed in \(String(format: "%.2f", seconds)) s"
        )
        return ReclassifyResult(report: report, output: writer.root, packetsWritten: packetsWritten, seconds: seconds)
    }

    /// Indexes the hits of current decisions recorded without them (from their blobs), so
    /// the plan's lookup sees every decision; returns how many were indexed.
    static func indexMissingHits(_ ledger: any ReclassifyStore, pageSize: Int, jobs: Int) throws -> Int {
        var after = ""
        var indexed = 0
        while true {
            let page = try ledger.unindexedDecisions(after: after, limit: pageSize)
            guard let last = page.last else { return indexed }
            let keys = ReclassifyStep.parallelMap(page, jobs: jobs) { stored in
                (try? stored.decoded()).map(DecisionHitKey.keys(of:))
            }
            var rows: [(decision: StoredDecision, hits: [DecisionHitKey])] = []
            for (stored, hits) in zip(page, keys) {
                guard let hits else {
                    throw PipelineError(
                        kind: .io,
                        diagnostics: [
                            .error(
                                "reclassify.decode", "the stored decision of \(stored.key) cannot be decoded",
                                at: SourceLocation(file: "(ledger)"))
                        ])
                }
                rows.append((stored, hits))
            }
            try ledger.indexHits(rows)
            indexed += rows.count
            if page.count < pageSize { return indexed }
            after = last.key.dossierID
        }
    }
}
