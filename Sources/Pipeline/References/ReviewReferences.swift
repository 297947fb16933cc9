import Catalogue
import DossierModel
import Foundation
import Hashing

/// Where the reference files of a review live: catalogues, routing tables, calendars, clock
/// settings, restricted-party lists and the reviewers' allow-list. The defaults are the
/// folders under `pipelines/` of the working directory.
public struct ReviewReferencePaths: Sendable, Hashable {
    public var catalogues: String
    public var routing: String
    public var calendars: String
    public var clocks: String
    /// Restricted-party list files (OFAC, UN, CSL, ...), in any format `PartyListLoader` reads.
    public var partyLists: [String]
    /// A CSV of cleared party-entry pairs.
    public var allowList: String?
    /// The screening score at or above which a party matches; nil keeps the default.
    public var screeningThreshold: Double?

    public init(
        catalogues: String = "pipelines/catalogues", routing: String = "pipelines/routing",
        calendars: String = "pipelines/calendars", clocks: String = "pipelines/clocks.yml",
        partyLists: [String] = [], allowList: String? = nil, screeningThreshold: Double? = nil
    ) {
        self.catalogues = catalogues
        self.routing = routing
        self.calendars = calendars
        self.clocks = clocks
        self.partyLists = partyLists
        self.allowList = allowList
        self.screeningThreshold = screeningThreshold
    }
}

extension ReviewReferencePaths {
    /// Loads the party lists and the allow-list into a screening, with a reference per file;
    /// nil when no list is given.
    func loadScreening() throws -> (Screening?, [ReferenceUse]) {
        guard !partyLists.isEmpty else {
            if let allowList {
                throw ReviewSetupError(diagnostics: [
                    .error(
                        "screening.allow-list-without-lists", "an allow-list was given but no party list (--list)",
                        at: SourceLocation(file: allowList))
                ])
            }
            return (nil, [])
        }
        var lists: [PartyList] = []
        var references: [ReferenceUse] = []
        var problems: [Diagnostic] = []
        for path in partyLists {
            do {
                let list = try PartyListLoader.load(path: path)
                lists.append(list)
                references.append(
                    ReferenceUse(
                        kind: "party-list", id: "\(list.id) \(list.version)", path: path, sha256: try ContentHash.sha256(file: path)))
            } catch let error as ReferenceFileError {
                problems.append(error.diagnostic)
            } catch {
                problems.append(.error("party-list.unreadable", "\(error)", at: SourceLocation(file: path)))
            }
        }
        var allow = ScreeningAllowList()
        if let allowList {
            do {
                allow = try ScreeningAllowList.load(path: allowList)
                references.append(
                    ReferenceUse(
                        kind: "allow-list", id: (allowList as NSString).lastPathComponent, path: allowList,
                        sha256: try ContentHash.sha256(file: allowList)))
            } catch let error as ReferenceFileError {
                problems.append(error.diagnostic)
            } catch {
                problems.append(.error("allow-list.unreadable", "\(error)", at: SourceLocation(file: allowList)))
            }
        }
        if !problems.isEmpty { throw ReviewSetupError(diagnostics: problems) }
        var settings = ScreeningSettings()
        if let screeningThreshold { settings.threshold = screeningThreshold }
        return (Screening(lists: lists, settings: settings, allowList: allow), references)
    }
}
