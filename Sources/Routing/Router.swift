import Catalogue
import DossierModel
import Foundation

/// The route stage: who reviews a dossier, on which tracks, and by when (review-rules
/// sections 5 to 7), from the routing tables, calendars and clock settings under `pipelines/`.
///
/// Pure and synchronous: a dossier, its outcome and tracks in; one `Route` out, covering every
/// asset and authority together.
public struct Router: Sendable {
    public let tables: RoutingTableSet
    public let calendars: WorkingCalendarSet
    public let clocks: ClockSettings

    public init(tables: RoutingTableSet, calendars: WorkingCalendarSet, clocks: ClockSettings) {
        self.tables = tables
        self.calendars = calendars
        self.clocks = clocks
    }

    /// The router of a pipelines folder: `routing/`, `calendars/` and `clocks.yml` in it;
    /// throws the first problem of any file as a `ReferenceFileError`.
    public static func load(pipelines folder: String) throws -> Router {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return Router(
            tables: try RoutingTableSet.load(folder: base + "routing"),
            calendars: try WorkingCalendarSet.load(folder: base + "calendars"),
            clocks: try ClockSettingsLoader.load(path: base + "clocks.yml"))
    }

    /// The route of a dossier. `tracks` are the classifier's: the outcome's own (added here
    /// when missing) and any further one (`.b` for a controller change towards a foreign
    /// acquirer with a restricted hit); repeats are dropped.
    public func route(_ dossier: Dossier, outcome: Outcome, tracks: [ReviewTrack]) -> Route {
        var allTracks: [ReviewTrack] = []
        for track in outcome.ownTracks + tracks where !allTracks.contains(track) {
            allTracks.append(track)
        }
        let province = dossier.office?.province.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            .flatMap { $0.isEmpty ? nil : $0 }
        let (table, usedDefault) = tables.table(forProvince: province)
        var notes: [String] = []
        if let province, usedDefault {
            notes.append("No routing table for province \(province): the default table applies, with generic authority names.")
        } else if province == nil {
            notes.append("The dossier names no province: the default routing table applies, with generic authority names.")
        }
        var collector = AuthorityCollector(table: table)
        for track in allTracks {
            collector.add(track: track, outcome: outcome, assets: dossier.assets)
        }
        let (clocks, clockNotes) = self.clocks(for: dossier, outcome: outcome, tracks: allTracks)
        return Route(
            province: province, routingTable: table.id, tracks: allTracks, authorities: collector.authorities,
            clocks: clocks, notes: notes + collector.notes + clockNotes)
    }

    /// Every reference file the router holds: routing tables, calendars, clock settings.
    public var references: [ReferenceUse] {
        tables.references + calendars.references + [clocks.reference]
    }

    /// The files a route was made from, for the decision's audit trail: the default table,
    /// the province table when one applied, the calendars its clocks counted on, and the clock
    /// settings when any clock runs.
    public func references(for route: Route) -> [ReferenceUse] {
        var used = [tables.base.reference]
        if let province = route.province, let own = tables.provinces[province], own.id == route.routingTable {
            used.append(own.reference)
        }
        let calendarIDs = Set(route.clocks.compactMap(\.calendar).flatMap { $0.components(separatedBy: ", ") })
        used += calendars.calendars.filter { calendarIDs.contains($0.id) }.map(\.reference)
        if !route.clocks.isEmpty { used.append(clocks.reference) }
        return used
    }
}
