import DossierModel

/// What a patent attachment needs beyond the asset itself: numbers, dates, language and
/// the people named on the document.
struct PatentRecord: Sendable, Hashable {
    /// `CN` or `US`.
    let country: String
    /// Application number in canonical form (`202010123456.7`, `16/123,456`).
    let applicationNumber: String
    let applicationDate: CalendarDate
    /// Document number without country or kind (`112345678`, `10123456`).
    let docNumber: String
    /// Kind code (`A`, `B`, `U`, `S`, `B2`).
    let kind: String
    let publicationDate: CalendarDate
    /// Language of the document (`zh`, `en`).
    let lang: String
    /// Canonical IPC symbols.
    let ipc: [String]
    /// Applicant names as they appear on the document.
    let applicants: [String]
    let inventors: [String]

    /// `CN112345678A`, the name of the attachment file.
    var publicationNumber: String { country + docNumber + kind }
}
