import DossierModel
import XMLStream

extension USPTOAssignment {
    /// Reads one `<patent-assignment>` of a USPTO daily file (`<us-patent-assignments>`,
    /// DTD 1.0): `assignment-record`, `patent-assignors`, `patent-assignees` and
    /// `patent-properties`. Throws a `DossierError` when the record has no reel and frame
    /// (no dossier id) or no conveyance text.
    init(daily e: ParsedElement) throws {
        let record = e.first("assignment-record")
        let reel = record.flatMap { Self.text($0, "reel-no") } ?? ""
        let frame = record.flatMap { Self.text($0, "frame-no") } ?? ""
        guard !reel.isEmpty, !frame.isEmpty else {
            throw DossierError(
                .error("uspto.missing-reel-frame", "the <patent-assignment> has no <reel-no> and <frame-no>: it cannot be named"))
        }
        self.reel = reel
        self.frame = frame
        recordedDate = Self.isoDate(record?.first("recorded-date").flatMap { Self.text($0, "date") })
        conveyanceText = record.flatMap { Self.text($0, "conveyance-text") } ?? ""
        line = e.line

        assignors = (e.first("patent-assignors")?.elements("patent-assignor") ?? []).compactMap { a in
            guard let name = Self.text(a, "name") else { return nil }
            return Assignor(
                name: name, nameType: a.first("name")?.attribute("name-type"),
                executionDate: Self.isoDate(a.first("execution-date").flatMap { Self.text($0, "date") }))
        }
        assignees = (e.first("patent-assignees")?.elements("patent-assignee") ?? []).compactMap { a in
            guard let name = Self.text(a, "name") else { return nil }
            return Assignee(
                name: name, nameType: a.first("name")?.attribute("name-type"),
                addressLines: ["address-1", "address-2"].compactMap { Self.text(a, $0) },
                city: Self.text(a, "city"), state: Self.text(a, "state"),
                countryName: Self.text(a, "country-name"), postcode: Self.text(a, "postcode"))
        }
        properties = (e.first("patent-properties")?.elements("patent-property") ?? []).map { p in
            let numbers = p.elements("document-id").compactMap { id -> DocumentNumber? in
                guard let number = Self.text(id, "doc-number") else { return nil }
                return DocumentNumber(
                    country: Self.text(id, "country"), number: number, kind: Self.text(id, "kind"),
                    date: Self.isoDate(Self.text(id, "date")))
            }
            let title = p.first("invention-title")
            return Property(
                numbers: numbers, title: title.map(PatentText.text).flatMap { $0.isEmpty ? nil : $0 },
                titleLanguage: title?.attribute("lang").map { $0.lowercased() }, line: p.line)
        }
    }

    /// The collapsed text of the first child named `name`; nil when absent or empty.
    static func text(_ e: ParsedElement, _ name: String) -> String? {
        guard let child = e.first(name) else { return nil }
        let t = child.text
        return t.isEmpty ? nil : t
    }
}
