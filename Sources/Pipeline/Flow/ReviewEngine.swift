import Catalogue
import Classify
import DossierModel
import Foundation
import Routing

/// Classify and route for one dossier at a time: the catalogue matchers, the screening and
/// the router, loaded once from the reference files and shared by every intake thread.
public struct ReviewEngine: Sendable {
    public let classifier: Classifier
    public let router: Router
    /// Every reference file loaded: catalogues, party lists and allow-list, routing tables,
    /// calendars and clock settings (a set made once: re-runs and re-classification ask for
    /// every stored decision whether it used only these).
    public let references: Set<ReferenceUse>

    public init(classifier: Classifier, router: Router) {
        self.classifier = classifier
        self.router = router
        references = Set(classifier.references.catalogues.values).union(classifier.references.screening).union(router.references)
    }

    /// Loads every reference file; throws a `ReviewSetupError` naming each bad file (the
    /// run cannot start: exit 65).
    public static func load(_ paths: ReviewReferencePaths, today: CalendarDate) throws -> ReviewEngine {
        var problems: [Diagnostic] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do {
                return try body()
            } catch let error as ReferenceFileError {
                problems.append(error.diagnostic)
            } catch let error as ReviewSetupError {
                problems += error.diagnostics
            } catch {
                problems.append(.error("reference.unreadable", "\(error)", at: SourceLocation(file: "(reference files)")))
            }
            return nil
        }
        let catalogues = attempt { try CatalogueSet.load(folder: paths.catalogues) }
        let tables = attempt { try RoutingTableSet.load(folder: paths.routing) }
        let calendars = attempt { try WorkingCalendarSet.load(folder: paths.calendars) }
        let clocks = attempt { try ClockSettingsLoader.load(path: paths.clocks) }
        let screening = attempt { try paths.loadScreening() }
        guard let catalogues, let tables, let calendars, let clocks, let screening, problems.isEmpty else {
            throw ReviewSetupError(diagnostics: problems)
        }
        let references = ClassifierReferences(catalogues: catalogues.references, screening: screening.1)
        let classifier = Classifier(catalogues: catalogues, screening: screening.0, today: today, references: references)
        return ReviewEngine(classifier: classifier, router: Router(tables: tables, calendars: calendars, clocks: clocks))
    }

    /// True when a decision made earlier would be made again the same way: every file it
    /// used is loaded now with the same hash, and every party list and allow-list loaded now
    /// was used then (a list added since means the parties must be screened again).
    public func isCurrent(_ used: [ReferenceUse]) -> Bool {
        // A decision uses a dozen files at most: membership tests, no sets built per call.
        used.allSatisfy(references.contains) && classifier.references.screening.allSatisfy(used.contains)
    }

    /// The decision for a normalised dossier: classified, routed, with every reference file
    /// it used in the audit.
    public func decide(_ dossier: Dossier) -> Decision {
        let classified = classifier.classify(dossier)
        var decision = classified.decision
        let route = router.route(dossier, outcome: decision.outcome, tracks: classified.tracks)
        decision.route = route
        decision.audit.references += router.references(for: route)
        decision.audit.rules += route.tracks.map { "route.\($0.rawValue)" }
        decision.audit.version = outboundVersion
        return decision
    }

    /// The decision for an intake record: a dossier is decided; a quarantine becomes a
    /// `quarantined` decision with its reason.
    public func decide(_ record: IntakeRecord) -> Decision {
        switch record {
        case .dossier(let dossier): decide(dossier)
        case .quarantine(let quarantine): .quarantined(quarantine, version: outboundVersion)
        }
    }
}
