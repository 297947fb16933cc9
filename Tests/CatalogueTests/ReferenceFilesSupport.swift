import Catalogue
import DossierModel
import Foundation

/// Paths of the routing, calendar and clock files under `pipelines/` of this repository (three
/// levels up from this file), and small helpers for the tests that read them.
enum ReferenceFiles {
    static let pipelines = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("pipelines").path
    static let routing = pipelines + "/routing"
    static let calendars = pipelines + "/calendars"
    static let clocks = pipelines + "/clocks.yml"

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// The errors as one line each, for failure messages.
    static func shown(_ errors: [ReferenceFileError]) -> String {
        errors.map(\.description).joined(separator: "\n")
    }
}
