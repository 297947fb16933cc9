import DossierModel
import XMLStream

extension USPTOAssignment {
    /// Reads one `<doc>` of the USPTO assignment search API's XML (a Solr `<response>`):
    /// single fields are `<str name="…">` or `<date name="…">`, repeated ones
    /// `<arr name="…">` of parallel values (the i-th assignee's city is the i-th
    /// `patAssigneeCity`); the API writes `NULL` and `0001-01-01T00:00:00Z` for nothing.
    /// Throws a `DossierError` when the document has no reel and frame.
    init(searchAPI doc: ParsedElement) throws {
        let fields = Fields(doc)
        let reel = fields.single("reelNo") ?? ""
        let frame = fields.single("frameNo") ?? ""
        guard !reel.isEmpty, !frame.isEmpty else {
            throw DossierError(
                .error(
                    "uspto.missing-reel-frame",
                    "the assignment search <doc> has no reelNo and frameNo: it is not an assignment record, or it cannot be named"))
        }
        self.reel = reel
        self.frame = frame
        recordedDate = Self.isoDate(fields.single("recordedDate"))
        conveyanceText = fields.single("conveyanceText") ?? ""
        line = doc.line

        let assignorNames = fields.list("patAssignorName")
        let executionDates = fields.list("patAssignorExDate")
        assignors = assignorNames.indices.compactMap { i in
            guard let name = assignorNames[i] else { return nil }
            return Assignor(name: name, nameType: nil, executionDate: Self.isoDate(executionDates.at(i)))
        }

        let assigneeNames = fields.list("patAssigneeName")
        let address1 = fields.list("patAssigneeAddress1")
        let address2 = fields.list("patAssigneeAddress2")
        let cities = fields.list("patAssigneeCity")
        let states = fields.list("patAssigneeState")
        let countries = fields.list("patAssigneeCountryName")
        let postcodes = fields.list("patAssigneePostcode")
        assignees = assigneeNames.indices.compactMap { i in
            guard let name = assigneeNames[i] else { return nil }
            return Assignee(
                name: name, nameType: nil, addressLines: [address1.at(i), address2.at(i)].compactMap { $0 },
                city: cities.at(i), state: states.at(i), countryName: countries.at(i), postcode: postcodes.at(i))
        }

        let applications = fields.list("applNum")
        let patents = fields.list("patNum")
        let publications = fields.list("publNum")
        let titles = fields.list("inventionTitle")
        let languages = fields.list("inventionTitleLang")
        let filed = fields.list("filingDate")
        let issued = fields.list("issueDate")
        let published = fields.list("publDate")
        let count = [applications.count, patents.count, publications.count, titles.count].max() ?? 0
        properties = (0..<count).map { i in
            var numbers: [DocumentNumber] = []
            if let n = applications.at(i) {
                numbers.append(DocumentNumber(country: "US", number: n, kind: "X0", date: Self.isoDate(filed.at(i))))
            }
            if let n = publications.at(i) {
                numbers.append(DocumentNumber(country: "US", number: n, kind: "A1", date: Self.isoDate(published.at(i))))
            }
            if let n = patents.at(i) {
                numbers.append(DocumentNumber(country: "US", number: n, kind: Self.grantKind(n), date: Self.isoDate(issued.at(i))))
            }
            return Property(numbers: numbers, title: titles.at(i), titleLanguage: languages.at(i)?.lowercased(), line: doc.line)
        }
    }

    /// The API gives a patent number without its kind: `D…` is a design patent, `PP…` a
    /// plant patent, `RE…` a reissue, anything else a utility grant.
    static func grantKind(_ number: String) -> String {
        let upper = number.uppercased()
        if upper.hasPrefix("PP") { return "P" }
        if upper.hasPrefix("RE") { return "E" }
        if upper.hasPrefix("D") { return "S" }
        return "B"
    }

    /// The named fields of one Solr `<doc>`.
    private struct Fields {
        private var singles: [String: String] = [:]
        private var lists: [String: [String?]] = [:]

        init(_ doc: ParsedElement) {
            for field in doc.elements {
                guard let name = field.attribute("name") else { continue }
                if field.name == "arr" {
                    lists[name] = field.elements.map { Fields.value($0.text) }
                } else if singles[name] == nil, let value = Fields.value(field.text) {
                    singles[name] = value
                }
            }
        }

        func single(_ name: String) -> String? { singles[name] }

        /// The values of an `<arr>`, position by position; nil where the API wrote nothing.
        func list(_ name: String) -> [String?] { lists[name] ?? [] }

        /// nil for empty text and the API's `NULL` and zero date.
        static func value(_ text: String) -> String? {
            if text.isEmpty || text == "NULL" || text.hasPrefix("0001-01-01") { return nil }
            return text
        }
    }
}

extension Array where Element == String? {
    /// The value at `i`, nil past the end.
    fileprivate func at(_ i: Int) -> String? {
        i < count ? self[i] : nil
    }
}
