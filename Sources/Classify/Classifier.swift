import Catalogue
import DossierModel

/// The classify stage: matches a normalised dossier against the catalogue version in force
/// on its filing date and screens its parties, then decides the outcome and the flags, with
/// the evidence and the ids of the rules that fired.
///
/// Built once per run (one matcher per catalogue version) and shared by every worker.
public struct Classifier: Sendable {
    public let catalogues: CatalogueSet
    public let screening: Screening?
    /// The day used to pick a catalogue for a dossier without a filing date.
    public let today: CalendarDate
    /// The files behind the catalogues (by catalogue id) and the screening, for the audit.
    public let references: ClassifierReferences
    let matchers: [String: CatalogueMatcher]

    public init(
        catalogues: CatalogueSet, screening: Screening? = nil, today: CalendarDate,
        references: ClassifierReferences = ClassifierReferences()
    ) {
        self.catalogues = catalogues
        self.screening = screening
        self.today = today
        self.references = references
        var matchers: [String: CatalogueMatcher] = [:]
        for catalogue in catalogues.catalogues {
            matchers[catalogue.id] = CatalogueMatcher(catalogue: catalogue)
        }
        self.matchers = matchers
    }

    /// Classifies a normalised dossier. The decision has no route yet; `tracks` are the
    /// tracks the router must follow (the outcome's own first).
    public func classify(_ dossier: Dossier) -> Classified {
        var rules: [String] = []
        var notes: [String] = []
        let date: CalendarDate
        if let filed = dossier.filed {
            date = filed
        } else {
            date = today
            rules.append("catalogue.no-filing-date")
            notes.append("The dossier has no valid filing date: the catalogue in force on \(today) was used.")
        }
        let catalogue = catalogues.inForce(on: date)
        var hits: [Hit] = []
        if let catalogue, let matcher = matchers[catalogue.id] {
            rules.append("catalogue.in-force")
            hits = matcher.match(dossier)
        } else {
            rules.append("catalogue.none-in-force")
            notes.append("No catalogue version loaded is in force on \(date): catalogue status was not checked.")
        }
        let screened = screen(dossier)
        return decide(dossier, catalogue: catalogue, hits: hits, screening: screened, rules: rules, notes: notes)
    }

    /// Decides from hits and screening results already found; the seam the tests use.
    public func decide(
        _ dossier: Dossier, catalogue: Catalogue?, hits: [Hit], screening: [PartyScreening],
        rules startRules: [String] = [], notes startNotes: [String] = []
    ) -> Classified {
        var rules = startRules
        var notes = startNotes
        var flags: [Flag] = []

        let outbound = OutboundTester.test(dossier)
        rules += outbound.rules
        notes += outbound.notes
        flags += outbound.flags

        let dossierFlags = FlagRules.flags(dossier, holder: outbound.holder)
        rules += dossierFlags.rules
        flags += dossierFlags.flags

        for party in screening {
            for match in party.result.matches {
                flags.append(
                    Flag(
                        .partyListHit,
                        detail:
                            "party \(party.partyID) \"\(match.queryName)\" matches \(match.listId) entry \(match.entryId) \"\(match.matchedName)\" with score \(ScreeningMatch.format(match.score))"
                            + (match.listing?.brief.map { " (listed: \($0))" } ?? ""),
                        partyID: party.partyID, screening: match))
                rules.append("flag.party-list-hit")
            }
            for note in party.result.auditNotes {
                notes.append("Party \(party.partyID): \(note).")
                rules.append("screening.allow-list")
            }
        }

        let outcome = OutcomeRules.decide(dossier, outbound: outbound.test, hits: hits)
        rules += outcome.rules
        notes += outcome.notes
        if outcome.outcome == .ipSecurityReview {
            for asset in dossier.assets where asset.type == .designPatent {
                flags.append(
                    Flag(
                        .designScopeContested, detail: "design patent \(asset.id): whether the 2018 Measures cover designs is contested",
                        assetID: asset.id))
                rules.append("flag.design-scope-contested")
            }
        }
        if outcome.outcome == .outOfScope, hits.contains(where: \.counts) {
            notes.append("Catalogue hits are listed for information only: the dossier is out of scope.")
        }
        if outcome.outcome == .registration, let catalogue, catalogue.isPartial {
            notes.append(
                "No entry of \(catalogue.id) matched, but that file is a partial transcription of the official catalogue: confirm free-technology status against the official text."
            )
        }
        for hit in hits where hit.counts {
            for check in hit.thresholds where check.unverified {
                notes.append("\(hit.label): \(check.quantity) is not stated; the reviewer must verify it (limit \(check.limit)).")
            }
        }

        var references: [ReferenceUse] = []
        if let catalogue, let reference = self.references.catalogues[catalogue.id] { references.append(reference) }
        references += self.references.screening

        let decision = Decision(
            dossierID: dossier.id, contentHash: dossier.contentHash, filed: dossier.filed, outcome: outcome.outcome,
            outbound: outbound.test, catalogueID: catalogue?.id, hits: Self.ordered(hits), screening: screening,
            flags: flags, route: nil, notes: notes, audit: Audit(references: references, rules: rules, version: ""))
        return Classified(decision: decision, tracks: outcome.tracks)
    }

    /// Screens every party of the dossier; empty when no list is loaded.
    public func screen(_ dossier: Dossier) -> [PartyScreening] {
        guard let screening else { return [] }
        return dossier.parties.map { PartyScreening(partyID: $0.id, result: screening.screen($0)) }
    }

    /// Counting hits first, prohibited before restricted, then by score.
    static func ordered(_ hits: [Hit]) -> [Hit] {
        hits.sorted {
            ($0.counts ? 0 : 1, $0.part == .prohibited ? 0 : 1, -$0.score, $0.entryIdentity, $0.controlPoint ?? "")
                < ($1.counts ? 0 : 1, $1.part == .prohibited ? 0 : 1, -$1.score, $1.entryIdentity, $1.controlPoint ?? "")
        }
    }
}

/// A decision before routing, and the tracks the router must follow.
public struct Classified: Sendable {
    public var decision: Decision
    public var tracks: [ReviewTrack]
}

/// The reference files behind a classifier, for the audit of each decision.
public struct ClassifierReferences: Sendable {
    /// By catalogue id.
    public var catalogues: [String: ReferenceUse]
    /// The party lists and the allow-list.
    public var screening: [ReferenceUse]

    public init(catalogues: [String: ReferenceUse] = [:], screening: [ReferenceUse] = []) {
        self.catalogues = catalogues
        self.screening = screening
    }
}
